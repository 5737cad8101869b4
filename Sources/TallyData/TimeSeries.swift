/// The counts of one category over time, one point per date after a source policy was applied.
public struct TimeSeries: Sendable {
    public struct Point: Sendable, Hashable {
        public var observation: Observation
        /// Other figures for the same date and category that the policy did not pick.
        public var alternatives: [Observation]
        public var date: PartialDate { observation.date }
        public var count: Int { observation.count }
        public var qualifier: Qualifier { observation.qualifier }
        /// True when another source gives a different number for this date.
        public var isConflicting: Bool { alternatives.contains { $0.count != observation.count } }
    }

    public var category: Category
    public var points: [Point]
    /// Observations left out because a more precise date in their period exists.
    public var superseded: [Observation]
    public var policy: SourcePolicy
    public var range: DateRange
    /// The least direct kind of source kept (`--min-source`); `.unverified` keeps every figure.
    public var minimumSource: Source.Kind = .unverified

    /// Decimal-year times of the points (see `PartialDate.decimalYear`).
    public var times: [Double] { points.map { $0.date.decimalYear } }
    public var counts: [Double] { points.map { Double($0.count) } }
    public var isEmpty: Bool { points.isEmpty }
}

extension Dataset {
    /// The series of `categoryID` within `range` under `policy`, sorted by date, keeping only
    /// figures from sources at least as direct as `minimumSource` (`--min-source`).
    public func series(_ categoryID: String, range: DateRange = DateRange(),
                       policy: SourcePolicy = .preferOriginal, minimumSource: Source.Kind = .unverified) -> TimeSeries {
        let category = self.category(categoryID) ?? Category(id: categoryID)
        let candidates = observations(of: categoryID).filter {
            range.contains($0.date) && sourceKind(of: $0).rank <= minimumSource.rank
        }
        var points: [TimeSeries.Point] = []
        var superseded: [Observation] = []
        switch policy {
        case .all:
            points = candidates.sorted { ($0.date, $0.source) < ($1.date, $1.source) }
                .map { TimeSeries.Point(observation: $0, alternatives: []) }
        case .preferOriginal:
            let byDate = Dictionary(grouping: candidates, by: \.date)
            for (_, group) in byDate {
                let ranked = group.sorted(by: isMoreDirect)
                points.append(TimeSeries.Point(observation: ranked[0], alternatives: Array(ranked.dropFirst())))
            }
            // A date is superseded when a more precise date lies inside its period: a year by any
            // month or day of it, a month by any day of it. Sets keep this linear in the points.
            var yearsWithFiner = Set<Int>()
            var monthsWithDays = Set<Int>()
            for p in points where p.date.precision > .year {
                yearsWithFiner.insert(p.date.year)
                if p.date.precision == .day, let m = p.date.month { monthsWithDays.insert(p.date.year * 12 + m) }
            }
            func isSuperseded(_ d: PartialDate) -> Bool {
                switch d.precision {
                case .year: return yearsWithFiner.contains(d.year)
                case .month: return monthsWithDays.contains(d.year * 12 + (d.month ?? 0))
                case .day: return false
                }
            }
            let kept = points.filter { !isSuperseded($0.date) }
            superseded = points.filter { isSuperseded($0.date) }.map(\.observation)
            // A superseded figure whose period holds exactly one precise date stays visible as an
            // alternative of that date's figure, so that a disagreement between them is flagged.
            // One that spans several dates ("2015: 50") is vaguer than a conflict and is only listed.
            points = kept.sorted { $0.date < $1.date }
            for old in superseded {
                // Points are sorted by the start of their period; those inside `old` are a run
                // starting at the first point not before `old.first` (binary search).
                var lo = 0, hi = points.count
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if points[mid].date.first < old.date.first { lo = mid + 1 } else { hi = mid }
                }
                var inside: [Int] = []
                var k = lo
                while k < points.count, points[k].date.first <= old.date.last, inside.count < 2 {
                    if old.date.contains(points[k].date) { inside.append(k) }
                    k += 1
                }
                if inside.count == 1 { points[inside[0]].alternatives.append(old) }
            }
        }
        return TimeSeries(category: category, points: points, superseded: superseded.sorted { $0.date < $1.date },
                          policy: policy, range: range, minimumSource: minimumSource)
    }

    /// The kind of an observation's source; a source the dataset does not list counts as unverified.
    public func sourceKind(of o: Observation) -> Source.Kind { sources[o.source]?.kind ?? .unverified }

    /// The order in which figures for one date are preferred: the most direct source (original,
    /// primary outlet, reprint, unverified; an unlisted source last), then an exact figure over a
    /// qualified one, then the source id.
    func isMoreDirect(_ a: Observation, than b: Observation) -> Bool {
        let ka = (sources[a.source]?.kind.rank ?? 9, a.qualifier == .exact ? 0 : 1, a.source)
        let kb = (sources[b.source]?.kind.rank ?? 9, b.qualifier == .exact ? 0 : 1, b.source)
        return ka < kb
    }
}
