/// The dates on which a whole's parts can be compared, with each part's count there.
///
/// The parts are checked first (`Dataset.partsOfAWhole`): parts of one whole, counted by one body,
/// in one measure. Without a window, a date counts when every part has a figure on exactly that
/// date. With `matchWithinDays`, each date of the whole (or, where it has none, of any part)
/// takes, for every part, its nearest figure no more than that many days away; the pairs matched
/// across different dates are listed so that the output can say so.
public struct CompositionSelection: Sendable {
    public struct DateEntry: Sendable {
        public var date: PartialDate
        /// The whole's published figure on that date, if any (never, when the whole is the parts' sum).
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

    /// The whole as outputs name it: the whole's category, or, when the parts' sum is the whole,
    /// a stand-in labelled "sum of the parts" (id `sum_of_parts`) that is never looked up.
    public var parent: Category
    public var parts: [Category]
    /// The checked selection: the whole, the parts, parts without data and notes to print.
    public var composition: PartsOfAWhole
    public var entries: [DateEntry]
    public var matches: [Match]
    /// Dates in the range left out because a part had no figure there.
    public var skipped: [(date: PartialDate, missing: [String])]

    public var wholeIsSumOfParts: Bool { composition.whole == .sumOfParts }

    /// Checks `partIDs` as parts of `wholeID` (see `Dataset.partsOfAWhole`; nil: their common
    /// parent, or their sum) and finds the dates to compare. Throws a `SelectionRefusal`.
    public init(dataset: Dataset, whole wholeID: String?, parts partIDs: [String], allowMixedBodies: Bool = false,
                range: DateRange, on: [PartialDate], matchWithinDays: Int?, policy: SourcePolicy,
                minimumSource: Source.Kind = .unverified) throws {
        let composition = try dataset.partsOfAWhole(whole: wholeID, parts: partIDs, allowMixedBodies: allowMixedBodies)
        self.init(dataset: dataset, composition: composition, range: range, on: on,
                  matchWithinDays: matchWithinDays, policy: policy, minimumSource: minimumSource)
    }

    /// The dates to compare for parts already checked by `Dataset.partsOfAWhole`, whole and parts
    /// read from sources at least as direct as `minimumSource` (`--min-source`).
    public init(dataset: Dataset, composition: PartsOfAWhole, range: DateRange, on: [PartialDate],
                matchWithinDays: Int?, policy: SourcePolicy, minimumSource: Source.Kind = .unverified) {
        self.composition = composition
        let partIDs = composition.parts.map(\.id)
        parts = composition.parts
        let parentSeries: TimeSeries
        switch composition.whole {
        case .category(let c):
            parent = c
            parentSeries = dataset.series(c.id, range: range, policy: policy, minimumSource: minimumSource)
        case .sumOfParts:
            parent = Category(id: "sum_of_parts", labels: ["en": PartsOfAWhole.sumOfPartsLabel])
            parentSeries = TimeSeries(category: parent, points: [], superseded: [], policy: policy, range: range)
        }
        let partSeries = partIDs.map { dataset.series($0, range: range, policy: policy, minimumSource: minimumSource) }
        // Lookups by date, so that the work stays linear in the number of dates and points.
        var parentByDate: [PartialDate: Observation] = [:]
        for o in parentSeries.superseded where parentByDate[o.date] == nil { parentByDate[o.date] = o }
        for p in parentSeries.points.reversed() { parentByDate[p.date] = p.observation }
        // The parent's figure on a date, including one superseded for analysis by a finer date.
        func whole(on date: PartialDate) -> Observation? { parentByDate[date] }
        let partByDate: [[PartialDate: Observation]] = partSeries.map { s in
            var byDate: [PartialDate: Observation] = [:]
            for p in s.points.reversed() { byDate[p.date] = p.observation }
            return byDate
        }
        let partTimes = partSeries.map { NearestPoint($0.points) }
        var candidates = Set(partSeries.flatMap { $0.points.map(\.date) })
        if matchWithinDays != nil { candidates.formUnion(parentSeries.points.map(\.date)) }
        var dates = candidates.sorted()
        if !on.isEmpty {
            let wanted = Set(on)
            dates = dates.filter { wanted.contains($0) }
        }

        var entries: [DateEntry] = []
        var matches: [Match] = []
        var skipped: [(PartialDate, [String])] = []
        var usedByMatching = Set<String>()
        for date in dates {
            var found: [Observation] = []
            var missing: [String] = []
            for (k, s) in partSeries.enumerated() {
                if let exact = partByDate[k][date] {
                    found.append(exact)
                } else if let window = matchWithinDays,
                          let nearest = partTimes[k].nearest(to: date.decimalYear).map({ s.points[$0] }),
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
        let entryDates = Set(entries.map(\.date))
        self.entries = entries
        self.matches = matches.filter { entryDates.contains($0.date) }
        self.skipped = skipped
    }
}

/// The point of a series nearest in time to a given time, found by binary search; among points
/// equally near, the first in the series' order (as a linear scan with `min(by:)` would pick).
struct NearestPoint {
    /// (decimal year, index in the series), sorted by time then index.
    private let byTime: [(time: Double, index: Int)]

    init(_ points: [TimeSeries.Point]) {
        byTime = points.enumerated().map { ($0.element.date.decimalYear, $0.offset) }
            .sorted { ($0.time, $0.index) < ($1.time, $1.index) }
    }

    func nearest(to t: Double) -> Int? {
        guard !byTime.isEmpty else { return nil }
        var lo = 0, hi = byTime.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if byTime[mid].time < t { lo = mid + 1 } else { hi = mid }
        }
        var best: (distance: Double, index: Int)?
        func consider(_ k: Int) {
            let d = abs(byTime[k].time - t)
            if best == nil || d < best!.distance || (d == best!.distance && byTime[k].index < best!.index) {
                best = (d, byTime[k].index)
            }
        }
        // The nearest times are the runs of equal times just below and at or above `t`.
        if lo < byTime.count {
            let time = byTime[lo].time
            var k = lo
            while k < byTime.count, byTime[k].time == time { consider(k); k += 1 }
        }
        if lo > 0 {
            let time = byTime[lo - 1].time
            var k = lo - 1
            while k >= 0, byTime[k].time == time { consider(k); k -= 1 }
        }
        return best?.index
    }
}
