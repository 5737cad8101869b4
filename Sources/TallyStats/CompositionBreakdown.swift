/// The parts of a whole on several dates: counts, shares, the unattributed remainder, changes
/// between the first and last date, each part's contribution to the change of the whole, and a
/// test of whether the composition changed.
///
/// Conventions:
/// - share = part / whole, where the whole is the parent's published count on that date, or,
///   when the parent has none or publishes less than its parts add up to, the sum of the parts
///   (`wholeIsSumOfParts`);
/// - unattributed = whole - sum of parts, when the parent is published and the parts add up to
///   less; it takes part in shares, changes and the test as a category of its own;
/// - change in share in percentage points = 100 (share_last - share_first);
/// - contribution = (part_last - part_first) / (whole_last - whole_first); contributions of all
///   parts and the remainder add up to 1;
/// - the lists are a census of recognised cases, not a sample: tests and intervals describe how
///   the composition moved, not sampling error.
public struct CompositionBreakdown: Sendable {
    public struct DateRow: Sendable {
        public var label: String
        public var whole: Double
        public var wholeIsSumOfParts: Bool
        /// A published whole smaller than its parts' sum (a bound such as "more than 600"),
        /// replaced by the sum.
        public var publishedWholeBelowParts: Double?
        /// Parts' counts, in `parts` order.
        public var counts: [Double]
        public var unattributed: Double?
        public var shares: [Double]
        public var unattributedShare: Double?
        /// Wilson intervals of the shares, when asked for.
        public var intervals: [ConfidenceInterval]?
    }

    public struct Change: Sendable {
        public var part: String
        public var first: Double
        public var last: Double
        public var absolute: Double { last - first }
        public var fold: Double? { first > 0 ? last / first : nil }
        public var shareChangePoints: Double
        public var contribution: Double?
    }

    public var parts: [String]
    public var rows: [DateRow]
    public var changes: [Change]
    public var test: Computed<ChiSquareHomogeneity>
    public var level: Double
    public var hasUnattributed: Bool { rows.contains { ($0.unattributed ?? 0) > 0 } }

    /// - Parameters:
    ///   - parts: part names, in order.
    ///   - dates: per date, a label, the parent's count (nil when unpublished) and each part's count.
    public init(parts: [String], dates: [(label: String, whole: Double?, counts: [Double])], level: Double, intervals: Bool) {
        self.parts = parts
        self.level = level
        rows = dates.map { d in
            let sum = d.counts.reduce(0, +)
            // A published whole below the parts' sum cannot be the whole: the sum is used instead.
            let published = d.whole.flatMap { $0 >= sum ? $0 : nil }
            let whole = published ?? sum
            let remainder = published.map { $0 - sum }
            let unattributed = remainder.flatMap { $0 > 0 ? $0 : nil }
            let shares = d.counts.map { whole > 0 ? $0 / whole : 0 }
            var cis: [ConfidenceInterval]?
            if intervals {
                cis = d.counts.map { c in
                    WilsonInterval.compute(successes: c, trials: whole, level: level).value
                        ?? ConfidenceInterval(lower: .nan, upper: .nan, level: level)
                }
            }
            return DateRow(label: d.label, whole: whole, wholeIsSumOfParts: published == nil,
                           publishedWholeBelowParts: d.whole.flatMap { $0 < sum ? $0 : nil }, counts: d.counts,
                           unattributed: unattributed, shares: shares,
                           unattributedShare: unattributed.map { whole > 0 ? $0 / whole : 0 }, intervals: cis)
        }
        let withRemainder = rows.contains { ($0.unattributed ?? 0) > 0 }
        changes = []
        if let first = rows.first, let last = rows.last, rows.count >= 2 {
            let dWhole = last.whole - first.whole
            for (j, part) in parts.enumerated() {
                changes.append(Change(part: part, first: first.counts[j], last: last.counts[j],
                                      shareChangePoints: 100 * (last.shares[j] - first.shares[j]),
                                      contribution: dWhole != 0 ? (last.counts[j] - first.counts[j]) / dWhole : nil))
            }
            if withRemainder {
                let a = first.unattributed ?? 0, b = last.unattributed ?? 0
                changes.append(Change(part: "unattributed", first: a, last: b,
                                      shareChangePoints: 100 * ((last.unattributedShare ?? 0) - (first.unattributedShare ?? 0)),
                                      contribution: dWhole != 0 ? (b - a) / dWhole : nil))
            }
            changes.sort { ($0.contribution ?? -.infinity) > ($1.contribution ?? -.infinity) }
        }
        let table = rows.map { r in r.counts + (withRemainder ? [r.unattributed ?? 0] : []) }
        test = ChiSquareHomogeneity.compute(table)
    }
}
