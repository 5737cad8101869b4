import ArgumentParser
import TallyData
import TallyReport
import TallyPrimitives
import TallyCLI

public struct ValidateCommand: ParsableCommand {
    public init() {}

    public static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a dataset against its schema and print what it holds, or every error found.",
        discussion: "Errors go to stderr as file:line:column: error: field 'name': value 'v': what was expected. Exit 65 when the data is invalid.")

    @OptionGroup var options: DatasetOptions
    @OptionGroup var output: FormatOptions

    public func run() throws {
        print(try render(output.format), terminator: "")
    }

    /// The result in `format`, as `run` prints it; warnings go to stderr (`DatasetOptions.load`).
    public func render(_ format: OutputFormat) throws -> String {
        let dataset = try options.load()
        let summary = DatasetSummary(dataset)
        switch format {
        case .json: return summary.json().serialized()
        default: return summary.table().render(format)
        }
    }
}
