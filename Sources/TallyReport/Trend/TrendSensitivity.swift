import TallyData
import TallyStats

/// The same trend without some figures (e.g. reprints and unverified ones), so that a reader
/// sees whether the result rests on them. The caller chooses what to leave out and gives the
/// series without it; the report fits the log-linear trend again and says both.
public struct TrendSensitivity: Sendable {
    /// What was left out, in words after "Without": "reprints and unverified figures".
    public var leftOut: String
    /// The series without those figures.
    public var series: TimeSeries

    public init(leftOut: String, series: TimeSeries) {
        self.leftOut = leftOut
        self.series = series
    }

    func analysis(level: Double, zeros: ZeroCountPolicy) -> TrendAnalysis {
        TrendAnalysis(times: series.times, counts: series.counts, level: level, zeros: zeros)
    }

    /// "Without reprints and unverified figures: +41.2% a year (log-linear APC over 9
    /// observations, 95% CI [...]), against +45.2% a year with them."
    func sentence(level: Double, zeros: ZeroCountPolicy, withThem: Computed<LogLinearTrend>) -> String {
        let head = "Without \(leftOut): "
        switch analysis(level: level, zeros: zeros).logLinear {
        case .value(let l):
            let ci = l.annualPercentChangeInterval
            var s = head + "\(NumberText.percent(l.annualPercentChange)) a year (log-linear APC over \(l.n) observation\(l.n == 1 ? "" : "s"), \(NumberText.percentLevel(level)) CI \(NumberText.interval(ci.lower, ci.upper, suffix: "%")))"
            if let w = withThem.value { s += ", against \(NumberText.percent(w.annualPercentChange)) a year with them" }
            return s + "."
        case .unavailable(let r):
            return head + "\(series.points.count) observation\(series.points.count == 1 ? "" : "s") remain; the log-linear APC is not computed (\(r))."
        }
    }

    func json(level: Double, zeros: ZeroCountPolicy) -> JSONValue {
        let n = series.points.count
        return .object([
            ("left_out", .string(leftOut)), ("n", .int(n)),
            ("log_linear", TrendStatistics.logLinear(analysis(level: level, zeros: zeros).logLinear, n: n).json),
        ])
    }
}
