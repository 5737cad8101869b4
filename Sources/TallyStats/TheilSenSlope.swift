#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Theil-Sen slope: the median of the slopes (y_j - y_i) / (t_j - t_i) over all pairs with
/// t_j > t_i, in people per year, with the confidence interval of Sen (1968, eq. 2.6).
///
/// Convention pinned to scipy's `scipy.stats.theilslopes` (method 'separate'), so the numbers
/// can be reproduced there exactly:
/// - intercept = median(y) - slope * median(t);
/// - sigma^2 = [n(n-1)(2n+5) - sum over tied groups in t and in y of k(k-1)(2k+5)] / 18;
/// - with N pair slopes sorted and z the normal quantile of (1 - level)/2 (negative),
///   the interval is slopes[round((N + z sigma)/2) - 1] to slopes[round((N - z sigma)/2)],
///   each index clamped to the array, `round` halving to even as numpy does.
public struct TheilSenSlope: Sendable, Equatable {
    public var n: Int
    public var slope: Double
    public var intercept: Double
    public var interval: ConfidenceInterval
    public var pairs: Int

    /// The most observations in one series: the slopes are ranked in O(n log n) (`PairwiseSlopes`),
    /// but a series lying exactly on a straight line needs one O(n^2) pass (about 2 s at this
    /// size). Longer series get no Theil-Sen slope, with this limit as the reason.
    public static let maximumObservations = 50_000

    /// The largest magnitude of a time or value: beyond it the exact ranking could overflow.
    public static let maximumMagnitude = 1e150

    public static func compute(times: [Double], values: [Double], level: Double) -> Computed<TheilSenSlope> {
        let n = times.count
        guard n >= 3 else { return .unavailable("needs at least 3 observations") }
        guard n <= maximumObservations else {
            return .unavailable("Theil-Sen takes at most \(maximumObservations) observations (has \(n)); select a shorter range with --from/--to")
        }
        guard times.count == values.count, (times + values).allSatisfy({ $0.isFinite && abs($0) <= maximumMagnitude }) else {
            return .unavailable("times and values must be finite and within ±1e150")
        }
        let pairs = PairwiseSlopes(times: times, values: values)
        let count = pairs.pairCount
        guard count > 0 else { return .unavailable("all observations are on the same date") }
        let middle = count % 2 == 1 ? [count / 2] : [count / 2 - 1, count / 2]
        guard let mids = pairs.select(middle) else { return .unavailable("the pairwise slopes could not be ranked exactly") }
        let slope = mids.count == 1 ? mids[0] : (mids[0] + mids[1]) / 2
        let intercept = median(sorted: values.sorted()) - slope * median(sorted: times.sorted())

        let z = Distributions.normalQuantile((1 - level) / 2)
        let nn = Double(n)
        var sigma2 = nn * (nn - 1) * (2 * nn + 5)
        for k in tieGroupSizes(times) + tieGroupSizes(values) {
            let kk = Double(k)
            sigma2 -= kk * (kk - 1) * (2 * kk + 5)
        }
        sigma2 /= 18
        let sigma = sigma2.squareRoot()
        let total = Double(count), spread = z * sigma
        guard spread.isFinite, abs(spread) <= 4 * total else { return .unavailable("no interval at level \(level)") }
        let upperIndex = min(max(Int(((total - spread) / 2).rounded(.toNearestOrEven)), 0), count - 1)
        let lowerIndex = min(max(Int(((total + spread) / 2).rounded(.toNearestOrEven)) - 1, 0), count - 1)
        guard let bounds = pairs.select([lowerIndex, upperIndex]) else {
            return .unavailable("the pairwise slopes could not be ranked exactly")
        }
        return .value(TheilSenSlope(
            n: n, slope: slope, intercept: intercept,
            interval: ConfidenceInterval(lower: bounds[0], upper: bounds[1], level: level),
            pairs: count))
    }
}

/// The median of a sorted array (mean of the middle two for an even count).
func median(sorted a: [Double]) -> Double {
    let m = a.count / 2
    return a.count % 2 == 1 ? a[m] : (a[m - 1] + a[m]) / 2
}

/// Sizes of the groups of equal values that have more than one member.
func tieGroupSizes(_ values: [Double]) -> [Int] {
    var counts: [Double: Int] = [:]
    for v in values { counts[v, default: 0] += 1 }
    return counts.values.filter { $0 > 1 }.sorted()
}
