import TallyData
import TallyPrimitives
import TallyStats

/// What `stats joinpoint` prints: the selected model's segments with their APCs, the AAPC, and
/// how the number of joinpoints was chosen. The figures are described once (`JoinpointColumns`).
public struct JoinpointReport: Sendable {
    public var series: TimeSeries
    public var regression: JoinpointRegression
    public var zerosExcluded: Int
    /// The observations used (after zeros were left out), for dates.
    public var dates: [PartialDate]
    /// Sentences every format must carry (why a cumulative count was fitted anyway, how several
    /// figures on one date were made one), in the caller's words.
    public var selectionNotes: [String]

    public init(series: TimeSeries, regression: JoinpointRegression, zerosExcluded: Int, dates: [PartialDate],
                notes: [String] = []) {
        self.series = series
        self.selectionNotes = notes
        self.regression = regression
        self.zerosExcluded = zerosExcluded
        self.dates = dates
    }

    var methodText: String {
        let o = regression.options
        switch o.method {
        case .permutation:
            return "sequential permutation test (Kim et al. 2000), \(o.permutations) permutations, seed \(o.seed), overall alpha \(NumberText.significant(o.alpha, 3))"
        case .bic: return "BIC, penalty (2k + 2) ln(n)/n"
        case .bic3: return "BIC3, penalty (3k + 2) ln(n)/n"
        case .wbic: return "weighted BIC, penalty ((2 + R2max) k + 2) ln(n)/n"
        }
    }

    /// The segments as statistics, in order.
    public var segments: [Statistic] { JoinpointColumns.segments(regression, dates: dates) }

    public var headline: String {
        let parts = regression.segments.map { s in
            "\(NumberText.percent(s.apc)) a year from \(dates[s.startIndex]) to \(dates[s.endIndex])"
        }
        return "\(series.category.label("en")): \(regression.selected) joinpoint\(regression.selected == 1 ? "" : "s"); " + parts.joined(separator: ", then ") + "."
    }

    var notes: [String] {
        let r = regression
        let level = NumberText.percentLevel(r.options.level)
        let aapc = JoinpointColumns.aapc(r.aapc)
        let aapcCI = StatisticColumn("", .interval).text(aapc)
        var notes = [headline] + selectionNotes
        notes.append("AAPC from \(NumberText.significant(r.aapc.from, 6)) to \(NumberText.significant(r.aapc.to, 6)) (decimal years): \(NumberText.percent(r.aapc.value)) a year, \(level) CI \(aapcCI), p \(NumberText.pValue(r.aapc.pValue)).")
        notes.append("Model: ln(count) = b0 + b1 t + sum d_j (t - tau_j)+, joinpoints at observed dates, at least \(r.options.minEnd) observations from each end and \(r.options.minBetween) between joinpoints; \(r.placementsFitted.enumerated().map { "\($0.element) placement\($0.element == 1 ? "" : "s") for \($0.offset) joinpoint\($0.offset == 1 ? "" : "s")" }.joined(separator: ", ")); smallest SSE (\(NumberText.significant(r.sse, 6))) wins.")
        notes.append("Number of joinpoints (\(r.options.minJoinpoints) to \(r.maximumUsed)) chosen by \(methodText).")
        notes.append("Intervals: t with \(r.degreesOfFreedom) df (n - 2k - 2), conditional on the joinpoints; APC = 100(e^slope - 1).")
        if zerosExcluded > 0 { notes.append("\(zerosExcluded) zero count\(zerosExcluded == 1 ? "" : "s") left out (no logarithm).") }
        notes.append("Time: decimal years; a date given to the month or year stands for the middle of that period.")
        return notes
    }

    public func tables() -> [ReportTable] {
        let r = regression
        let layout = JoinpointColumns.segmentTable(level: r.options.level)
        var tables = [ReportTable(title: "Joinpoint regression: \(series.category.label("en")) [\(series.category.id)], \(dates.count) observations",
                                  columns: layout.tableColumns, rows: layout.rows(segments), notes: notes)]
        if r.options.method == .permutation, !r.tests.isEmpty {
            let test = JoinpointColumns.test
            tables.append(ReportTable(title: "Permutation tests", columns: test.tableColumns, rows: test.rows(r.tests)))
        }
        let criterion = JoinpointColumns.criterion
        tables.append(ReportTable(title: "Fit by number of joinpoints", columns: criterion.tableColumns, rows: criterion.rows(r.criteria)))
        return tables
    }

    public func render(_ format: OutputFormat) -> String {
        switch format {
        case .json: return json().serialized()
        case .csv:
            // The notes as rows named `note` (text in the next cell, the rest empty, every row as
            // wide as the header), so that a CSV reader who never sees the table still reads them.
            let width = JoinpointColumns.segmentCSV.columns.count
            let noteRows = selectionNotes.map { (["note", $0] + Array(repeating: "", count: width - 2)).map(CSVField.encode).joined(separator: ",") + "\n" }.joined()
            return JoinpointColumns.segmentCSV.csvHeader + JoinpointColumns.segmentCSV.csvLines(segments) + noteRows
        default: return tables().map { $0.render(format) }.joined(separator: "\n")
        }
    }

    public func json() -> JSONValue {
        let r = regression
        return .object([
            ("category", .string(series.category.id)),
            ("n", .int(dates.count)),
            ("zeros_excluded", .int(zerosExcluded)),
            ("method", .string(r.options.method.rawValue)),
            ("permutations", r.options.method == .permutation ? .int(r.options.permutations) : .null),
            ("seed", r.options.method == .permutation ? .string(String(r.options.seed)) : .null),
            ("alpha", .number(r.options.alpha)),
            ("min_joinpoints", .int(r.options.minJoinpoints)),
            ("max_joinpoints", .int(r.maximumUsed)),
            ("min_end", .int(r.options.minEnd)),
            ("min_between", .int(r.options.minBetween)),
            ("selected_joinpoints", .int(r.selected)),
            ("joinpoints", .array(r.joinpoints.map { j in .object([("date", .string(dates[j].description)), ("decimal_year", .number(r.times[j]))]) })),
            ("sse", .number(r.sse)),
            ("degrees_of_freedom", .int(r.degreesOfFreedom)),
            ("coefficients", .array(r.coefficients.map { .number($0) })),
            ("segments", .array(segments.map { .object($0.jsonMembers) })),
            ("aapc", .object(JoinpointColumns.aapc(r.aapc).jsonMembers)),
            ("tests", .array(r.tests.map(JoinpointColumns.test.json))),
            ("criteria", .array(r.criteria.map(JoinpointColumns.criterion.json))),
            ("notes", .array(selectionNotes.map { .string($0) })),
        ])
    }
}
