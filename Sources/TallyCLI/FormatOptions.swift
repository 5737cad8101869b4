import ArgumentParser
import TallyPrimitives

/// `--format`, for the commands that print a result (the `stats` commands). Apart from
/// `DatasetOptions` so that the `chart` commands, whose format is their `--out` file's
/// extension, do not offer an option that would change nothing (issue 16).
public struct FormatOptions: ParsableArguments {
    public init() {}

    @Option(name: .long, help: "How to print the result: table, json, csv or markdown.")
    public var format: OutputFormat = .table
}
