import TallyData
import TallyStats

/// Statistics of one model, with the model's own figures (fit measures, coefficients), as one
/// JSON object `{available, ...}`. When the model could not be fitted, the group is one
/// not-computed row and `{available: false, reason}`.
public struct StatisticGroup: Sendable {
    public enum Member: Sendable {
        case statistic(Statistic)
        /// A figure of the model that is no statistic of its own (a deviance, a raw slope).
        case field(String, JSONValue)
    }

    /// The JSON key, e.g. "log_linear".
    public var key: String
    public var members: [Member]
    /// The row that stands for the whole group when it was not computed.
    public var notComputed: Statistic?

    public init(key: String, members: [Member]) {
        self.key = key
        self.members = members
        notComputed = nil
    }

    public init(key: String, notComputed: Statistic) {
        self.key = key
        members = []
        self.notComputed = notComputed
    }

    /// A group from a result that may be unavailable: `describe` runs on the value; otherwise the
    /// group is a row named `label`/`statisticKey` that says why.
    public init<T>(key: String, _ result: Computed<T>, label: String, statisticKey: String, n: Int?, describe: (T) -> [Member]) {
        switch result {
        case .value(let v): self.init(key: key, members: describe(v))
        case .unavailable(let r): self.init(key: key, notComputed: .notComputed(key: statisticKey, label: label, reason: r, n: n))
        }
    }

    /// The statistics in row order: those people read first, in member order, then those only
    /// machine formats carry (so a CSV lists the table's rows first).
    public var statistics: [Statistic] {
        if let notComputed { return [notComputed] }
        let all = members.compactMap { m -> Statistic? in if case .statistic(let s) = m { return s } else { return nil } }
        return all.filter(\.inTables) + all.filter { !$0.inTables }
    }

    public var json: JSONValue {
        if let notComputed {
            return .object([("available", .bool(false)), ("reason", .string(notComputed.unavailable ?? ""))])
        }
        var out: [(String, JSONValue)] = [("available", .bool(true))]
        for m in members {
            switch m {
            case .statistic(let s): out += s.jsonMembers
            case .field(let k, let v): out.append((k, v))
            }
        }
        return .object(out)
    }
}
