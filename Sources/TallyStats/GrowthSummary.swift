#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Change between the first and last observation of a series.
///
/// - absolute change = last - first;
/// - fold change = last / first;
/// - compound annual growth rate CAGR = (last / first)^(1 / years) - 1, where years is the
///   elapsed time between the two dates in decimal years (dates at their own precision, see
///   `PartialDate.decimalYear`), so irregular spacing is used as it is.
public struct GrowthSummary: Sendable, Equatable {
    public var n: Int
    public var firstTime: Double
    public var lastTime: Double
    public var firstCount: Double
    public var lastCount: Double

    public var years: Double { lastTime - firstTime }
    public var absoluteChange: Double { lastCount - firstCount }

    public var foldChange: Computed<Double> {
        firstCount > 0 ? .value(lastCount / firstCount) : .unavailable("the first count is zero")
    }

    public var compoundAnnualGrowthRate: Computed<Double> {
        guard firstCount > 0 else { return .unavailable("the first count is zero") }
        guard lastCount > 0 else { return .unavailable("the last count is zero") }
        guard years > 0 else { return .unavailable("the first and last dates are the same") }
        return .value(pow(lastCount / firstCount, 1 / years) - 1)
    }

    /// Needs two observations; `times` must be sorted.
    public static func compute(times: [Double], counts: [Double]) -> Computed<GrowthSummary> {
        guard times.count >= 2 else { return .unavailable("needs at least 2 observations") }
        return .value(GrowthSummary(n: times.count, firstTime: times[0], lastTime: times[times.count - 1],
                                    firstCount: counts[0], lastCount: counts[counts.count - 1]))
    }
}
