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

/// A confidence interval and its level (0.95 for 95%).
public struct ConfidenceInterval: Sendable, Hashable {
    public var lower: Double
    public var upper: Double
    public var level: Double

    public init(lower: Double, upper: Double, level: Double) {
        self.lower = lower
        self.upper = upper
        self.level = level
    }

    /// Estimate ± the t quantile times the standard error.
    public static func t(estimate: Double, standardError: Double, df: Double, level: Double) -> ConfidenceInterval {
        let q = Distributions.tQuantile(0.5 + level / 2, df: df)
        return ConfidenceInterval(lower: estimate - q * standardError, upper: estimate + q * standardError, level: level)
    }

    /// Estimate ± the normal quantile times the standard error (Wald).
    public static func wald(estimate: Double, standardError: Double, level: Double) -> ConfidenceInterval {
        let q = Distributions.normalQuantile(0.5 + level / 2)
        return ConfidenceInterval(lower: estimate - q * standardError, upper: estimate + q * standardError, level: level)
    }

    /// The interval mapped through an increasing function.
    public func map(_ f: (Double) -> Double) -> ConfidenceInterval {
        ConfidenceInterval(lower: f(lower), upper: f(upper), level: level)
    }
}

/// A statistic, or the reason it could not be computed ("needs at least 3 observations").
public enum Computed<Value: Sendable>: Sendable {
    case value(Value)
    case unavailable(String)

    public var value: Value? {
        if case .value(let v) = self { return v }
        return nil
    }

    public var reason: String? {
        if case .unavailable(let r) = self { return r }
        return nil
    }
}

extension Computed: Equatable where Value: Equatable {}
