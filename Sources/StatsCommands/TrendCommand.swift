import ArgumentParser
import TallyData
import TallyReport
import TallyPrimitives
import TallyCLI
import TallyStats

public struct TrendCommand: ParsableCommand {
    public init() {}

    public static let configuration = CommandConfiguration(
        commandName: "trend",
        abstract: "Growth and trends with confidence intervals: OLS, log-linear APC, Poisson, Theil-Sen, Mann-Kendall.",
        discussion: """
            With no --category, the dataset's default series (docs/datasets.md).
            Example, the "six-fold in four years" claim:
              stats trend --from 2015-06 --to 2019-06
            """)

    @OptionGroup var options: DatasetOptions
    @OptionGroup var selection: SelectionOptions

    @Option(name: .long, help: "Confidence level of every interval, between 0.5 and 0.999.")
    var level: Double = 0.95

    @Option(name: .long, help: "Zero counts in the log-linear model: exclude (left out, reported) or refuse.")
    var zeros: ZeroCountPolicy = .exclude

    @Flag(name: .customLong("allow-cumulative"), help: ArgumentHelp(
        "Analyse a cumulative count's trend anyway (refused by default: it can only grow), with a note saying so.",
        discussion: "docs/selection-rules.md"))
    var allowCumulative = false

    @Flag(name: .long, help: "Print the formulas behind every statistic and exit.")
    var explain = false

    public func validate() throws {
        guard (0.5...0.999).contains(level) else {
            throw ValidationError("--level \(level) is outside 0.5...0.999; for a 95% interval type --level 0.95")
        }
    }

    public func run() throws {
        if explain {
            print(TrendReport.explanation)
            return
        }
        print(try render(options.format), terminator: "")
    }

    /// The result in `format`, as `run` prints it (the notebook runner calls this in-process).
    public func render(_ format: OutputFormat) throws -> String {
        let dataset = try options.load()
        let ids = try selection.categories(in: dataset, fallback: [try dataset.defaultSeries().id])
        let series = ids.map { dataset.series($0, range: selection.range, policy: selection.sourcePolicy, minimumSource: selection.minSource) }
        // A cumulative count is refused, or analysed with a note when --allow-cumulative insists.
        var caveats: [String: [String]] = [:]
        for s in series where caveats[s.category.id] == nil {
            let note = try DataErrors.selecting { try MeasureRules.trend(of: s.category, allowCumulative: allowCumulative) }
            caveats[s.category.id] = dataset.caveats(for: [s.category.id], context: .trend, locale: "en") + (note.map { [$0] } ?? [])
        }
        return TrendReport(dataset: dataset, series: series, level: level, zeros: zeros, caveats: caveats).render(format)
    }
}

extension ZeroCountPolicy: ExpressibleByArgument {}
