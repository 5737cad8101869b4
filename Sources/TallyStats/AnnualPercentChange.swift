#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The annual percent change (APC) that a slope on the log scale stands for: the one formula
/// behind every APC and AAPC Tally reports (log-linear trend, Poisson and quasi-Poisson trends,
/// joinpoint segments and their average).
///
///     APC = 100 (e^b - 1)
///
/// - b is the slope of the natural logarithm of the expected count per year, time in decimal
///   years (a model ln E[count] = a + b t, or ln(count) = a + b t + e fitted by least squares);
/// - the APC is in percent per year: each year multiplies the count by e^b = 1 + APC / 100, so
///   b = ln(1 + APC / 100). It is not the small-slope approximation 100 b (10% at b = 0.1, where
///   the APC is 10.52%);
/// - an interval of b maps to an interval of the APC through the same function, which is
///   increasing, so the ends map to the ends (NCI's Joinpoint program does the same);
/// - an average APC over several segments (AAPC) is this function of the segments' slopes
///   averaged with weights equal to their lengths in years, never an average of their APCs.
///
/// It is computed as written, 100 * (exp(b) - 1), not through expm1, so that the figures stay
/// those Tally has always printed: the two differ by one rounding of e^b, about 10^-14 percentage
/// points near b = 0, which matters only for an APC itself that small.
public enum AnnualPercentChange {
    /// The APC, in percent per year, of a log-scale slope b per year.
    public static func ofLogSlope(_ b: Double) -> Double { 100 * (exp(b) - 1) }

    /// The APC interval of an interval of the log-scale slope (same level).
    public static func ofLogSlope(_ interval: ConfidenceInterval) -> ConfidenceInterval {
        interval.map { ofLogSlope($0) }
    }
}
