import TallyPrimitives

/// What Tally reads of a datapackage.json, and the one place that reads it: the dataset loader,
/// `PackageResource` (a package's files for `stats aggregate`) and the notebook's list of inputs
/// all see the same descriptor with the same errors.
///
/// A member Tally reads that has the wrong type is an error naming its JSON path (it used to be
/// ignored); the package's and resources' names have `Identifier`'s shape (as the Data Package
/// spec recommends) and resource names are unique.
public struct PackageDescriptor: Sendable {
    public struct Resource: Sendable {
        public var name: String
        /// As written in the descriptor, relative to the package folder (`ResourcePath` confines it).
        public var path: String
        /// The resource's Table Schema; required of the tables a dataset is loaded from.
        public var schema: TableSchema?
    }

    public var name: String?
    public var title: String?
    public var description: String?
    public var resources: [Resource]
    var tally: TallyBlock

    /// Reads the descriptor at `path` with Tally's limits (`DataLimits.maxDescriptorBytes`, the
    /// notebook's read boundary). A dataset's tables are validated against their schemas, so its
    /// loader `requireSchemas`; other readers of a package's files do not.
    /// - Throws: `InputMissing`, or `DatasetInvalid` with the line and column of a JSON syntax error
    ///   or the JSON path of a member that is not what Tally expects.
    public static func read(_ path: String, requireSchemas: Bool = false) throws -> PackageDescriptor {
        let bytes = try DatasetLoader.readBytes(path, limit: DataLimits.maxDescriptorBytes, limitName: "DataLimits.maxDescriptorBytes")
        do {
            return try PackageDescriptor(json: try JSONParser.parse(bytes), requireSchemas: requireSchemas)
        } catch let syntax as JSONParser.SyntaxError {
            throw DatasetInvalid(issues: [ValidationIssue(file: path, line: syntax.line, column: syntax.column,
                                                          message: "not valid JSON: \(syntax.message)")])
        } catch let invalid as DescriptorError {
            throw DatasetInvalid(issues: [ValidationIssue(file: path, field: invalid.path,
                                                          message: "not a valid data package descriptor: \(invalid.message)")])
        }
    }

    init(json: JSONValue, requireSchemas: Bool) throws(DescriptorError) {
        guard case .object = json else { throw DescriptorError(path: "the top level", message: "expected an object") }
        name = try DescriptorField.string(json, "name", at: "")
        if let name, !Identifier.isValid(name) {
            throw DescriptorError(path: "name", message: "\(CountTable.quoted(name)) is not a package name; \(Identifier.expected)")
        }
        title = try DescriptorField.string(json, "title", at: "")
        description = try DescriptorField.string(json, "description", at: "")
        guard let list = try DescriptorField.array(json, "resources", at: "") else {
            throw DescriptorError(path: "resources", message: "expected a list of resources")
        }
        resources = []
        var names = Set<String>()
        for (k, r) in list.enumerated() {
            let at = "resources[\(k)]"
            guard case .object = r else { throw DescriptorError(path: at, message: "expected an object") }
            guard let name = try DescriptorField.string(r, "name", at: at),
                  let path = try DescriptorField.string(r, "path", at: at) else {
                throw DescriptorError(path: at, message: "expected 'name' and 'path', strings (a path list or inline 'data' is not read)")
            }
            guard Identifier.isValid(name) else {
                throw DescriptorError(path: "\(at).name", message: "\(CountTable.quoted(name)) is not a resource name; \(Identifier.expected)")
            }
            guard names.insert(name).inserted else {
                throw DescriptorError(path: "\(at).name", message: "a second resource named '\(name)'; resource names must be unique")
            }
            var schema: TableSchema?
            if let json = r["schema"] {
                schema = try TableSchema(json: json, path: "\(at).schema")
            } else if requireSchemas {
                throw DescriptorError(path: at, message: "expected 'schema', a Table Schema")
            }
            resources.append(Resource(name: name, path: path, schema: schema))
        }
        tally = try TallyBlock(json: try DescriptorField.object(json, "tally", at: ""))
    }
}
