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

    public static func compute(times: [Double], values: [Double], level: Double) -> Computed<TheilSenSlope> {
        let n = times.count
        guard n >= 3 else { return .unavailable("needs at least 3 observations") }
        var slopes: [Double] = []
        slopes.reserveCapacity(n * (n - 1) / 2)
        for i in 0..<n {
            for j in 0..<n where times[j] > times[i] {
                slopes.append((values[j] - values[i]) / (times[j] - times[i]))
            }
        }
        guard !slopes.isEmpty else { return .unavailable("all observations are on the same date") }
        slopes.sort()
        let slope = median(sorted: slopes)
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
        let count = Double(slopes.count)
        let upperIndex = min(Int(((count - z * sigma) / 2).rounded(.toNearestOrEven)), slopes.count - 1)
        let lowerIndex = max(Int(((count + z * sigma) / 2).rounded(.toNearestOrEven)) - 1, 0)
        return .value(TheilSenSlope(
            n: n, slope: slope, intercept: intercept,
            interval: ConfidenceInterval(lower: slopes[lowerIndex], upper: slopes[upperIndex], level: level),
            pairs: slopes.count))
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
