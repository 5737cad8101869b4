import ArgumentParser
import TallyCLI

struct LineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "line",
        abstract: "One line per category over time, labelled at its end; markers at published figures.")

    @OptionGroup var dataset: DatasetOptions
    @OptionGroup var selection: SelectionOptions
    @OptionGroup var options: ChartOptions

    @Flag(name: .long, help: "Logarithmic value axis (equal steps are equal growth rates).")
    var log = false

    @Option(name: .long, help: "A category whose label is placed first (repeatable).")
    var focus: [String] = []

    func run() throws {
        try DataChart(dataset: dataset, selection: selection, options: options).run(kind: .line) { spec in
            spec.logScale = log
            spec.focus = focus
        }
    }
}
