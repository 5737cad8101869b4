import TallyData
import TallyPrimitives

/// The figures a model fits for one series: one per date under any source policy, and, as
/// prefer-original does, no figure dated only to a month or year when a finer date of the same
/// series lies inside it. Fitting both "2013-10" and "2013-10-30" would count one census twice
/// (pseudo-replication), just as three sources on one day would.
struct ModelFigures {
    var series: TimeSeries
    /// How duplicates were resolved, for every output of the model; empty when there were none.
    var notes: [String]

    init(_ dataset: Dataset, category id: String, range: DateRange, policy: SourcePolicy,
         minimumSource: Source.Kind = .unverified) {
        let model = dataset.oneFigurePerDate(dataset.series(id, range: range, policy: policy, minimumSource: minimumSource))
        series = model.series
        notes = [model.resolution].compactMap { $0 }
        guard policy != .preferOriginal else { return }
        // Prefer-original's dates are exactly the dates left once coarser ones are superseded.
        let kept = Set(dataset.series(id, range: range, policy: .preferOriginal, minimumSource: minimumSource).points.map(\.date))
        let coarse = series.points.filter { !kept.contains($0.date) }
        guard !coarse.isEmpty else { return }
        series.points.removeAll { !kept.contains($0.date) }
        let listed = coarse.map { "\($0.count) on \($0.date)" }.joined(separator: ", ")
        notes.append("\(coarse.count) figure\(coarse.count == 1 ? "" : "s") dated only to a month or year (\(listed)) \(coarse.count == 1 ? "was" : "were") set aside for the finer dates inside \(coarse.count == 1 ? "its period" : "their periods"), as --source-policy prefer-original does, so that no census counts twice.")
    }
}
