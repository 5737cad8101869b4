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
