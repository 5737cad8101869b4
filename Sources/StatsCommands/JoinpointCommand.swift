import ArgumentParser
import TallyCLI
import TallyData
import TallyReport
import TallyPrimitives
import TallyStats
#if canImport(Glibc)
import Glibc
#endif

public struct JoinpointCommand: ParsableCommand {
    public init() {}

    public static let configuration = CommandConfiguration(
        commandName: "joinpoint",
        abstract: "Segmented log-linear trends: where the growth rate changed, APC per segment and AAPC.",
        discussion: """
            Joinpoint regression as in NCI's Joinpoint program (Kim et al. 2000) on ln(count) against
            decimal years, for one series (the total by default). The number of joinpoints is chosen
            by WBIC unless --method says otherwise; the permutation test uses a fixed seed, so results
            repeat exactly, shows progress in a terminal, and stops cleanly on Ctrl-C.
            Example: stats joinpoint --method permutation --max-joinpoints 2
            """)

    @OptionGroup var options: DatasetOptions
    @OptionGroup var output: FormatOptions

    @Option(name: .long, help: "The category to analyse (default: the dataset's total).")
    var category: String?

    @Option(name: .long, help: "First date to include.")
    var from: PartialDate?

    @Option(name: .long, help: "Last date to include.")
    var to: PartialDate?

    @Option(name: .customLong("source-policy"), help: "prefer-original (default) or all.")
    var sourcePolicy: SourcePolicy = .preferOriginal

    @Option(name: .customLong("min-source"),
            help: "Keep only figures from sources at least this direct: original, primary_outlet, reprint or unverified (default: every figure).")
    var minSource: Source.Kind = .unverified

    @Flag(name: .customLong("allow-cumulative"), help: "Fit a cumulative count anyway (refused by default: it can only grow); a note says what its growth means.")
    var allowCumulative = false

    @Option(name: .customLong("min-joinpoints"), help: "Fewest joinpoints to consider.")
    var minJoinpoints = 0

    @Option(name: .customLong("max-joinpoints"), help: "Most joinpoints (default: NCI's rule from the number of observations).")
    var maxJoinpoints: Int?

    @Option(name: .long, help: "How to choose the number of joinpoints: wbic (default, as NCI's Joinpoint 5), bic, bic3 or permutation (Kim et al. 2000; slow with many joinpoints).")
    var method: JoinpointRegression.Method = .wbic

    @Option(name: .long, help: "Permutations per test.")
    var permutations = 4499

    @Option(name: .long, help: "Random seed of the permutation test (recorded in the output).")
    var seed: UInt64 = 20_261_128

    @Option(name: .long, help: "Overall significance level of the permutation tests.")
    var alpha = 0.05

    @Option(name: .customLong("min-end"), help: "Fewest observations between a joinpoint and either end.")
    var minEnd = 2

    @Option(name: .customLong("min-between"), help: "Fewest observations between two joinpoints.")
    var minBetween = 2

    @Option(name: .customLong("aapc-from"), help: "Start of the AAPC range (default: the first date).")
    var aapcFrom: PartialDate?

    @Option(name: .customLong("aapc-to"), help: "End of the AAPC range (default: the last date).")
    var aapcTo: PartialDate?

    @Option(name: .long, help: "Confidence level of the intervals.")
    var level = 0.95

    @Flag(name: .long, help: "No progress bar.")
    var quiet = false

    public func validate() throws {
        guard minJoinpoints >= 0, (maxJoinpoints ?? minJoinpoints) >= minJoinpoints else {
            throw ValidationError("--min-joinpoints must be >= 0 and <= --max-joinpoints")
        }
        let most = JoinpointRegression.maximumJoinpoints
        guard minJoinpoints <= most, (maxJoinpoints ?? 0) <= most else {
            throw ValidationError("--min-joinpoints and --max-joinpoints: at most \(most) joinpoints can be fitted")
        }
        let permutationLimit = JoinpointRegression.maximumPermutations
        guard permutations >= 99, permutations <= permutationLimit else {
            throw ValidationError("--permutations \(permutations): use 99 to \(permutationLimit)")
        }
        guard alpha > 0, alpha < 0.5 else { throw ValidationError("--alpha \(alpha): use a value such as 0.05") }
        let spacing = JoinpointRegression.maximumSpacing
        guard minEnd >= 1, minBetween >= 0, minEnd <= spacing, minBetween <= spacing else {
            throw ValidationError("--min-end must be 1 to \(spacing) and --min-between 0 to \(spacing)")
        }
        guard (0.5...0.999).contains(level) else { throw ValidationError("--level \(level) is outside 0.5...0.999; for a 95% interval type --level 0.95") }
    }

