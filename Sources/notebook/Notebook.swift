import ArgumentParser
import TallyCLI

@main
struct Notebook: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notebook",
        abstract: "Build the report's notebook (analysis, figures, tables, provenance) and verify a built one.",
        discussion: """
            With no SPEC, the default dataset's notebook: \(DefaultDataset.folder)/notebook.json.
            Outputs go to notebooks-out/<name>/ (beside the datasets/ folder that holds the spec): index.md,
            index.html, <name>.ipynb, figures/, tables/, provenance.json. A spec's cells read only files in
            the spec's folder. Received specs are untrusted: see docs/security.md.
            """,
        subcommands: [BuildCommand.self, VerifyCommand.self])

    /// ArgumentParser's messages, which echo arguments, with control characters made visible.
    static func main() { CommandMain.run(Self.self) }
}
