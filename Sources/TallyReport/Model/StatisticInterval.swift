import TallyData
import TallyStats

/// A statistic's interval: its bounds, or why it could not be given (e.g. a doubling time whose
/// slope interval includes zero).
public enum StatisticInterval: Sendable {
    case bounds(lower: Double, upper: Double, level: Double)
    case unavailable(String)

    public init(_ ci: ConfidenceInterval) {
        self = .bounds(lower: ci.lower, upper: ci.upper, level: ci.level)
    }

    public var lower: Double? { if case .bounds(let l, _, _) = self { return l } else { return nil } }
    public var upper: Double? { if case .bounds(_, let u, _) = self { return u } else { return nil } }
    public var reason: String? { if case .unavailable(let r) = self { return r } else { return nil } }

    /// `{lower, upper, level}`, or `null` when unavailable.
    public var json: JSONValue {
        guard case .bounds(let lower, let upper, let level) = self else { return .null }
        return Self.json(lower: lower, upper: upper, level: level)
    }

    public static func json(_ ci: ConfidenceInterval) -> JSONValue {
        json(lower: ci.lower, upper: ci.upper, level: ci.level)
    }

    static func json(lower: Double, upper: Double, level: Double?) -> JSONValue {
        var members: [(String, JSONValue)] = [("lower", .number(lower)), ("upper", .number(upper))]
        if let level { members.append(("level", .number(level))) }
        return .object(members)
    }
}
