import ArgumentParser

@main
struct Notebook: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notebook",
        abstract: "Build the report's notebook (analysis, figures, tables, provenance) and verify a built one.",
        discussion: """
            With no SPEC, the default dataset's notebook: datasets/memorial-political-prisoners/notebook.json.
            Outputs go to notebooks-out/<name>/: index.md, index.html, <name>.ipynb, figures/, tables/,
            provenance.json. Run from the project folder.
            """,
        subcommands: [BuildCommand.self, VerifyCommand.self])
}
