/// The parts of a Frictionless Table Schema that Tally checks.
/// https://specs.frictionlessdata.io/table-schema/ : field types, constraints, keys.
public struct TableSchema: Sendable {
    public struct Constraints: Sendable {
        public var required: Bool?
        public var unique: Bool?
        public var minimum: Double?
        public var maximum: Double?
        public var pattern: String?
        public var `enum`: [String]?

        public init(required: Bool? = nil, unique: Bool? = nil, minimum: Double? = nil, maximum: Double? = nil,
                    pattern: String? = nil, enum values: [String]? = nil) {
            self.required = required
            self.unique = unique
            self.minimum = minimum
            self.maximum = maximum
            self.pattern = pattern
            self.enum = values
        }
    }

    public struct Field: Sendable {
        public var name: String
        public var type: String?
        public var constraints: Constraints?

        public init(name: String, type: String? = nil, constraints: Constraints? = nil) {
            self.name = name
            self.type = type
            self.constraints = constraints
        }
    }

    public struct ForeignKey: Sendable {
        public var fields: [String]
        public var resource: String
        public var referencedFields: [String]
    }

    public var fields: [Field]
    public var primaryKey: [String]
    public var foreignKeys: [ForeignKey]

    public init(fields: [Field], primaryKey: [String] = [], foreignKeys: [ForeignKey] = []) {
        self.fields = fields
        self.primaryKey = primaryKey
        self.foreignKeys = foreignKeys
    }
}

/// A data-package descriptor whose structure is not what the spec says, located by its JSON path.
public struct DescriptorError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var message: String
    public var description: String { "\(path): \(message)" }
}

extension TableSchema {
    /// Reads a schema object; `path` names where it sits, for errors ("resources[0].schema").
    public init(json: JSONValue, path: String) throws(DescriptorError) {
        guard let fieldList = json["fields"]?.arrayValue else {
            throw DescriptorError(path: path, message: "expected 'fields', a list of field descriptors")
        }
        var fields: [Field] = []
        for (k, f) in fieldList.enumerated() {
            let at = "\(path).fields[\(k)]"
            guard let name = f["name"]?.stringValue else { throw DescriptorError(path: at, message: "expected 'name', a string") }
            var constraints: Constraints?
            if let c = f["constraints"] {
                constraints = Constraints(
                    required: c["required"]?.boolValue, unique: c["unique"]?.boolValue,
                    minimum: c["minimum"]?.doubleValue, maximum: c["maximum"]?.doubleValue,
                    pattern: c["pattern"]?.stringValue,
                    enum: c["enum"]?.arrayValue?.map { $0.stringValue ?? $0.serialized(pretty: false) })
            }
            fields.append(Field(name: name, type: f["type"]?.stringValue, constraints: constraints))
        }
        var foreignKeys: [ForeignKey] = []
        for (k, fk) in (json["foreignKeys"]?.arrayValue ?? []).enumerated() {
            let at = "\(path).foreignKeys[\(k)]"
            guard let own = Self.names(fk["fields"]), let reference = fk["reference"],
                  let resource = reference["resource"]?.stringValue, let theirs = Self.names(reference["fields"]) else {
                throw DescriptorError(path: at, message: "expected 'fields' and 'reference': {'resource', 'fields'}")
            }
            foreignKeys.append(ForeignKey(fields: own, resource: resource, referencedFields: theirs))
        }
        self.init(fields: fields, primaryKey: Self.names(json["primaryKey"]) ?? [], foreignKeys: foreignKeys)
    }

    /// A field name or a list of them (the spec allows both).
    static func names(_ v: JSONValue?) -> [String]? {
        if let s = v?.stringValue { return [s] }
        return v?.arrayValue?.compactMap(\.stringValue)
    }
}
