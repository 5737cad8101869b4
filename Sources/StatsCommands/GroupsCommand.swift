import ArgumentParser
import TallyData
import TallyReport
import TallyPrimitives
import TallyCLI

public struct GroupsCommand: ParsableCommand {
    public init() {}

    public static let configuration = CommandConfiguration(
        commandName: "groups",
        abstract: "List the groups the dataset's report speaks of, with the series that count each and their latest figures.",
        discussion: """
            Per group: its series (the headline marked *), counting body, measure, number of figures, \
            first and last date, and the latest figure with its source; "no count published" where \
            nobody counts, with the reason. A group is named by its id or any of its names in the \
            dataset's languages, without regard to case (for the default dataset: dissidents, \
            ukrainians, minorities, lgbt, defenders, or e.g. ЛГБТ, правозащитники).
            """)

    @OptionGroup var options: DatasetOptions
    @OptionGroup var output: FormatOptions

    @Option(name: .long, help: "Only this group: its id or one of its names (repeatable).")
    var group: [String] = []

    @Option(name: .customLong("source-policy"),
            help: "How to pick the latest figure when sources differ: prefer-original (default) or all.")
    var sourcePolicy: SourcePolicy = .preferOriginal

    public func run() throws {
        print(try render(output.format), terminator: "")
    }

    /// The result in `format`, as `run` prints it.
    public func render(_ format: OutputFormat) throws -> String {
        let dataset = try options.load()
        if dataset.groups.isEmpty {
            throw CommandError.usage("\(dataset.name) defines no groups; a data package lists them in a 'groups' resource")
        }
        var chosen: [Group] = []
        for name in group {
            do {
                let g = try dataset.resolveGroup(name)
                if !chosen.contains(g) { chosen.append(g) }
            } catch {
                throw CommandError.usage(error.description)
            }
        }
        let report = GroupsReport(dataset, groups: group.isEmpty ? nil : chosen, policy: sourcePolicy)
        switch format {
        case .json: return report.json().serialized()
        default: return report.table().render(format)
        }
    }
}
