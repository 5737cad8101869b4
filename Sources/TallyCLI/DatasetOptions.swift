import ArgumentParser
import TallyData
import TallyPrimitives

/// The options every dataset command shares: where the data is, what to select, how to print.
public struct DatasetOptions: ParsableArguments {
    public init() {}

    @Argument(help: "A data-package folder, a datapackage.json, a tidy CSV, or - for a tidy CSV on standard input (default: the default dataset).")
    public var path: String?

    @Option(name: .long, help: ArgumentHelp(
        "A sentence every output carries about what the counts mean (repeatable), e.g. --caveat 'Minimum counts: only verified cases'.",
        discussion: "Added after the dataset's own caveats, wherever outputs carry them (charts and their alt text, and reports that print the dataset's caveats), in every language as given."))
    public var caveat: [String] = []

    @Option(name: .long, help: ArgumentHelp(
        "Who published the figures, for a file that does not say (a tidy CSV), e.g. --source 'Statistics Office'.",
        discussion: "Describes every figure whose source has no address (a tidy CSV's rows: the file, or the id in its source column, stands in as the source); shown in source lines and source lists. Refused when every source is already described (a data package's sources.csv)."))
    public var source: String?

    @Option(name: .customLong("source-url"), help: ArgumentHelp(
        "The address of --source (http or https), e.g. --source-url https://example.org/census.",
        valueName: "url"))
    public var sourceURL: String?

    @Option(name: .long, help: ArgumentHelp(
        "A category's label as ID=TEXT, e.g. --label a='Region A' (repeatable).",
        discussion: "Replaces the category's labels in every language, wherever a label is shown (chart lines, keys, alt text).",
        valueName: "id=text"))
    public var label: [String] = []

    /// What the options say about the data, checked by `validate`.
    public var statements: DatasetStatements {
        DatasetStatements(caveats: caveat, source: source, sourceURL: sourceURL, labels: label.compactMap(DatasetStatements.label))
    }

    public func validate() throws {
        if sourceURL != nil, source == nil {
            throw ValidationError("--source-url needs --source: say who published the figures, e.g. --source 'Statistics Office'")
        }
        if let sourceURL, let problem = SourceURL.problem(sourceURL) {
            throw ValidationError("--source-url \(TerminalText.visible(sourceURL)): \(problem)")
        }
        if caveat.count > DatasetStatements.maximumCaveats {
            throw ValidationError("--caveat: \(caveat.count) caveats, at most \(DatasetStatements.maximumCaveats); say it in fewer sentences")
        }
        let texts = [("--source", source), ("--source-url", sourceURL)] + caveat.map { ("--caveat", $0) }
        for (option, text) in texts {
            let limit = DatasetStatements.maximumTextLength
            if let text, let problem = DatasetStatements.problem(text, option: option, limit: limit) {
                throw ValidationError(problem)
            }
        }
        for argument in label {
            guard let (_, text) = DatasetStatements.label(argument) else {
                throw ValidationError("--label \(TerminalText.visible(argument)): give ID=TEXT, e.g. --label a='Region A'")
            }
            if let problem = DatasetStatements.problem(text, option: "--label", limit: DatasetStatements.maximumLabelLength) {
                throw ValidationError(problem)
            }
        }
    }

    /// The dataset at `path` (or the default dataset), with what the options say about it applied.
    /// Its warnings (the delimiter guessed, columns left out) go to stderr on every command, not
    /// only `validate`: a reader of a chart made from a semicolon file should know it was guessed.
    public func load() throws -> Dataset {
        var dataset = try DataErrors.loading { try DefaultDataset.load(path) }
        for warning in dataset.warnings { printError(warning.description) }
        try statements.apply(to: &dataset)
        return dataset
    }
}

/// Which series and dates a command looks at.
public struct SelectionOptions: ParsableArguments {
    public init() {}

    @Option(name: .long, help: "A category id to include (repeatable). See `stats validate` for the list.")
    public var category: [String] = []

    @Option(name: .long, help: ArgumentHelp(
        "A group the dataset's report speaks of: its headline series, or with --all every series of the group that has data, e.g. --group dissidents or --group ЛГБТ.",
        discussion: "Named by its id, its name or an alias in English, French, Russian or Ukrainian, without regard to case; `stats groups` lists the groups. A group whose count nobody publishes is refused (exit 65) with the reason.",
        valueName: "name"))
    public var group: String?

    @Flag(name: .long, help: "Include every category that has data (with --group: every series of the group that has data).")
    public var all = false

    @Option(name: .long, help: "First date to include (YYYY, YYYY-MM or YYYY-MM-DD).")
    public var from: PartialDate?

    @Option(name: .long, help: "Last date to include (YYYY, YYYY-MM or YYYY-MM-DD).")
    public var to: PartialDate?

    @Option(name: .customLong("source-policy"),
            help: "How to pick one figure per date: prefer-original (default) or all.")
    public var sourcePolicy: SourcePolicy = .preferOriginal

    @Option(name: .customLong("min-source"), help: ArgumentHelp(
        "Keep only figures from sources at least this direct: original, primary_outlet, reprint or unverified (default: unverified, every figure).",
        discussion: "original: the counting body's own publication; primary_outlet: an outlet quoting the body first-hand; reprint: a copy of another outlet's report; unverified: a figure not checked against the body's own. Each kind keeps the kinds before it: --min-source primary_outlet leaves out reprints and unverified figures (docs/selection-rules.md).",
        valueName: "kind"))
    public var minSource: Source.Kind = .unverified

    public var range: DateRange { DateRange(from: from, to: to) }

    /// The categories asked for, checked against the dataset; `fallback` when none are named
    /// (evaluated only then, so that a default-series rule never stops a named selection).
    public func categories(in dataset: Dataset, fallback: @autoclosure () throws -> [String]) throws -> [String] {
        if let group {
            guard category.isEmpty else {
                throw CommandError.usage("--group and --category both choose the series; give one of them, e.g. --group \(TerminalText.visible(group))")
            }
            return try GroupSelection.categories(of: group, in: dataset, all: all)
        }
        if all { return dataset.categories.map(\.id).filter { !dataset.observations(of: $0).isEmpty } }
        guard category.isEmpty else {
            // Exact ids, else the same id in another case, else "did you mean ...".
            return try DataErrors.selecting { try category.map { try dataset.resolveCategory($0).id } }
        }
        return try DataErrors.selecting(fallback)
    }

    public func validate() throws {
        if let from, let to, to.last < from.first {
            throw ValidationError("--from \(from) is after --to \(to); swap them")
        }
    }
}

extension PartialDate: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}

extension OutputFormat: ExpressibleByArgument {}
extension SourcePolicy: ExpressibleByArgument {}
extension Source.Kind: ExpressibleByArgument {}
