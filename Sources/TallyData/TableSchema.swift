/// The parts of a Frictionless Table Schema that Tally checks.
/// https://specs.frictionlessdata.io/table-schema/ : field types, constraints, keys.
public struct TableSchema: Sendable, Codable {
    public struct Constraints: Sendable, Codable {
        public var required: Bool?
        public var unique: Bool?
        public var minimum: Double?
        public var maximum: Double?
        public var pattern: String?
        public var `enum`: [String]?
    }

    public struct Field: Sendable, Codable {
        public var name: String
        public var type: String?
        public var constraints: Constraints?
    }

    public struct ForeignKey: Sendable, Codable {
        public struct Reference: Sendable, Codable {
            public var resource: String
            public var fields: FieldList
        }
        public var fields: FieldList
        public var reference: Reference
    }

    /// A field name or a list of them (the spec allows both).
    public struct FieldList: Sendable, Codable {
        public var names: [String]
        public init(_ names: [String]) { self.names = names }
        public init(from decoder: Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let one = try? c.decode(String.self) { names = [one] } else { names = try c.decode([String].self) }
        }
        public func encode(to encoder: Encoder) throws {
            var c = encoder.singleValueContainer()
            try c.encode(names)
        }
    }

    public var fields: [Field]
    public var primaryKey: FieldList?
    public var foreignKeys: [ForeignKey]?

    public init(fields: [Field], primaryKey: [String]? = nil) {
        self.fields = fields
        self.primaryKey = primaryKey.map(FieldList.init)
        self.foreignKeys = nil
    }
}
