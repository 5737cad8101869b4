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
    @OptionGroup var output: FormatOptions

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
        print(try render(output.format), terminator: "")
    }

    /// The result in `format`, as `run` prints it.
    public func render(_ format: OutputFormat) throws -> String {
        let dataset = try options.load()
        // Parts of one whole, one body, one measure (TallyData's rules, `Dataset.partsOfAWhole`):
        // --parent or the default series' parts; a tidy CSV of parts without a `total` takes
        // every category as a part and their sum as the whole; a header-only CSV is 'no rows' (65).
        let composition = try DataErrors.selecting { try dataset.partsOfAWhole(whole: parent, parts: category) }
        let partCount = composition.parts.count + composition.partsWithoutData.count
        guard partCount <= Self.maximumParts else {
            throw CommandError.usage("'\(composition.wholeID ?? PartsOfAWhole.sumOfPartsLabel)' has \(partCount) parts; a breakdown compares at most \(Self.maximumParts) (BreakdownCommand.maximumParts): name the parts to compare with --category")
        }
        let noData = composition.partsWithoutData
        let selection = CompositionSelection(dataset: dataset, composition: composition,
                                             range: DateRange(from: from, to: to), on: on,
                                             matchWithinDays: matchWithin.flatMap(days), policy: sourcePolicy)
        let report = BreakdownReport(dataset: dataset, selection: selection, level: level,
                                     intervals: intervals == "wilson", partsWithoutData: noData,
                                     caveats: dataset.caveats(for: [composition.wholeID].compactMap { $0 } + (composition.parts + noData).map(\.id),
                                                              context: .breakdown, locale: "en"), alpha: alpha)
        return report.render(format)
    }
}
