/// Reads JSON text (RFC 8259) into a `JSONValue`, keeping object keys in file order.
///
/// Tally reads only small descriptors (datapackage.json, chart specs); this parser exists because
/// Foundation's `JSONDecoder` spent a quarter of `stats trend`'s run time on one small file
/// (measured with callgrind, see benchmarks/README.md).
///
/// Received files are untrusted, so the reader refuses, with line and column:
/// - a key repeated in one object (readers disagree on which one counts: Tally took the first,
///   Python and jq take the last, so a reviewer would read other values than the ones used);
/// - nesting deeper than `maxDepth` (a 100,000-deep `[[[[` must not exhaust the stack);
/// - a string longer than `maxStringBytes` or a number longer than `maxNumberCharacters`;
/// - numbers that are not finite doubles (`1e400`); integers outside Int64 are read as doubles;
/// - in strings, the characters `ForbiddenCharacter` lists (controls, bidi controls, noncharacters),
///   written raw or as `\u` escapes, and text that is not UTF-8.
public struct JSONParser {
    /// Deepest nesting of arrays and objects accepted.
    public static let maxDepth = 512
    /// Longest string accepted, in UTF-8 bytes after unescaping (1 MiB).
    public static let maxStringBytes = 1 << 20
    /// Longest number accepted, in characters (a double needs at most about 25).
    public static let maxNumberCharacters = 100

