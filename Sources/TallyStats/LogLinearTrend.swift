#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Exponential trend: ln(count) = a + b t + e by ordinary least squares, time in decimal years.
///
/// - annual percent change APC = 100 (e^b - 1) (`AnnualPercentChange`), its interval the t interval of b (n - 2 df) mapped
///   through the same function;
/// - doubling time ln 2 / b (years) when b > 0, halving time ln 2 / |b| when b < 0; its interval
///   is ln 2 over the ends of b's interval, unbounded (and so not given) when that interval
///   includes zero;
/// - R squared on the log scale.
/// Zero counts have no logarithm: `ZeroCountPolicy` says whether they are left out (with the
/// number left out reported) or the fit is refused. Checked against statsmodels OLS on ln(count).
public struct LogLinearTrend: Sendable, Equatable {
    public var n: Int
    public var zerosExcluded: Int
    public var slope: Double
    public var standardError: Double
    public var slopeInterval: ConfidenceInterval
    public var pValue: Double
    public var rSquared: Double

    public var annualPercentChange: Double { AnnualPercentChange.ofLogSlope(slope) }
    public var annualPercentChangeInterval: ConfidenceInterval { AnnualPercentChange.ofLogSlope(slopeInterval) }

    /// Years for the count to double (or halve, when falling).
    public var doublingTime: Double { log(2) / abs(slope) }

    public var doublingTimeInterval: Computed<ConfidenceInterval> {
        let lo = slopeInterval.lower, hi = slopeInterval.upper
        if lo > 0 { return .value(ConfidenceInterval(lower: log(2) / hi, upper: log(2) / lo, level: slopeInterval.level)) }
        if hi < 0 { return .value(ConfidenceInterval(lower: log(2) / -lo, upper: log(2) / -hi, level: slopeInterval.level)) }
        return .unavailable("the slope's interval includes zero, so the interval is unbounded")
    }

    public var isGrowing: Bool { slope > 0 }

    public static func compute(times: [Double], counts: [Double], level: Double,
                               zeros: ZeroCountPolicy) -> Computed<LogLinearTrend> {
        let zeroCount = counts.filter { $0 <= 0 }.count
        if zeroCount > 0, zeros == .refuse {
            return .unavailable("\(zeroCount) zero count\(zeroCount == 1 ? "" : "s") have no logarithm; use --zeros exclude to leave them out")
        }
        let kept = zip(times, counts).filter { $0.1 > 0 }
        guard kept.count >= 3 else {
            return .unavailable("needs at least 3 observations above zero" + (zeroCount > 0 ? " (\(zeroCount) zero counts left out)" : ""))
        }
        switch LinearTrend.compute(times: kept.map(\.0), values: kept.map { log($0.1) }, level: level) {
        case .unavailable(let reason): return .unavailable(reason)
        case .value(let fit):
            return .value(LogLinearTrend(n: kept.count, zerosExcluded: zeroCount, slope: fit.slope,
                                         standardError: fit.standardError, slopeInterval: fit.interval,
                                         pValue: fit.pValue, rSquared: fit.rSquared))
        }
    }
}
