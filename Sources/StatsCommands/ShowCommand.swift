import ArgumentParser
import TallyData
import TallyReport
import TallyPrimitives
import TallyCLI

public struct ShowCommand: ParsableCommand {
    public init() {}

    public static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print the series: dates as rows, categories as columns, with sources as footnotes.",
        discussion: "With no --category, the dataset's default series and its parts (docs/datasets.md).")

    @OptionGroup var options: DatasetOptions
    @OptionGroup var output: FormatOptions
    @OptionGroup var selection: SelectionOptions

    public func run() throws {
        print(try render(output.format), terminator: "")
    }

    /// The result in `format`, as `run` prints it.
    public func render(_ format: OutputFormat) throws -> String {
        let dataset = try options.load()
        let ids = try selection.categories(in: dataset, fallback: try dataset.defaultSelection(withParts: true).map(\.id))
        let series = ids.map { dataset.series($0, range: selection.range, policy: selection.sourcePolicy, minimumSource: selection.minSource) }
        let table = SeriesTable(dataset: dataset, series: series, caveats: dataset.caveats(for: ids, context: .table, locale: "en"))
        switch format {
        case .json: return table.json().serialized()
        case .csv: return table.longTable().render(.csv)
        default: return table.table().render(format)
        }
    }
}
