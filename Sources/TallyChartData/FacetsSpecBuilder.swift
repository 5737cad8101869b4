import TallyCharts
import TallyData

/// Builds a small-multiples spec: one panel per category, or per group of the dataset (its
/// headline series, or a panel saying that no count is published). Each panel's caption names
/// the counting body and the measure from categories.csv; counts over a period are drawn as
/// bars, never as a line.
public struct FacetsSpecBuilder {
    /// What one panel shows: a series, or a group nobody publishes a count of.
    public enum Entry {
        case series(TimeSeries, title: String?)
        case noCount(id: String, title: String)
    }

    public var dataset: Dataset
    public var entries: [Entry]

    public init(dataset: Dataset, entries: [Entry]) {
        self.dataset = dataset
        self.entries = entries
    }

    /// One panel per group, in the dataset's order: the group's headline series, or none.
    public static func groups(of dataset: Dataset, range: DateRange, policy: SourcePolicy,
                              minimumSource: Source.Kind, locale: ChartLocale) -> FacetsSpecBuilder {
        let entries = dataset.groups.map { g -> Entry in
            guard let id = g.headline, dataset.category(id) != nil else { return .noCount(id: g.id, title: g.label(locale.rawValue)) }
            return .series(dataset.series(id, range: range, policy: policy, minimumSource: minimumSource), title: g.label(locale.rawValue))
        }
        return FacetsSpecBuilder(dataset: dataset, entries: entries)
    }

    public var timeSeries: [TimeSeries] {
        entries.compactMap { if case .series(let s, _) = $0 { return s } else { return nil } }
    }

    /// The measures of the series drawn, for `--y shared`: one scale, one measure.
    public var measures: Set<String> { Set(timeSeries.filter { !$0.isEmpty }.compactMap(\.category.measure)) }

    public func spec(yAxes: FacetsOptions.YAxes, title: String?, subtitle: String?, locale: ChartLocale,
                     width: Double, height: Double) -> ChartSpec {
        let lang = locale.rawValue
        var series: [SeriesData] = []
        var panels: [FacetPanel] = []
        let grouped = entries.contains { if case .series(_, let t) = $0 { return t != nil } else { return true } }
        for entry in entries {
            switch entry {
            case .noCount(let id, let title):
                series.append(SeriesData(id: id, label: title, points: []))
                panels.append(FacetPanel(title: title))
            case .series(let s, let title):
                let c = s.category
                series.append(SeriesData(id: c.id, label: title ?? c.label(lang), points: s.points.map { p in
                    DataPoint(time: p.date.decimalYear, year: p.date.year, month: p.date.month, day: p.date.day,
                              value: Double(p.count), qualifier: p.qualifier)
                }))
                let who = [c.countingBody, FacetsWords.measure(c.measureKind, locale)].compactMap { $0 }.joined(separator: " · ")
                // Under a group's name, the series it stands for.
                panels.append(FacetPanel(title: title ?? c.label(lang), subject: grouped ? c.label(lang) : "", caption: who,
                                         marks: c.measureKind == .flow ? .bars : .line))
            }
        }
        let base = ChartSpecBuilder(dataset: dataset, series: timeSeries)
        var notes: [String] = []
        let conflicts = timeSeries.flatMap(\.points).filter(\.isConflicting).count
        if conflicts > 0 { notes.append(ChartSpecBuilder.conflictNote(conflicts, locale)) }
        let defaultTitle = grouped ? FacetsWords.groupsTitle(locale) : base.defaultTitle(locale)
        var spec = ChartSpec(kind: .facets, title: title ?? defaultTitle,
                             subtitle: subtitle ?? FacetsWords.scales(yAxes, locale), source: base.sourceLine(locale),
                             notes: notes, series: series, width: width, height: height, locale: locale,
                             caveats: dataset.caveats(for: timeSeries.map(\.category.id), context: .chart, locale: lang))
        spec.facets = FacetsOptions(yAxes: yAxes, panels: panels)
        return spec
    }
}
