import ArgumentParser
import TallyCharts
import TallyCLI
import TallyRender

public struct CardCommand: ParsableCommand {
    public init() {}

    public static let configuration = CommandConfiguration(
        commandName: "card",
        abstract: "A headline card: a category's latest figure, its change since the figure before, a sparkline and the source.",
        discussion: """
            With no --category, the dataset's default series, at social size (--size square or story \
            for other feeds). When either figure is approximate or a bound, the previous figure is \
            given as published instead of a difference.
            Examples:
              chart card --out card.png
              chart card --size square --theme press --locale uk --out card-uk.png
            """)

    @OptionGroup var dataset: DatasetOptions
    @OptionGroup var selection: SelectionOptions
    @OptionGroup var options: ChartOptions

    var chart: SingleFigureChart {
        SingleFigureChart(chart: DataChart(dataset: dataset, selection: selection, options: options), kind: .card) { _ in }
    }

    public func run() throws {
        let (spec, sources) = try chart.build()
        try ChartOutput.write(spec, options: options, sources: sources)
    }
}

extension CardCommand: ChartDrawing {
    public func draw(formats: [ChartFormat], scale: Double) throws -> ChartOutput.Drawn {
        try options.checkPixels(scale: scale)
        let (spec, sources) = try chart.build()
        return try ChartOutput.draw(spec, options: options, formats: formats, scale: scale, sources: sources)
    }
}
