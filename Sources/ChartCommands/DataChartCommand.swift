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
    /// `--allow-mixed-bodies`, offered by the commands that stack parts (a line chart stacks nothing).
    var allowMixedBodies = false
    /// --highlight, --band and --relative-to (`OverlayOptions`).
    var overlays: OverlayOptions?

    func run(kind: ChartSpec.Kind, customise: (inout ChartSpec) -> Void = { _ in }) throws {
        let (spec, sources) = try build(kind: kind, customise: customise)
        try ChartOutput.write(spec, options: options, sources: sources)
    }

    /// The spec and the list of sources drawn.
    func build(kind: ChartSpec.Kind, customise: (inout ChartSpec) -> Void = { _ in }) throws -> (ChartSpec, [String]) {
        let data = try dataset.load()
        let ids = try selection.categories(in: data, fallback: try {
            switch kind {
            case .line, .facets, .waffle, .card: return try data.defaultSelection(withParts: false).map(\.id)
            case .area, .bar, .share: return try data.defaultParts().map(\.id)
            case .slope: return try data.defaultSelection(withParts: true).map(\.id)
            }
        }())
        // Refused before any series is built: a package with 30,000 categories must not make
        // the chart commands build and lay out 30,000 series.
        if ids.count > ChartLimits.maximumSeries {
            throw CommandError.usage("\(ids.count) categories selected; a chart shows at most \(ChartLimits.maximumSeries); choose them with --category")
        }
        try options.checkLogo(options.logo)
        let series = ids.map { data.series($0, range: selection.range, policy: selection.sourcePolicy, minimumSource: selection.minSource) }
        let builder = ChartSpecBuilder(dataset: data, series: series)
        var spec = builder.spec(kind: kind, title: options.title, subtitle: options.subtitle, locale: options.locale,
                                width: options.size.width, height: options.size.height)
        options.apply(to: &spec)
        customise(&spec)
        // --focus names categories as --category does (another case finds the id, else "did you mean").
        let focus = spec.focus
        spec.focus = try DataErrors.selecting { try focus.map { try data.resolveCategory($0).id } }
        try overlays?.apply(to: &spec, in: data)
        // What the chart may put together, and annotations that point at a figure of their own
        // date: the user's request (64), checked before anything is drawn. One axis, one measure
        // (ChartSelectionRule); a stack (areas, stacked bars, shares) shows parts of one whole,
        // one body, one measure (TallyData's rule, `Dataset.partsOfAWhole`), and carries the note
        // it returns (bodies mixed on request) as a caveat: under the chart and in its alt text.
        do {
            try ChartSelectionRule.check(ids, in: data)
        } catch {
            throw CommandError.usage(error.message)
        }
        if kind == .area || kind == .share || (kind == .bar && spec.stacked) {
            let composition = try PartsOptions.parts(of: nil, ids, in: data, allowMixedBodies: allowMixedBodies)
            spec.caveats += composition.notes
        }
        do {
            try spec.checkAnnotations()
        } catch {
            throw CommandError.usage(error.message)
        }
        return (spec, builder.sourceList().map(SafeText.clean))
    }
}
