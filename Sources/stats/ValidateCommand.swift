import ArgumentParser
import TallyData
import TallyReport
import TallyCLI

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a dataset against its schema and print what it holds, or every error found.",
        discussion: "Errors go to stderr as file:line:column: error: field 'name': value 'v': what was expected. Exit 65 when the data is invalid.")

    @OptionGroup var options: DatasetOptions

    func run() throws {
        let dataset = try options.load()
        let summary = DatasetSummary(dataset)
        for warning in dataset.warnings { printError(warning.description) }
        switch options.format {
        case .json: print(summary.json().serialized(), terminator: "")
        default: print(summary.table().render(options.format), terminator: "")
        }
    }
}
