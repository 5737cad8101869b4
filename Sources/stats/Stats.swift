import ArgumentParser
import TallyCLI
import StatsCommands

@main
struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Analyse published counts: validate, show, trends, breakdowns, joinpoints, regressions, case records.",
        discussion: """
            With no PATH, every command uses the default dataset, \
            \(DefaultDataset.folder). PATH may be a data-package folder, its \
            datapackage.json, or a tidy CSV with columns date,category,count.
            Exit codes: 0 success, 1 an internal failure (please report it), 64 wrong usage, \
            65 invalid data, 66 missing input, 73 cannot create output, 74 writing an output failed, \
            130 interrupted (Ctrl-C; no result, no half-written file).
            """,
        subcommands: [ValidateCommand.self, ShowCommand.self, GroupsCommand.self, TrendCommand.self, BreakdownCommand.self, JoinpointCommand.self,
                      RegressCommand.self, AggregateCommand.self, SyntheticCasesCommand.self])

    /// ArgumentParser's messages, which echo arguments, with control characters made visible.
    static func main() { CommandMain.run(Self.self) }
}
