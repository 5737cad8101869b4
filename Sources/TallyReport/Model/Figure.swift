import TallyData

/// One value as each format writes it: JSON keeps the value itself, CSV its full precision
/// (Swift's shortest round-trip form), people a rounded text. A report describes a value once as a
/// `Figure`; the table, Markdown, CSV and JSON writers each take the form they need.
public struct Figure: Sendable, Equatable {
    public var json: JSONValue
    public var csv: String
    public var text: String

    public init(json: JSONValue, csv: String, text: String) {
        self.json = json
        self.csv = csv
        self.text = text
    }

    /// No value: `null` in JSON, an empty cell elsewhere.
    public static let none = Figure(json: .null, csv: "", text: "")

    /// A measured number, written for people by `shown`.
    public static func number(_ x: Double, _ shown: (Double) -> String) -> Figure {
        Figure(json: .number(x), csv: "\(x)", text: shown(x))
    }

    /// A number that may be missing: `null` in JSON, an empty CSV cell, `missing` for people.
    public static func number(_ x: Double?, missing: String = "", _ shown: (Double) -> String) -> Figure {
        x.map { number($0, shown) } ?? Figure(json: .null, csv: "", text: missing)
    }

    /// A whole number (a count, degrees of freedom), written the same for people and machines.
    public static func count(_ n: Int) -> Figure {
        Figure(json: .int(n), csv: String(n), text: String(n))
    }

    public static func count(_ n: Int?) -> Figure { n.map(count) ?? .none }

    public static func text(_ s: String) -> Figure {
        Figure(json: .string(s), csv: s, text: s)
    }

    public static func text(_ s: String?) -> Figure { s.map(text) ?? .none }

    public static func flag(_ b: Bool) -> Figure {
        Figure(json: .bool(b), csv: "\(b)", text: "\(b)")
    }

    /// The same figure with another text for people (e.g. "no data" for a count of zero rows).
    public func shown(as text: String) -> Figure {
        Figure(json: json, csv: csv, text: text)
    }
}
