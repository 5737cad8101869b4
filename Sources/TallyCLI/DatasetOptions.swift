import ArgumentParser
import TallyData
import TallyPrimitives

/// The options every dataset command shares: where the data is, what to select, how to print.
public struct DatasetOptions: ParsableArguments {
    public init() {}

    @Argument(help: "A data-package folder, a datapackage.json or a tidy CSV (default: the default dataset).")
    public var path: String?

    @Option(name: .long, help: "How to print the result: table, json, csv or markdown.")
    public var format: OutputFormat = .table

    public func load() throws -> Dataset {
        try DataErrors.loading { try DefaultDataset.load(path) }
    }
}

/// Which series and dates a command looks at.
public struct SelectionOptions: ParsableArguments {
    public init() {}

    @Option(name: .long, help: "A category id to include (repeatable). See `stats validate` for the list.")
    public var category: [String] = []

    @Flag(name: .long, help: "Include every category that has data.")
    public var all = false

    @Option(name: .long, help: "First date to include (YYYY, YYYY-MM or YYYY-MM-DD).")
    public var from: PartialDate?

    @Option(name: .long, help: "Last date to include (YYYY, YYYY-MM or YYYY-MM-DD).")
    public var to: PartialDate?

    @Option(name: .customLong("source-policy"),
            help: "How to pick one figure per date: prefer-original (default) or all.")
    public var sourcePolicy: SourcePolicy = .preferOriginal

    public var range: DateRange { DateRange(from: from, to: to) }

    /// The categories asked for, checked against the dataset; `fallback` when none are named.
    public func categories(in dataset: Dataset, fallback: [String]) throws -> [String] {
        if all { return dataset.categories.map(\.id).filter { !dataset.observations(of: $0).isEmpty } }
        let ids = category.isEmpty ? fallback : category
        for id in ids where dataset.category(id) == nil {
            let known = dataset.categories.map(\.id).joined(separator: ", ")
            throw CommandError.usage("unknown category '\(id)'; expected one of: \(known)")
        }
        return ids
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
