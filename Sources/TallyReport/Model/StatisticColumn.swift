/// A column of a table or CSV of statistics: its header and which part of each statistic it shows.
/// The same part is written for people (rounded, with its unit) or for machines (full precision).
public struct StatisticColumn: Sendable {
    public enum Part: Sendable {
        case label, key, estimate, interval, lower, upper, p, n, note, reason
        /// `details[key]`.
        case detail(String)
        /// The same text on every row (the category a CSV row belongs to, the report's level).
        case fixed(String)
    }

    public var header: String
    public var alignment: ReportTable.Alignment
    public var part: Part

    public init(_ header: String, _ part: Part, _ alignment: ReportTable.Alignment = .right) {
        self.header = header
        self.part = part
        self.alignment = alignment
    }

    /// The cell for people: "-" for what was not computed, the reason in the note.
    public func text(_ s: Statistic) -> String {
        switch part {
        case .label: return s.label
        case .key: return s.key
        case .estimate:
            if s.unavailable != nil { return "-" }
            return s.estimate.map(s.unit.estimate) ?? ""
        case .interval:
            switch s.interval {
            case nil: return ""
            case .unavailable?: return "-"
            case .bounds(let lower, let upper, _)?: return s.unit.interval(lower, upper)
            }
        case .lower: return s.interval?.lower.map { s.unit.estimate($0) } ?? ""
        case .upper: return s.interval?.upper.map { s.unit.estimate($0) } ?? ""
        case .p: return s.p.map(NumberText.pValue) ?? ""
        case .n: return s.n.map(String.init) ?? ""
        case .note:
            if let r = s.unavailable { return "not computed: \(r)" }
            return s.interval?.reason ?? s.note
        case .reason: return s.unavailable ?? s.interval?.reason ?? ""
        case .detail(let k): return s.details[k]?.text ?? ""
        case .fixed(let t): return t
        }
    }

    /// The cell for machines: numbers in full precision, empty where there is none.
    public func machine(_ s: Statistic) -> String {
        switch part {
        case .label: return s.label
        case .key: return s.key
        case .estimate: return s.estimate.map { "\($0)" } ?? ""
        case .interval, .lower: return s.interval?.lower.map { "\($0)" } ?? ""
        case .upper: return s.interval?.upper.map { "\($0)" } ?? ""
        case .p: return s.p.map { "\($0)" } ?? ""
        case .n: return s.n.map(String.init) ?? ""
        case .note: return s.note
        case .reason: return s.unavailable ?? s.interval?.reason ?? ""
        case .detail(let k): return s.details[k]?.csv ?? ""
        case .fixed(let t): return t
        }
    }
}
