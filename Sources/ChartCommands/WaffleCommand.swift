import ArgumentParser
import TallyCharts
import TallyCLI
import TallyRender

public struct WaffleCommand: ParsableCommand {
    public init() {}

    public static let configuration = CommandConfiguration(
        commandName: "waffle",
        abstract: "One cell per person of a category's latest figure (or of the last one up to --to), the count written out.",
        discussion: """
            With no --category, the dataset's default series. A count too large to draw cell by cell \
            at the chart's size is refused (65) with the --per-cell scale to use instead.
            Examples:
              chart waffle --out people.png
              chart waffle --category religious --to 2020 --locale ru --out religious-ru.png
              chart waffle --per-cell 10 --size square --out people-square.png
            """)

    @OptionGroup var dataset: DatasetOptions
    @OptionGroup var selection: SelectionOptions
    @OptionGroup var options: ChartOptions

    @Option(name: .customLong("per-cell"), help: "People one cell stands for (default 1): 10 draws 1 cell = 10 people.")
    var perCell: Int = 1

    public func validate() throws {
        guard (1...1_000_000_000).contains(perCell) else {
            throw ValidationError("--per-cell \(perCell): expected a whole number of people from 1, e.g. --per-cell 10")
        }
    }

    var chart: SingleFigureChart {
        let perCell = self.perCell
        return SingleFigureChart(chart: DataChart(dataset: dataset, selection: selection, options: options), kind: .waffle) {
            $0.waffle = WaffleOptions(perCell: perCell)
        }
    }

    public func run() throws {
        let (spec, sources) = try chart.build()
        try ChartOutput.write(spec, options: options, sources: sources)
    }
}

extension WaffleCommand: ChartDrawing {
    public func draw(formats: [ChartFormat], scale: Double) throws -> ChartOutput.Drawn {
        try options.checkPixels(scale: scale)
        let (spec, sources) = try chart.build()
        return try ChartOutput.draw(spec, options: options, formats: formats, scale: scale, sources: sources)
    }
}