    public struct SyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
        public var line: Int
        public var column: Int
        public var message: String
        public var description: String { "line \(line), column \(column): \(message)" }
    }

    private let bytes: [UInt8]
    private var i = 0
    private var depth = 0

    public static func parse(_ bytes: [UInt8]) throws(SyntaxError) -> JSONValue {
        var p = JSONParser(bytes: bytes)
        if p.bytes.starts(with: [0xEF, 0xBB, 0xBF]) { p.i = 3 }
        let v = try p.value()
        p.skipSpace()
        guard p.i == p.bytes.count else { throw p.error("unexpected text after the JSON value") }
        return v
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private func error(_ message: String, at position: Int? = nil) -> SyntaxError {
        var line = 1, col = 1
        for b in bytes[..<min(position ?? i, bytes.count)] {
            if b == 0x0A { line += 1; col = 1 } else if b & 0xC0 != 0x80 { col += 1 }
        }
        return SyntaxError(line: line, column: col, message: message)
    }

    private mutating func skipSpace() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
    }

    private mutating func expect(_ literal: String, _ v: JSONValue) throws(SyntaxError) -> JSONValue {
        for b in literal.utf8 {
            guard i < bytes.count, bytes[i] == b else { throw error("expected '\(literal)'") }
            i += 1
        }
        return v
    }

    private mutating func value() throws(SyntaxError) -> JSONValue {
        skipSpace()
        guard i < bytes.count else { throw error("unexpected end of the text; expected a value") }
        switch bytes[i] {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): return try expect("true", .bool(true))
        case UInt8(ascii: "f"): return try expect("false", .bool(false))
        case UInt8(ascii: "n"): return try expect("null", .null)
        default: return try number()
        }
    }

    private mutating func enter() throws(SyntaxError) {
        depth += 1
        guard depth <= Self.maxDepth else {
            throw error("nested more than \(Self.maxDepth) levels deep (JSONParser.maxDepth); flatten the document")
        }
        i += 1
    }

    private mutating func object() throws(SyntaxError) -> JSONValue {
        try enter()
        defer { depth -= 1 }
        var members: [(String, JSONValue)] = []
        var keys = Set<String>()
        skipSpace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; return .object(members) }
        while true {
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw error("expected a quoted key") }
            let keyStart = i
            let key = try string()
            guard keys.insert(key).inserted else {
                throw error("duplicate key \(JSONValue.quote(key)): it appears twice in one object; keep one (readers disagree on which counts)", at: keyStart)
            }
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw error("expected ':' after a key") }
            i += 1
            members.append((key, try value()))
            skipSpace()
            guard i < bytes.count else { throw error("unexpected end of the text inside an object") }
            if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            if bytes[i] == UInt8(ascii: "}") { i += 1; return .object(members) }
            throw error("expected ',' or '}' in an object")
        }
    }

    private mutating func array() throws(SyntaxError) -> JSONValue {
        try enter()
        defer { depth -= 1 }
        var items: [JSONValue] = []
        skipSpace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
        while true {
            items.append(try value())
            skipSpace()
            guard i < bytes.count else { throw error("unexpected end of the text inside an array") }
            if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            if bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
            throw error("expected ',' or ']' in an array")
        }
    }

    private mutating func hex4() throws(SyntaxError) -> UInt32 {
        guard i + 4 <= bytes.count else { throw error("incomplete \\u escape") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[i]
            let d: UInt32
            switch b {
            case 0x30...0x39: d = UInt32(b - 0x30)
            case 0x41...0x46: d = UInt32(b - 0x41 + 10)
            case 0x61...0x66: d = UInt32(b - 0x61 + 10)
            default: throw error("bad hex digit in a \\u escape")
            }
            v = v * 16 + d
            i += 1
        }
        return v
    }

    private mutating func string() throws(SyntaxError) -> String {
        let start = i
        let s = try rawString()
        if let bad = ForbiddenCharacter.first(in: s) {
            throw error("\(bad.explanation) (character \(bad.offset + 1) of the string)", at: start)
        }
        return s
    }

    private mutating func rawString() throws(SyntaxError) -> String {
        let start = i
        i += 1
        // Most strings have no escapes: decode them straight from the input.
        var j = i
        while j < bytes.count, bytes[j] != UInt8(ascii: "\""), bytes[j] != UInt8(ascii: "\\"), bytes[j] >= 0x20 { j += 1 }
        if j - i > Self.maxStringBytes { throw tooLong(start) }
        if j < bytes.count, bytes[j] == UInt8(ascii: "\"") {
            guard let s = String(validating: bytes[i..<j], as: UTF8.self) else { throw error("a string is not valid UTF-8", at: start) }
            i = j + 1
            return s
        }
        var out: [UInt8] = []
        while i < bytes.count {
            if out.count > Self.maxStringBytes { throw tooLong(start) }
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                i += 1
                guard let s = String(validating: out, as: UTF8.self) else { throw error("a string is not valid UTF-8", at: start) }
                return s
            }
            if b < 0x20 {
                throw error("the string holds \(ForbiddenCharacter.named(Unicode.Scalar(b))) unescaped; control characters must be escaped (and most are refused)")
            }
            if b == UInt8(ascii: "\\") {
                i += 1
                guard i < bytes.count else { break }
                let e = bytes[i]
                i += 1
                switch e {
                case UInt8(ascii: "\""): out.append(0x22)
                case UInt8(ascii: "\\"): out.append(0x5C)
                case UInt8(ascii: "/"): out.append(0x2F)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try hex4()
                    if (0xD800...0xDBFF).contains(scalar), i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") {
                        i += 2
                        let low = try hex4()
                        guard (0xDC00...0xDFFF).contains(low) else { throw error("unpaired surrogate in a \\u escape") }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let u = Unicode.Scalar(scalar) else { throw error("invalid \\u escape") }
                    out.append(contentsOf: Array(String(Character(u)).utf8))
                default: throw error("unknown escape \\\(Character(Unicode.Scalar(e)))")
                }
                continue
            }
            out.append(b)
            i += 1
        }
        throw error("a string is never closed")
    }

    private func tooLong(_ start: Int) -> SyntaxError {
        error("a string longer than \(Self.maxStringBytes) bytes (JSONParser.maxStringBytes)", at: start)
    }

    private mutating func number() throws(SyntaxError) -> JSONValue {
        let start = i
        if i < bytes.count, bytes[i] == UInt8(ascii: "-") { i += 1 }
        var isInteger = true
        while i < bytes.count {
            let b = bytes[i]
            if (0x30...0x39).contains(b) { i += 1; continue }
            if b == UInt8(ascii: ".") || b == UInt8(ascii: "e") || b == UInt8(ascii: "E") || b == UInt8(ascii: "+") || b == UInt8(ascii: "-") {
                isInteger = false
                i += 1
                continue
            }
            break
        }
        guard i - start <= Self.maxNumberCharacters else {
            throw error("a number longer than \(Self.maxNumberCharacters) characters (JSONParser.maxNumberCharacters)", at: start)
        }
        let text = String(decoding: bytes[start..<i], as: UTF8.self)
        if isInteger, let n = Int(text) { return .int(n) }
        guard !text.isEmpty, text != "-", let x = Double(text) else {
            i = start
            throw error("expected a value (object, array, string, number, true, false or null)")
        }
        guard x.isFinite else {
            throw error("the number \(text) is out of range; expected a magnitude below about 1.8e308", at: start)
        }
        return .number(x)
    }
}

extension JSONValue {
    /// The member named `key` of an object.
    public subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { return members.first { $0.0 == key }?.1 }
        return nil
    }

    public var stringValue: String? { if case .string(let s) = self { return s } else { return nil } }
    public var arrayValue: [JSONValue]? { if case .array(let a) = self { return a } else { return nil } }
    public var boolValue: Bool? { if case .bool(let b) = self { return b } else { return nil } }
    public var doubleValue: Double? {
        switch self {
        case .int(let n): return Double(n)
        case .number(let x): return x
        default: return nil
        }
    }
    public var intValue: Int? {
        switch self {
        case .int(let n): return n
        case .number(let x) where x == x.rounded() && abs(x) < 9e15: return Int(x)
        default: return nil
        }
    }
}
