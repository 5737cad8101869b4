/// Typed reading of optional members of a descriptor object: a member that is absent (or null)
/// is nil, and one of the wrong type is a `DescriptorError` naming its JSON path, never ignored.
/// (Reading `name: 5` as "no name" would make Tally use other values than the file says.)
enum DescriptorField {
    static func string(_ object: JSONValue?, _ key: String, at path: String) throws(DescriptorError) -> String? {
        guard let v = present(object, key) else { return nil }
        guard let s = v.stringValue else { throw wrongType(path, key, "a string", v) }
        return s
    }

    static func bool(_ object: JSONValue?, _ key: String, at path: String) throws(DescriptorError) -> Bool? {
        guard let v = present(object, key) else { return nil }
        guard let b = v.boolValue else { throw wrongType(path, key, "true or false", v) }
        return b
    }

    /// A finite number (JSON numbers are finite once read).
    static func number(_ object: JSONValue?, _ key: String, at path: String) throws(DescriptorError) -> Double? {
        guard let v = present(object, key) else { return nil }
        guard let x = v.doubleValue else { throw wrongType(path, key, "a number", v) }
        return x
    }

    static func array(_ object: JSONValue?, _ key: String, at path: String) throws(DescriptorError) -> [JSONValue]? {
        guard let v = present(object, key) else { return nil }
        guard let a = v.arrayValue else { throw wrongType(path, key, "a list", v) }
        return a
    }

    static func object(_ object: JSONValue?, _ key: String, at path: String) throws(DescriptorError) -> JSONValue? {
        guard let v = present(object, key) else { return nil }
        guard case .object = v else { throw wrongType(path, key, "an object", v) }
        return v
    }

    private static func present(_ object: JSONValue?, _ key: String) -> JSONValue? {
        guard let v = object?[key] else { return nil }
        if case .null = v { return nil }
        return v
    }

    private static func wrongType(_ path: String, _ key: String, _ expected: String, _ v: JSONValue) -> DescriptorError {
        let kind: String
        switch v {
        case .null: kind = "null"
        case .bool: kind = "true/false"
        case .int, .number: kind = "a number"
        case .string: kind = "a string"
        case .array: kind = "a list"
        case .object: kind = "an object"
        }
        return DescriptorError(path: path.isEmpty ? key : "\(path).\(key)", message: "expected \(expected), found \(kind)")
    }
}
