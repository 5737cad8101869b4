import TallyCharts
import TallyCLI
import TallyRender

/// The chart commands drawn from a dataset (line, area, bar, share): they differ only in the kind
/// of chart and in how their own flags change the spec, so they are drawn by one `draw`.
protocol DatasetChartCommand: ChartDrawing {
    static var kind: ChartSpec.Kind { get }
    var dataset: DatasetOptions { get }
    var selection: SelectionOptions { get }
    var options: ChartOptions { get }
    /// --highlight, --band and --relative-to.
    var overlays: OverlayOptions { get }
    /// `--allow-mixed-bodies` (`PartsOptions`), on the commands that stack parts.
    var allowMixedBodies: Bool { get }
    /// What the command's own flags change in the spec built from the data.
    func customise(_ spec: inout ChartSpec)
}

extension DatasetChartCommand {
    func customise(_ spec: inout ChartSpec) {}

    var allowMixedBodies: Bool { false }

    var chart: DataChart { DataChart(dataset: dataset, selection: selection, options: options, allowMixedBodies: allowMixedBodies, overlays: overlays) }

    public func draw(formats: [ChartFormat], scale: Double) throws -> ChartOutput.Drawn {
        try options.checkPixels(scale: scale)
        let (spec, sources) = try chart.build(kind: Self.kind, customise: customise)
        return try ChartOutput.draw(spec, options: options, formats: formats, scale: scale, sources: sources)
    }
}

extension LineCommand: DatasetChartCommand { static let kind = ChartSpec.Kind.line }
extension AreaCommand: DatasetChartCommand { static let kind = ChartSpec.Kind.area }
extension BarCommand: DatasetChartCommand { static let kind = ChartSpec.Kind.bar }
extension ShareCommand: DatasetChartCommand { static let kind = ChartSpec.Kind.share }
