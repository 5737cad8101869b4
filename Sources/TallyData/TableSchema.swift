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
    ///
    /// A member of the wrong type is an error, not ignored; a `pattern` is compiled here, so that
    /// one `LinearPattern` cannot run (a backreference, lookaround, malformed) is an error naming
    /// the field and the pattern.
    public init(json: JSONValue, path: String) throws(DescriptorError) {
        guard case .object = json else { throw DescriptorError(path: path, message: "expected an object, a Table Schema") }
        guard let fieldList = try DescriptorField.array(json, "fields", at: path) else {
            throw DescriptorError(path: path, message: "expected 'fields', a list of field descriptors")
        }
        var fields: [Field] = []
        for (k, f) in fieldList.enumerated() {
            let at = "\(path).fields[\(k)]"
            guard let name = try DescriptorField.string(f, "name", at: at) else {
                throw DescriptorError(path: at, message: "expected 'name', a string")
            }
            var constraints: Constraints?
            if let c = try DescriptorField.object(f, "constraints", at: at) {
                let cat = "\(at).constraints"
                let pattern = try DescriptorField.string(c, "pattern", at: cat)
                if let pattern {
                    do { _ = try LinearPattern(pattern) } catch {
                        throw DescriptorError(path: "\(cat).pattern",
                                              message: "field '\(name)': the pattern \(JSONValue.quote(pattern)) cannot be used: \(error); \(TableValidator.patternHelp)")
                    }
                }
                constraints = Constraints(
                    required: try DescriptorField.bool(c, "required", at: cat),
                    unique: try DescriptorField.bool(c, "unique", at: cat),
                    minimum: try DescriptorField.number(c, "minimum", at: cat),
                    maximum: try DescriptorField.number(c, "maximum", at: cat),
                    pattern: pattern,
                    enum: try DescriptorField.array(c, "enum", at: cat)?.map { $0.stringValue ?? $0.serialized(pretty: false) })
            }
            fields.append(Field(name: name, type: try DescriptorField.string(f, "type", at: at), constraints: constraints))
        }
        var foreignKeys: [ForeignKey] = []
        for (k, fk) in (try DescriptorField.array(json, "foreignKeys", at: path) ?? []).enumerated() {
            let at = "\(path).foreignKeys[\(k)]"
            guard let own = Self.names(fk["fields"]), let reference = fk["reference"],
                  let resource = reference["resource"]?.stringValue, let theirs = Self.names(reference["fields"]) else {
                throw DescriptorError(path: at, message: "expected 'fields' and 'reference': {'resource', 'fields'}")
            }
            foreignKeys.append(ForeignKey(fields: own, resource: resource, referencedFields: theirs))
        }
        var primaryKey: [String] = []
        if let key = json["primaryKey"] {
            guard let names = Self.names(key) else {
                throw DescriptorError(path: "\(path).primaryKey", message: "expected a field name or a list of field names")
            }
            primaryKey = names
        }
        self.init(fields: fields, primaryKey: primaryKey, foreignKeys: foreignKeys)
    }

    /// A field name or a list of them (the spec allows both).
    /// Nil when any item is not a string (a list with a number in it is not silently shortened).
    static func names(_ v: JSONValue?) -> [String]? {
        if let s = v?.stringValue { return [s] }
        guard let list = v?.arrayValue else { return nil }
        let names = list.compactMap(\.stringValue)
        return names.count == list.count ? names : nil
    }
}
