import TallyData
import TallyPrimitives
import TallyStats

/// What `stats joinpoint` prints: the selected model's segments with their APCs, the AAPC, and
/// how the number of joinpoints was chosen.
public struct JoinpointReport: Sendable {
    public var series: TimeSeries
    public var regression: JoinpointRegression
    public var zerosExcluded: Int
    /// The observations used (after zeros were left out), for dates.
    public var dates: [PartialDate]

    public init(series: TimeSeries, regression: JoinpointRegression, zerosExcluded: Int, dates: [PartialDate]) {
        self.series = series
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

    public var headline: String {
        let parts = regression.segments.map { s in
            "\(NumberText.percent(s.apc)) a year from \(dates[s.startIndex]) to \(dates[s.endIndex])"
        }
        return "\(series.category.label("en")): \(regression.selected) joinpoint\(regression.selected == 1 ? "" : "s"); " + parts.joined(separator: ", then ") + "."
    }

    public func tables() -> [ReportTable] {
        let r = regression
        let level = NumberText.percentLevel(r.options.level)
        let segmentRows = r.segments.enumerated().map { i, s in
            [String(i + 1), dates[s.startIndex].description, dates[s.endIndex].description,
             NumberText.percent(s.apc), NumberText.interval(s.apcInterval.lower, s.apcInterval.upper, suffix: "%"),
             NumberText.pValue(s.pValue)]
        }
        var notes = [headline]
        notes.append("AAPC \(dates.first.map { _ in "" } ?? "")from \(NumberText.significant(r.aapc.from, 6)) to \(NumberText.significant(r.aapc.to, 6)) (decimal years): \(NumberText.percent(r.aapc.value)) a year, \(level) CI \(NumberText.interval(r.aapc.interval.lower, r.aapc.interval.upper, suffix: "%")), p \(NumberText.pValue(r.aapc.pValue)).")
        notes.append("Model: ln(count) = b0 + b1 t + sum d_j (t - tau_j)+, joinpoints at observed dates, at least \(r.options.minEnd) observations from each end and \(r.options.minBetween) between joinpoints; \(r.placementsFitted.enumerated().map { "\($0.element) placement\($0.element == 1 ? "" : "s") for \($0.offset) joinpoint\($0.offset == 1 ? "" : "s")" }.joined(separator: ", ")); smallest SSE (\(NumberText.significant(r.sse, 6))) wins.")
        notes.append("Number of joinpoints (\(r.options.minJoinpoints) to \(r.maximumUsed)) chosen by \(methodText).")
        notes.append("Intervals: t with \(r.degreesOfFreedom) df (n - 2k - 2), conditional on the joinpoints; APC = 100(e^slope - 1).")
        if zerosExcluded > 0 { notes.append("\(zerosExcluded) zero count\(zerosExcluded == 1 ? "" : "s") left out (no logarithm).") }
        notes.append("Time: decimal years; a date given to the month or year stands for the middle of that period.")
        var tables = [ReportTable(title: "Joinpoint regression: \(series.category.label("en")) [\(series.category.id)], \(dates.count) observations",
                                  columns: [.init("segment"), .init("from", .left), .init("to", .left), .init("APC"), .init("\(level) interval"), .init("p")],
                                  rows: segmentRows, notes: notes)]
        if r.options.method == .permutation, !r.tests.isEmpty {
            tables.append(ReportTable(title: "Permutation tests",
                                      columns: [.init("H0: k"), .init("H1: k"), .init("statistic"), .init("p"), .init("reject below"), .init("result", .left)],
                                      rows: r.tests.map { t in
                                          [String(t.nullJoinpoints), String(t.alternativeJoinpoints), NumberText.significant(t.statistic, 5),
                                           NumberText.fixed(t.pValue, 4), NumberText.significant(t.threshold, 3), t.rejected ? "rejected" : "kept"]
                                      }))
        }
        tables.append(ReportTable(title: "Fit by number of joinpoints",
                                  columns: [.init("k"), .init("SSE"), .init("BIC"), .init("BIC3"), .init("WBIC")],
                                  rows: r.criteria.map { c in
                                      [String(c.joinpoints), NumberText.significant(c.sse, 6), NumberText.fixed(c.bic, 4),
                                       NumberText.fixed(c.bic3, 4), NumberText.fixed(c.wbic, 4)]
                                  }))
        return tables
    }

    public func render(_ format: OutputFormat) -> String {
        switch format {
        case .json: return json().serialized()
        case .csv:
            var out = "segment,from,to,apc,lower,upper,p_value,slope,standard_error\n"
            for (i, s) in regression.segments.enumerated() {
                out += "\(i + 1),\(dates[s.startIndex]),\(dates[s.endIndex]),\(s.apc),\(s.apcInterval.lower),\(s.apcInterval.upper),\(s.pValue),\(s.slope),\(s.standardError)\n"
            }
            return out
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
            ("segments", .array(r.segments.map { s in
                .object([("from", .string(dates[s.startIndex].description)), ("to", .string(dates[s.endIndex].description)),
                         ("slope", .number(s.slope)), ("standard_error", .number(s.standardError)),
                         ("apc", .number(s.apc)), ("apc_interval", TrendReport.interval(s.apcInterval)), ("p_value", .number(s.pValue))])
            })),
            ("aapc", .object([("from", .number(r.aapc.from)), ("to", .number(r.aapc.to)), ("value", .number(r.aapc.value)),
                              ("interval", TrendReport.interval(r.aapc.interval)), ("p_value", .number(r.aapc.pValue))])),
            ("tests", .array(r.tests.map { t in
                .object([("null_joinpoints", .int(t.nullJoinpoints)), ("alternative_joinpoints", .int(t.alternativeJoinpoints)),
                         ("statistic", .number(t.statistic)), ("p_value", .number(t.pValue)), ("threshold", .number(t.threshold)),
                         ("rejected", .bool(t.rejected))])
            })),
            ("criteria", .array(r.criteria.map { c in
                .object([("joinpoints", .int(c.joinpoints)), ("sse", .number(c.sse)), ("bic", .number(c.bic)), ("bic3", .number(c.bic3)),
                         ("wbic", .number(c.wbic)), ("r2_max", .optional(c.r2max))])
            })),
        ])
    }
}
