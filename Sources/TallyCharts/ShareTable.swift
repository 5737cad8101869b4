/// Each part's share of its whole on the dates a share chart draws, by the rule `stats breakdown`
/// uses: the whole is its published figure on that date when there is one and it is at least the
/// parts' sum, else the parts' sum (a published whole below the sum, such as "more than 600",
/// cannot be the whole); what the parts leave of a published whole is a share of its own
/// ("not attributed"). So a share chart and a breakdown of the same selection show the same
/// shares.
public struct ShareTable: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public var time: Double
        /// The whole the shares are of.
        public var whole: Double
        public var wholeIsSumOfParts: Bool
        /// Each drawn series' share (0 to 1), in the spec's order of drawn series.
        public var shares: [Double]
        /// The share of the whole no part accounts for, when above zero.
        public var notAttributed: Double?
    }

    public var rows: [Row]
    public var hasNotAttributed: Bool { rows.contains { $0.notAttributed != nil } }

    public init(_ spec: ChartSpec) {
        let series = spec.series.filter { !$0.points.isEmpty }
        let byTime = series.map { $0.pointsByTime() }
        let wholes = spec.whole?.pointsByTime() ?? [:]
        rows = ChartLayout.drawnTimes(spec).map { t in
            let counts = byTime.map { $0[t]?.value ?? 0 }
            let sum = counts.reduce(0, +)
            let published = wholes[t].flatMap { $0.value >= sum ? $0.value : nil }
            let whole = published ?? sum
            let rest = published.map { $0 - sum }.flatMap { $0 > 0 ? $0 : nil }
            return Row(time: t, whole: whole, wholeIsSumOfParts: published == nil,
                       shares: counts.map { whole > 0 ? $0 / whole : 0 },
                       notAttributed: rest.map { whole > 0 ? $0 / whole : 0 })
        }
    }
}
