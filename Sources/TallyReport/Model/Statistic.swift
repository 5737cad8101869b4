import TallyData

/// One statistic, described once: its name for people and for machines, estimate, unit, interval,
/// p-value, number of observations, note, and where each part goes in JSON. Tables, Markdown,
/// CSV and JSON are derived from this description (`StatisticLayout`, `StatisticGroup`), so a
/// statistic added here appears in every format, and one left out disappears from all of them.
public struct Statistic: Sendable {
    /// Machine name: the CSV `statistic` cell, e.g. "log_linear_apc".
    public var key: String
    /// What people read, e.g. "log-linear APC".
    public var label: String
    public var estimate: Double?
    public var unit: StatisticUnit
    /// nil when the statistic has no interval.
    public var interval: StatisticInterval?
    public var p: Double?
    public var n: Int?
    /// The table's note for this row (a fit measure, the formula, the inputs).
    public var note: String
    /// Why the statistic was not computed; nil when it was.
    public var unavailable: String?
    /// Further figures that a layout or the JSON names by key (standard error, t, dates).
    public var details: [String: Figure]
    /// Where the parts go in the statistic's JSON object, in order.
    public var json: [JSONSlot]
    /// false for a statistic that only machine formats carry (a dispersion beside its model).
    public var inTables: Bool

    public init(key: String, label: String, estimate: Double?, unit: StatisticUnit, interval: StatisticInterval? = nil,
                p: Double? = nil, n: Int? = nil, note: String = "", unavailable: String? = nil,
                details: [String: Figure] = [:], json: [JSONSlot] = [], inTables: Bool = true) {
        self.key = key
        self.label = label
        self.estimate = estimate
        self.unit = unit
        self.interval = interval
        self.p = p
        self.n = n
        self.note = note
        self.unavailable = unavailable
        self.details = details
        self.json = json
        self.inTables = inTables
    }

    /// A statistic that could not be computed: its row says why in every format.
    public static func notComputed(key: String, label: String, reason: String, n: Int? = nil) -> Statistic {
        Statistic(key: key, label: label, estimate: nil, unit: .perYear, n: n, unavailable: reason)
    }

    /// Where a part of the statistic goes in JSON, under which key.
    public enum JSONSlot: Sendable {
        /// The estimate (`null` when not computed).
        case estimate(String)
        /// The estimate multiplied by a factor (a fraction also given as a percentage).
        case scaledEstimate(String, by: Double)
        /// `{lower, upper, level}`, `null` when unavailable.
        case interval(String)
        /// `{lower, upper}` without the level (the level is said once for the report).
        case bounds(String)
        /// Why there is no interval, `null` when there is one.
        case intervalReason(String)
        case p(String)
        case n(String)
        /// The machine name as a string (a regression term).
        case key(String)
        /// `details[key]` under the same key.
        case detail(String)
    }

    /// The statistic's members of a JSON object, in the order of `json`.
    public var jsonMembers: [(String, JSONValue)] {
        json.map { slot in
            switch slot {
            case .estimate(let k): return (k, .optional(estimate))
            case .scaledEstimate(let k, let factor): return (k, .optional(estimate.map { $0 * factor }))
            case .interval(let k): return (k, interval?.json ?? .null)
            case .bounds(let k):
                guard let lower = interval?.lower, let upper = interval?.upper else { return (k, .null) }
                return (k, StatisticInterval.json(lower: lower, upper: upper, level: nil))
            case .intervalReason(let k): return (k, .optional(interval?.reason))
            case .p(let k): return (k, .optional(p))
            case .n(let k): return (k, .optional(n))
            case .key(let k): return (k, .string(key))
            case .detail(let k): return (k, details[k]?.json ?? .null)
            }
        }
    }
}
