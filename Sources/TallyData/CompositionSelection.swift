/// The dates on which a parent's parts can be compared, with each part's count there.
///
/// Without a window, a date counts when every part has a figure on exactly that date. With
/// `matchWithinDays`, each date of the parent (or, where the parent has none, of any part) takes,
/// for every part, its nearest figure no more than that many days away; the pairs matched across
/// different dates are listed so that the output can say so.
public struct CompositionSelection: Sendable {
    public struct DateEntry: Sendable {
        public var date: PartialDate
        /// The parent's published figure on that date, if any.
        public var whole: Observation?
        /// One observation per part, in `parts` order.
        public var parts: [Observation]
    }

    public struct Match: Sendable, CustomStringConvertible {
        public var date: PartialDate
        public var part: String
        public var matchedDate: PartialDate
        public var days: Int
        public var description: String { "\(part) on \(date) taken from \(matchedDate) (\(days) days apart)" }
    }

    public var parent: Category
    public var parts: [Category]
    public var entries: [DateEntry]
    public var matches: [Match]
    /// Dates in the range left out because a part had no figure there.
    public var skipped: [(date: PartialDate, missing: [String])]

    public init(dataset: Dataset, parent: String, parts partIDs: [String], range: DateRange, on: [PartialDate],
                matchWithinDays: Int?, policy: SourcePolicy) {
        self.parent = dataset.category(parent) ?? Category(id: parent)
        parts = partIDs.map { dataset.category($0) ?? Category(id: $0) }
        let parentSeries = dataset.series(parent, range: range, policy: policy)
        let partSeries = partIDs.map { dataset.series($0, range: range, policy: policy) }
        // The parent's figure on a date, including one superseded for analysis by a finer date.
        func whole(on date: PartialDate) -> Observation? {
            parentSeries.points.first { $0.date == date }?.observation ?? parentSeries.superseded.first { $0.date == date }
        }
        var candidates = Set(partSeries.flatMap { $0.points.map(\.date) })
        if matchWithinDays != nil { candidates.formUnion(parentSeries.points.map(\.date)) }
        var dates = candidates.sorted()
        if !on.isEmpty { dates = dates.filter { on.contains($0) } }

        var entries: [DateEntry] = []
        var matches: [Match] = []
        var skipped: [(PartialDate, [String])] = []
        var usedByMatching = Set<String>()
        for date in dates {
            var found: [Observation] = []
            var missing: [String] = []
            for (k, s) in partSeries.enumerated() {
                if let exact = s.points.first(where: { $0.date == date }) {
                    found.append(exact.observation)
                } else if let window = matchWithinDays,
                          let nearest = s.points.min(by: { abs($0.date.decimalYear - date.decimalYear) < abs($1.date.decimalYear - date.decimalYear) }),
                          Int((abs(nearest.date.decimalYear - date.decimalYear) * 365.25).rounded()) <= window {
                    found.append(nearest.observation)
                    matches.append(Match(date: date, part: partIDs[k], matchedDate: nearest.date,
                                         days: Int((abs(nearest.date.decimalYear - date.decimalYear) * 365.25).rounded())))
                } else {
                    missing.append(partIDs[k])
                }
            }
            if missing.isEmpty {
                // With matching, a part's figure is used for one date only: the first that claims it.
                let keys = found.map { "\($0.category)|\($0.date)" }
                if matchWithinDays != nil, keys.contains(where: usedByMatching.contains), whole(on: date) == nil { continue }
                usedByMatching.formUnion(keys)
                entries.append(DateEntry(date: date, whole: whole(on: date), parts: found))
            } else {
                skipped.append((date, missing))
            }
        }
        self.entries = entries
        self.matches = matches.filter { m in entries.contains { $0.date == m.date } }
        self.skipped = skipped
    }
}
