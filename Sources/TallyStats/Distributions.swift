import CGSL

/// Distribution functions, all from GSL (`gsl_cdf_*`), never hand-written approximations.
public enum Distributions {
    /// Quantile of Student's t with `df` degrees of freedom: P(T <= q) = p.
    public static func tQuantile(_ p: Double, df: Double) -> Double { gsl_cdf_tdist_Pinv(p, df) }

    /// Two-sided p-value of a t statistic: P(|T| >= |t|).
    public static func tTwoSided(_ t: Double, df: Double) -> Double {
        2 * gsl_cdf_tdist_Q(abs(t), df)
    }

    /// Quantile of the standard normal.
    public static func normalQuantile(_ p: Double) -> Double { gsl_cdf_ugaussian_Pinv(p) }

    /// Two-sided p-value of a z statistic: P(|Z| >= |z|).
    public static func normalTwoSided(_ z: Double) -> Double { 2 * gsl_cdf_ugaussian_Q(abs(z)) }

    /// Upper tail of chi-square: P(X >= x).
    public static func chiSquareUpper(_ x: Double, df: Double) -> Double { gsl_cdf_chisq_Q(x, df) }

    /// Upper tail of F(d1, d2): P(F >= f).
    public static func fUpper(_ f: Double, d1: Double, d2: Double) -> Double { gsl_cdf_fdist_Q(f, d1, d2) }
}
