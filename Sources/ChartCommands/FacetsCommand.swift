import ArgumentParser
import TallyChartData
import TallyCharts
import TallyCLI
import TallyData
import TallyRender

public struct FacetsCommand: ParsableCommand {
    public init() {}

    public static let configuration = CommandConfiguration(
        commandName: "facets",
        abstract: "Small multiples: one panel per category or group, each naming its counting body and measure.",
        discussion: """
            With no selection, one panel per group of the dataset's report (its headline series; a \
            group with no published count is a panel saying so, never a zero line), or for a dataset \
            without groups the default series and its parts. Counts over a period are drawn as bars.
            Examples:
              chart facets --out groups.png
              chart facets --groups --locale ru --size square --out groups-ru.png
              chart facets --category political --category religious --y shared --out lists.png
              chart facets --group ukrainians --all --out crimea.png
            """)

    @OptionGroup var dataset: DatasetOptions
    @OptionGroup var selection: SelectionOptions
    @OptionGroup var options: ChartOptions
    @OptionGroup var overlays: OverlayOptions

    @Flag(name: .long, help: "One panel per group of the dataset's report (the default when it has groups and nothing else is selected).")
    var groups = false

    @Option(name: .long, help: ArgumentHelp(
        "shared (one scale for every panel) or free (each panel to its own maximum).",
        discussion: "Default: shared when every panel is one measure from one counting body, else free. shared is refused for panels of different measures.",
        valueName: "shared|free"))
    var y: FacetsOptions.YAxes?

    public func validate() throws {
        if groups, selection.group != nil || !selection.category.isEmpty || selection.all {
            throw ValidationError("--groups draws every group; to choose panels give --category or --group NAME --all instead")
        }
    }

    /// The spec and the sources drawn.
    func build() throws -> (ChartSpec, [String]) {
        let data = try dataset.load()
        try options.checkLogo(options.logo)
        let nothingChosen = selection.group == nil && selection.category.isEmpty && !selection.all
        let builder: FacetsSpecBuilder
        if groups || (nothingChosen && !data.groups.isEmpty) {
            guard !data.groups.isEmpty else {
                throw CommandError.usage("--groups: \(SafeText.clean(data.name)) names no groups; choose panels with --category")
            }
            builder = .groups(of: data, range: selection.range, policy: selection.sourcePolicy,
                              minimumSource: selection.minSource, locale: options.locale)
        } else {
            let ids = try selection.categories(in: data, fallback: try data.defaultSelection(withParts: true).map(\.id))
            if ids.count > ChartLimits.maximumSeries {
                throw CommandError.usage("\(ids.count) categories selected; small multiples show at most \(ChartLimits.maximumSeries) panels; choose them with --category")
            }
            builder = FacetsSpecBuilder(dataset: data, entries: ids.map {
                .series(data.series($0, range: selection.range, policy: selection.sourcePolicy, minimumSource: selection.minSource), title: nil)
            })
        }
        let drawn = builder.timeSeries.filter { !$0.isEmpty }
        let bodies = Set(drawn.map { $0.category.countingBody ?? "" })
        let measures = builder.measures
        if y == .shared, measures.count > 1 {
            throw CommandError.usage("--y shared: the panels show different measures (\(measures.sorted().joined(separator: ", "))), which one scale cannot compare; use --y free")
        }
        let axes = y ?? (measures.count > 1 || bodies.count > 1 ? .free : .shared)
        var spec = builder.spec(yAxes: axes, title: options.title, subtitle: options.subtitle, locale: options.locale,
                                width: options.size.width, height: options.size.height)
        options.apply(to: &spec)
        try overlays.apply(to: &spec, in: data)
        let sources = ChartSpecBuilder(dataset: data, series: builder.timeSeries).sourceList().map(SafeText.clean)
        return (spec, sources)
    }

    public func run() throws {
        let (spec, sources) = try build()
        try ChartOutput.write(spec, options: options, sources: sources)
    }
}

extension FacetsCommand: ChartDrawing {
    public func draw(formats: [ChartFormat], scale: Double) throws -> ChartOutput.Drawn {
        try options.checkPixels(scale: scale)
        let (spec, sources) = try build()
        return try ChartOutput.draw(spec, options: options, formats: formats, scale: scale, sources: sources)
    }
}

extension FacetsOptions.YAxes: ExpressibleByArgument {}