    public func run() throws {
        signal(SIGINT) { _ in JoinpointRegression.interrupted = 1 }
        print(try render(output.format), terminator: "")
    }

    public func render(_ format: OutputFormat) throws -> String {
        let dataset = try options.load()
        let chosen = try DataErrors.selecting { try category.map { try dataset.resolveCategory($0) } ?? defaultSeries(of: dataset) }
        let id = chosen.id
        let measureNote = try DataErrors.selecting { try MeasureRules.trend(of: chosen, allowCumulative: allowCumulative) }
        // One figure per date under any policy: the same count fitted three times on one date
        // would narrow every interval without new information.
        let model = ModelFigures(dataset, category: id, range: DateRange(from: from, to: to), policy: sourcePolicy,
                                 minimumSource: minSource)
        let series = model.series
        let kept = series.points.filter { $0.count > 0 }
        if kept.isEmpty {
            throw CommandError.data("\(id) has no published counts in this selection (no data, not zero)")
        }
        var o = JoinpointRegression.Options()
        o.minJoinpoints = minJoinpoints
        o.maxJoinpoints = maxJoinpoints
        o.method = method
        o.permutations = permutations
        o.seed = seed
        o.alpha = alpha
        o.minEnd = minEnd
        o.minBetween = minBetween
        o.level = level
        let showProgress = !quiet && isatty(2) != 0 && method == .permutation
        let bar: (@Sendable (Int, Int) -> Void)? = showProgress ? Self.progressBar : nil
        do {
            let r = try JoinpointRegression.fit(times: kept.map { $0.date.decimalYear }, counts: kept.map { Double($0.count) },
                                                options: o, aapcFrom: aapcFrom?.decimalYear, aapcTo: aapcTo?.decimalYear, progress: bar)
            if showProgress { FileHandleWriter.stderr("\r" + String(repeating: " ", count: 60) + "\r") }
            return JoinpointReport(series: series, regression: r, zerosExcluded: series.points.count - kept.count,
                                   dates: kept.map(\.date), notes: [measureNote].compactMap { $0 } + model.notes).render(format)
        } catch let failure as JoinpointRegression.Failure {
            if showProgress { FileHandleWriter.stderr("\n") }
            // Known from the flag the SIGINT handler set, not from the failure's wording.
            if JoinpointRegression.interrupted != 0 {
                throw CommandError(.interrupted, "no result", label: "interrupted")
            }
            throw CommandError.data(failure.message)
        }
    }
}

extension JoinpointCommand {
    /// The dataset's default series; when there is none, the refusal says what to type for this
    /// command, which fits one series and so has no --all.
    func defaultSeries(of dataset: Dataset) throws -> Category {
        let refusal: NoDefaultSeries
        do { return try dataset.defaultSeries() } catch { refusal = error }
        guard refusal.reason == .several else { throw refusal }
        let example = refusal.choices.first.map { ", e.g. --category \($0)" } ?? ""
        throw CommandError.usage("this dataset has no default series (no tally.default_category and no 'total' category); joinpoint fits one series: name it with --category\(example) (one of: \(ChoiceList.text(refusal.choices)))")
    }

    /// A one-line bar on stderr: [#####     ] done/total permutations.
    @Sendable static func progressBar(_ done: Int, _ total: Int) {
        let width = 30
        let filled = min(width, width * done / max(1, total))
        let bar = String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled)
        FileHandleWriter.stderr("\r[" + bar + "] \(min(done, total))/\(total) permutations")
    }
}

extension JoinpointRegression.Method: ExpressibleByArgument {}
