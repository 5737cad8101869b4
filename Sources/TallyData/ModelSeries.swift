/// A series as a model may fit it: one figure per date, whatever the source policy.
///
/// Under `--source-policy all` a date can carry the same count from three sources; fitting all
/// three counts that date three times (pseudo-replication: the intervals come out narrower than
/// the data warrant). The table keeps every figure; models take this series.
public struct ModelSeries: Sendable {
    /// One point per date; the figures not used are the point's alternatives.
    public var series: TimeSeries
    /// Dates that had more than one figure, and how many figures were set aside.
    public var datesWithSeveralFigures: Int
    public var figuresSetAside: Int

    /// How duplicates were resolved, for every output of a model; nil when there were none.
    public var resolution: String? {
        guard datesWithSeveralFigures > 0 else { return nil }
        let dates = datesWithSeveralFigures == 1 ? "1 date had" : "\(datesWithSeveralFigures) dates had"
        let others = figuresSetAside == 1 ? "1 other figure was" : "\(figuresSetAside) other figures were"
        return "\(dates) several figures; the models use one per date (the most direct source, then an exact figure over a qualified one, then the source id) and \(others) set aside, so that no date counts twice."
    }
}

extension Dataset {
    /// `series` with one figure per date for models: the figure the prefer-original policy would
    /// pick on that date; the others become its alternatives.
    public func oneFigurePerDate(_ series: TimeSeries) -> ModelSeries {
        var byDate: [PartialDate: [TimeSeries.Point]] = [:]
        var order: [PartialDate] = []
        for p in series.points {
            if byDate[p.date] == nil { order.append(p.date) }
            byDate[p.date, default: []].append(p)
        }
        var points: [TimeSeries.Point] = []
        var dates = 0, aside = 0
        for date in order {
            let group = byDate[date]!
            guard group.count > 1 else { points.append(group[0]); continue }
            let ranked = group.sorted { isMoreDirect($0.observation, than: $1.observation) }
            var kept = ranked[0]
            kept.alternatives += ranked.dropFirst().flatMap { [$0.observation] + $0.alternatives }
            points.append(kept)
            dates += 1
            aside += group.count - 1
        }
        var out = series
        out.points = points
        return ModelSeries(series: out, datesWithSeveralFigures: dates, figuresSetAside: aside)
    }

    /// The same selection without reprints and unverified figures (sources at least as direct
    /// as a primary outlet), for a sensitivity line; nil when `series` used no such figure, so
    /// there is nothing to compare.
    public func withoutReprintsAndUnverified(_ series: TimeSeries) -> TimeSeries? {
        let weak = series.points.contains { sourceKind(of: $0.observation).rank > Source.Kind.primaryOutlet.rank }
        guard weak else { return nil }
        let stricter = min(series.minimumSource.rank, Source.Kind.primaryOutlet.rank)
        let kind = Source.Kind.allCases.first { $0.rank == stricter } ?? .primaryOutlet
        return self.series(series.category.id, range: series.range, policy: series.policy, minimumSource: kind)
    }
}
