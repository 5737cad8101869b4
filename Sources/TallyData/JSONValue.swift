/// A JSON document built in code, written with keys in the order given so that output is
/// byte-for-byte stable. Numbers are written with the shortest representation that reads back
/// exactly (Swift's `description` of a Double); NaN and infinities become `null`.
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.serialized() == b.serialized() }

    public static func optional(_ x: Double?) -> JSONValue { x.map { .number($0) } ?? .null }
    public static func optional(_ s: String?) -> JSONValue { s.map { .string($0) } ?? .null }
    public static func optional(_ n: Int?) -> JSONValue { n.map { .int($0) } ?? .null }

    /// Pretty-printed with two-space indentation and a final newline.
    public func serialized(pretty: Bool = true) -> String {
        var out = ""
        write(into: &out, indent: 0, pretty: pretty)
        if pretty { out += "\n" }
        return out
    }

    private func write(into out: inout String, indent: Int, pretty: Bool) {
        let pad = pretty ? String(repeating: "  ", count: indent + 1) : ""
        let closePad = pretty ? String(repeating: "  ", count: indent) : ""
        let newline = pretty ? "\n" : ""
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let n): out += String(n)
        case .number(let x):
            if !x.isFinite { out += "null" }
            else if x == x.rounded(), abs(x) < 1e15 { out += String(Int(x)) }
            else { out += "\(x)" }
        case .string(let s): out += JSONValue.quote(s)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "[" + newline
            for (i, item) in items.enumerated() {
                out += pad
                item.write(into: &out, indent: indent + 1, pretty: pretty)
                out += (i + 1 < items.count ? "," : "") + newline
            }
            out += closePad + "]"
        case .object(let members):
            if members.isEmpty { out += "{}"; return }
            out += "{" + newline
            for (i, (key, value)) in members.enumerated() {
                out += pad + JSONValue.quote(key) + (pretty ? ": " : ":")
                value.write(into: &out, indent: indent + 1, pretty: pretty)
                out += (i + 1 < members.count ? "," : "") + newline
            }
            out += closePad + "}"
        }
    }

    static func quote(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                // C0 and C1 controls, DEL, the line separators and the bidirectional overrides as
                // \u escapes: valid JSON either way, but written raw they act on a terminal (ESC,
                // CSI), end a JavaScript line or reorder what a reader sees.
                switch scalar.value {
                case 0..<0x20, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069:
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default:
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
