import TallyData
import TallyStats

/// The figures of `stats breakdown`, each described once: a part's count and share on a date,
/// a date's whole, a part's change between the first and last date, and the chi-square test.
/// The wide table, the long CSV and the nested JSON of `BreakdownReport` are derived from these.
enum BreakdownColumns {
    /// One part (or the unattributed remainder) on one date.
    struct Cell: Sendable {
        var row: CompositionBreakdown.DateRow
        var category: String
        var count: Double
        var share: Double
        var interval: ConfidenceInterval?
    }

    static func percent(_ share: Double) -> String { NumberText.fixed(share * 100, 1) + "%" }

    static func cells(_ r: CompositionBreakdown.DateRow, parts: [String]) -> [Cell] {
        parts.enumerated().map { j, p in
            Cell(row: r, category: p, count: r.counts[j], share: r.shares[j], interval: r.intervals?[j])
        }
    }

    static func unattributed(_ r: CompositionBreakdown.DateRow) -> Cell? {
        r.unattributed.map { Cell(row: r, category: "unattributed", count: $0, share: r.unattributedShare ?? 0, interval: nil) }
    }

    /// A cell's count and share; people read the share with its interval in brackets.
    static let cell = DataLayout<Cell>([
        DataColumn(header: nil, csv: "date", json: nil) { .text($0.row.label) },
        DataColumn(header: nil, csv: "category", json: "category") { .text($0.category) },
        DataColumn(header: "count", csv: "count", json: "count", .right) { .number($0.count, NumberText.integer) },
        DataColumn(header: "share", csv: "share", json: "share", .right) { c in
            var text = percent(c.share)
            if let ci = c.interval { text += " [\(NumberText.fixed(ci.lower * 100, 1)), \(NumberText.fixed(ci.upper * 100, 1))]" }
            return Figure.number(c.share) { _ in text }
        },
        DataColumn(header: nil, csv: "share_lower", json: nil) { .number($0.interval?.lower) { "\($0)" } },
        DataColumn(header: nil, csv: "share_upper", json: nil) { .number($0.interval?.upper) { "\($0)" } },
        DataColumn(header: nil, csv: nil, json: "interval") { c in
            Figure(json: c.interval.map(StatisticInterval.json) ?? .null, csv: "", text: "")
        },
        DataColumn(header: nil, csv: "whole", json: nil) { .number($0.row.whole, NumberText.integer) },
        DataColumn(header: nil, csv: "whole_is_sum", json: nil) { .flag($0.row.wholeIsSumOfParts) },
    ])

    /// A date and its whole ("(sum)" when the parts' sum stands in for it).
    static func date(parent: String) -> DataLayout<CompositionBreakdown.DateRow> {
        DataLayout([
            DataColumn(header: "date", csv: nil, json: "date") { .text($0.label) },
            DataColumn(header: parent, csv: nil, json: "whole", .right) { r in
                Figure.number(r.whole) { NumberText.integer($0) + (r.wholeIsSumOfParts ? " (sum)" : "") }
            },
            DataColumn(header: nil, csv: nil, json: "whole_is_sum_of_parts") { .flag($0.wholeIsSumOfParts) },
        ])
    }

    /// A part's change from the first to the last date, and its share of the whole's change.
    /// When contributions are unstable the column says so instead of giving them (the JSON keeps
    /// the numbers, flagged by `contributions_unstable`).
    static func change(unstable: Bool) -> DataLayout<CompositionBreakdown.Change> { DataLayout([
        DataColumn(header: "category", csv: nil, json: "category") { .text($0.part) },
        DataColumn(header: "first", csv: nil, json: "first", .right) { .number($0.first, NumberText.integer) },
        DataColumn(header: "last", csv: nil, json: "last", .right) { .number($0.last, NumberText.integer) },
        DataColumn(header: "change", csv: nil, json: "absolute", .right) {
            .number($0.absolute) { ($0 > 0 ? "+" : "") + NumberText.integer($0) }
        },
        DataColumn(header: "fold", csv: nil, json: "fold", .right) {
            .number($0.fold, missing: "-") { NumberText.significant($0, 3) + "x" }
        },
        DataColumn(header: "share change", csv: nil, json: "share_change_points", .right) {
            .number($0.shareChangePoints) { ($0 > 0 ? "+" : "") + NumberText.fixed($0, 1) + " pp" }
        },
        DataColumn(header: "contribution", csv: nil, json: "contribution", .right) {
            let c = Figure.number($0.contribution, missing: "-", percent)
            return unstable ? c.shown(as: "unstable") : c
        },
    ]) }

    /// The chi-square test of homogeneity across dates and categories.
    static func chiSquare(_ test: Computed<ChiSquareHomogeneity>, alpha: Double) -> StatisticGroup {
        StatisticGroup(key: "chi_square", test, label: "chi-square test", statisticKey: "chi_square", n: nil) { t in [
            .statistic(Statistic(
                key: "chi_square", label: "chi-square test of homogeneity", estimate: t.statistic,
                unit: .plain(digits: 6, intervalDigits: 6), p: t.pValue,
                details: ["df": .count(t.degreesOfFreedom), "dates": .count(t.rowsUsed), "categories": .count(t.columnsUsed),
                          "minimum_expected": .number(t.minimumExpected) { NumberText.significant($0, 3) },
                          "continuity_correction": .flag(false), "alpha": .number(alpha) { NumberText.significant($0, 3) },
                          "changed": .flag(t.pValue < alpha)],
                json: [.estimate("statistic"), .detail("df"), .p("p_value"), .detail("dates"), .detail("categories"),
                       .detail("minimum_expected"), .detail("continuity_correction"), .detail("alpha"), .detail("changed")])),
        ] }
    }
}
