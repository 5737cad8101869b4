import ArgumentParser
import TallyCharts
import TallyCLI
import TallyRender

public struct SlopeCommand: ParsableCommand {
    public init() {}

    public static let configuration = CommandConfiguration(
        commandName: "slope",
        abstract: "Each category's first published figure against its latest, with the two dates named.",
        discussion: """
            With no --category, the dataset's default series and its parts. The value axis starts at \
            zero; a category with a single figure has no slope and is named in a note.
            Examples:
              chart slope --out slope.png
              chart slope --category political --category religious --from 2018 --locale ru --out slope-ru.png
            """)

    @OptionGroup var dataset: DatasetOptions
    @OptionGroup var selection: SelectionOptions
    @OptionGroup var options: ChartOptions
    @OptionGroup var overlays: OverlayOptions

    func customise(_ spec: inout ChartSpec) {
        let single = spec.series.filter { $0.points.count == 1 }.map(\.label)
        if !single.isEmpty { spec.notes.append(SlopeStrings.oneFigure(single, spec.locale)) }
    }

    var chart: DataChart { DataChart(dataset: dataset, selection: selection, options: options, overlays: overlays) }

    public func run() throws {
        try chart.run(kind: .slope, customise: customise)
    }
}

extension SlopeCommand: ChartDrawing {
    public func draw(formats: [ChartFormat], scale: Double) throws -> ChartOutput.Drawn {
        try options.checkPixels(scale: scale)
        let (spec, sources) = try chart.build(kind: .slope, customise: customise)
        return try ChartOutput.draw(spec, options: options, formats: formats, scale: scale, sources: sources)
    }
}
