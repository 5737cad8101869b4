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
        var s = 0
        for i in 0..<n {
            for j in (i + 1)..<n {
                if values[j] > values[i] { s += 1 } else if values[j] < values[i] { s -= 1 }
            }
        }
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
