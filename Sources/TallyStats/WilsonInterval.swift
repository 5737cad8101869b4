/// The Wilson score interval for a proportion x/n (Wilson 1927), as statsmodels'
/// `proportion_confint(x, n, method="wilson")`:
///   centre = (p + z^2/(2n)) / (1 + z^2/n),
///   half-width = z / (1 + z^2/n) * sqrt(p(1-p)/n + z^2/(4n^2)),
/// with p = x/n and z the normal quantile of 1 - (1 - level)/2.
public enum WilsonInterval {
    public static func compute(successes x: Double, trials n: Double, level: Double) -> Computed<ConfidenceInterval> {
        guard n > 0 else { return .unavailable("no trials") }
        guard x >= 0, x <= n else { return .unavailable("the count is outside 0...n") }
        let z = Distributions.normalQuantile(1 - (1 - level) / 2)
        let p = x / n
        let z2 = z * z
        let denominator = 1 + z2 / n
        let centre = (p + z2 / (2 * n)) / denominator
        let half = z / denominator * (p * (1 - p) / n + z2 / (4 * n * n)).squareRoot()
        return .value(ConfidenceInterval(lower: centre - half, upper: centre + half, level: level))
    }
}
