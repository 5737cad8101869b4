#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The Mann-Kendall test for a monotonic trend, on the counts in date order.
///
/// Convention pinned to pymannkendall's `original_test` (Hussain and Mahmud 2019):
/// - S = sum over i < j of sign(y_j - y_i);
/// - Var(S) = [n(n-1)(2n+5) - sum over tied groups of y of t(t-1)(2t+5)] / 18;
/// - z = (S - 1)/sqrt(Var S) if S > 0, (S + 1)/sqrt(Var S) if S < 0, else 0 (continuity correction);
/// - two-sided p = 2 (1 - Phi(|z|));
/// - tau = S / (n(n-1)/2) (Kendall's tau-a).
/// The normal approximation is rough below about 10 observations; results say so.
public struct MannKendallTest: Sendable, Equatable {
    public var n: Int
    public var s: Int
    public var varianceS: Double
    public var z: Double
    public var pValue: Double
    public var tau: Double

    public static func compute(values: [Double]) -> Computed<MannKendallTest> {
        let n = values.count
        guard n >= 3 else { return .unavailable("needs at least 3 observations") }
        let s = kendallScore(values)
        let nn = Double(n)
        var v = nn * (nn - 1) * (2 * nn + 5)
        for t in tieGroupSizes(values) {
            let tt = Double(t)
            v -= tt * (tt - 1) * (2 * tt + 5)
        }
        v /= 18
        guard v > 0 else { return .unavailable("every count is the same") }
        let z: Double = s > 0 ? Double(s - 1) / v.squareRoot() : (s < 0 ? Double(s + 1) / v.squareRoot() : 0)
        return .value(MannKendallTest(n: n, s: s, varianceS: v, z: z,
                                      pValue: Distributions.normalTwoSided(z),
                                      tau: Double(s) / (nn * (nn - 1) / 2)))
    }
}

/// S = sum over i < j of sign(y_j - y_i), in O(n log n): the pairs that fall (inversions, counted
/// by merge sort) and the tied pairs are counted, and the rest rise.
func kendallScore(_ values: [Double]) -> Int {
    let n = values.count
    let falling = countInversions(values, isBelow: { $0 < $1 })
    let tied = tieGroupSizes(values).reduce(0) { $0 + $1 * ($1 - 1) / 2 }
    let rising = n * (n - 1) / 2 - falling - tied
    return rising - falling
}
