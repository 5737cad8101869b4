import ArgumentParser
import TallyChartData
import TallyCharts
import TallyCLI
import TallyData

/// What the line, area, bar and share commands share: read the dataset, select series, build
/// the spec, draw it.
struct DataChart {
    var dataset: DatasetOptions
    var selection: SelectionOptions
    var options: ChartOptions

    func run(kind: ChartSpec.Kind, customise: (inout ChartSpec) -> Void = { _ in }) throws {
        let (spec, sources) = try build(kind: kind, customise: customise)
        try ChartOutput.write(spec, options: options, sources: sources)
    }

    /// The spec and the list of sources drawn.
    func build(kind: ChartSpec.Kind, customise: (inout ChartSpec) -> Void = { _ in }) throws -> (ChartSpec, [String]) {
        let data = try dataset.load()
        let fallback: [String]
        switch kind {
        case .line:
            fallback = [data.defaultCategory ?? "total"].filter { data.category($0) != nil }
        case .area, .bar, .share:
            let parent = data.defaultCategory ?? "total"
            fallback = data.children(of: parent).map(\.id)
        }
        let ids = try selection.categories(in: data, fallback: fallback.isEmpty ? data.categories.map(\.id) : fallback)
        // Refused before any series is built: a package with 30,000 categories must not make
        // the chart commands build and lay out 30,000 series.
        if ids.count > ChartLimits.maximumSeries {
            throw CommandError.usage("\(ids.count) categories selected; a chart shows at most \(ChartLimits.maximumSeries); choose them with --category")
        }
        try options.checkLogo(options.logo)
        let series = ids.map { data.series($0, range: selection.range, policy: selection.sourcePolicy) }
        let builder = ChartSpecBuilder(dataset: data, series: series)
        var spec = builder.spec(kind: kind, title: options.title, subtitle: options.subtitle, locale: options.locale,
                                width: options.size.width, height: options.size.height)
        options.apply(to: &spec)
        customise(&spec)
        return (spec, builder.sourceList().map(SafeText.clean))
    }
}
