import ArgumentParser
import TallyCLI
import TallyData
import TallyReport
import TallyPrimitives

public struct BreakdownCommand: ParsableCommand {
    public init() {}

    public static let configuration = CommandConfiguration(
        commandName: "breakdown",
        abstract: "Composition by category over time: shares, contributions to growth, a chi-square test.",
        discussion: """
            The parts of --parent (default: the dataset's total) on each date where every part has a
            figure; the changes between the first and last of those dates; Pearson's chi-square test of
            homogeneity (no continuity correction). Example: stats breakdown --from 2016-10
            """)

    @OptionGroup var options: DatasetOptions

    /// The most parts one breakdown compares: its table is dates x parts, and a composition of
    /// more parts than this is no longer a composition a reader can take in.
    static let maximumParts = 200

    @Option(name: .long, help: "The whole to break down (its children in the taxonomy are the parts).")
    var parent: String?

    @Option(name: .long, help: "A part to include (repeatable; default: every child of --parent).")
    var category: [String] = []

    @Option(name: .long, help: "First date to include (YYYY, YYYY-MM or YYYY-MM-DD).")
    var from: PartialDate?

    @Option(name: .long, help: "Last date to include.")
    var to: PartialDate?

    @Option(name: .long, help: "Compare only these dates (repeatable).")
    var on: [PartialDate] = []

    @Option(name: .customLong("match-within"), help: "Match each part's nearest figure within this many days of a date, e.g. 45d.")
    var matchWithin: String?

    @Option(name: .long, help: "Intervals for shares: none or wilson.")
    var intervals: String = "none"

    @Option(name: .long, help: "Confidence level of the intervals.")
    var level: Double = 0.95

    @Option(name: .long, help: "Level of the chi-square test: the composition is said to have changed only when p < alpha.")
    var alpha: Double = 0.05

    @Option(name: .customLong("source-policy"), help: "prefer-original (default) or all.")
    var sourcePolicy: SourcePolicy = .preferOriginal

    public func validate() throws {
        guard ["none", "wilson"].contains(intervals) else { throw ValidationError("--intervals \(intervals): use none or wilson") }
        if let m = matchWithin, days(m) == nil { throw ValidationError("--match-within \(m): give a number of days, e.g. 45d") }
        guard (0.5...0.999).contains(level) else { throw ValidationError("--level \(level): use a value such as 0.95") }
        guard alpha > 0, alpha < 0.5 else { throw ValidationError("--alpha \(alpha): use a value above 0 and below 0.5, such as 0.05") }
    }

    func days(_ text: String) -> Int? {
        let digits = text.hasSuffix("d") ? String(text.dropLast()) : text
        guard let n = Int(digits), n >= 0, n <= 3660 else { return nil }
        return n
    }

    public func run() throws {
        print(try render(options.format), terminator: "")
    }

    /// The result in `format`, as `run` prints it.
    public func render(_ format: OutputFormat) throws -> String {
        let dataset = try options.load()
        if let parent, dataset.category(parent) == nil {
            throw CommandError.usage("unknown category '\(parent)'; expected one of: \(dataset.categories.map(\.id).joined(separator: ", "))")
        }
        // The whole: --parent, else the default series (the one rule, `Dataset.defaultSeries`);
        // none for a tidy CSV of parts without a `total`, whose parts' sum is then the whole.
        let whole = try parent.flatMap(dataset.category) ?? DataErrors.selecting { try Self.defaultWhole(dataset) }
        let parentID = whole?.id ?? "total"
        var parts = category.isEmpty ? dataset.children(of: parentID).map(\.id) : category
        if parts.isEmpty, whole == nil { parts = dataset.categoriesWithData.map(\.id) }
        for id in parts where dataset.category(id) == nil {
            throw CommandError.usage("unknown category '\(id)'; expected one of: \(dataset.categories.map(\.id).joined(separator: ", "))")
        }
        guard !parts.isEmpty else {
            throw CommandError.usage("'\(parentID)' has no parts in the taxonomy; name them with --category")
        }
        guard parts.count <= Self.maximumParts else {
            throw CommandError.usage("'\(parentID)' has \(parts.count) parts; a breakdown compares at most \(Self.maximumParts) (BreakdownCommand.maximumParts): name the parts to compare with --category")
        }
        let withData = Set(dataset.observations.map(\.category))
        let noData = parts.filter { !withData.contains($0) }.compactMap { dataset.category($0) }
        let compared = parts.filter { withData.contains($0) }
        let selection = CompositionSelection(dataset: dataset, parent: parentID, parts: compared,
                                             range: DateRange(from: from, to: to), on: on,
                                             matchWithinDays: matchWithin.flatMap(days), policy: sourcePolicy)
        let report = BreakdownReport(dataset: dataset, selection: selection, level: level,
                                     intervals: intervals == "wilson", partsWithoutData: noData,
                                     caveats: dataset.caveats(for: [parentID] + parts, context: .breakdown, locale: "en"), alpha: alpha)
        return report.render(format)
    }

    /// The default series as the whole, or nil when the dataset names none and has several
    /// series (no `total`); a dataset with no rows, or naming a default it lacks, is refused.
    static func defaultWhole(_ dataset: Dataset) throws(NoDefaultSeries) -> Category? {
        do {
            return try dataset.defaultSeries()
        } catch where error.reason == .several {
            return nil
        }
    }
}
