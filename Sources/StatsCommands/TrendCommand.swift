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
    @OptionGroup var output: FormatOptions
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
        print(try render(output.format), terminator: "")
    }

    /// The result in `format`, as `run` prints it (the notebook runner calls this in-process).
    public func render(_ format: OutputFormat) throws -> String {
        let dataset = try options.load()
        let ids = try selection.categories(in: dataset, fallback: [try dataset.defaultSeries().id])
        var notes: [String: [String]] = [:]
        for id in ids {
            guard let category = dataset.category(id) else { continue }
            if let note = try DataErrors.selecting({ try MeasureRules.trend(of: category, allowCumulative: allowCumulative) }) {
                notes[id, default: []].append(note)
            }
        }
        // Models fit one figure per date under any policy (no date counted twice); the
        // sentence saying how duplicates were resolved goes with the result.
        let models = ids.map { ModelFigures(dataset, category: $0, range: selection.range, policy: selection.sourcePolicy,
                                                   minimumSource: selection.minSource) }
        var duplicates: [String: String] = [:]
        var sensitivity: [String: TrendSensitivity] = [:]
        for m in models {
            let id = m.series.category.id
            if !m.notes.isEmpty { duplicates[id] = m.notes.joined(separator: " ") }
            sensitivity[id] = Self.withoutReprintsAndUnverified(m.series, in: dataset)
        }
        let caveats = Dictionary(ids.map { ($0, dataset.caveats(for: [$0], context: .trend, locale: "en")) }, uniquingKeysWith: { a, _ in a })
        return TrendReport(dataset: dataset, series: models.map(\.series), level: level, zeros: zeros, caveats: caveats,
                           sensitivity: sensitivity, duplicates: duplicates, selectionNotes: notes).render(format)
    }

    /// The trend again without reprints and unverified figures, when the series used some.
    /// Nil when nothing more direct remains (a tidy CSV's figures are all unverified): there is
    /// nothing to compare with, and a line without data would say nothing.
    static func withoutReprintsAndUnverified(_ series: TimeSeries, in dataset: Dataset) -> TrendSensitivity? {
        guard let stricter = dataset.withoutReprintsAndUnverified(series) else { return nil }
        let model = ModelFigures(dataset, category: series.category.id, range: series.range, policy: series.policy,
                                 minimumSource: stricter.minimumSource).series
        guard !model.points.isEmpty else { return nil }
        return TrendSensitivity(leftOut: "reprints and unverified figures", series: model)
    }
}

extension ZeroCountPolicy: ExpressibleByArgument {}
