/// Straight-line trend of the count on time: count = a + b t + e, by ordinary least squares
/// (`LinearLeastSquares`, with time centred on its mean for conditioning).
///
/// Reports the slope b in people per year, its standard error, a t interval on n - 2 degrees of
/// freedom, the two-sided p-value of b = 0, and R squared. Checked against statsmodels OLS
/// (scripts/reference/trend_reference.py) to a relative 1e-9.
public struct LinearTrend: Sendable, Equatable {
    public var n: Int
    public var slope: Double
    public var standardError: Double
    public var interval: ConfidenceInterval
    public var pValue: Double
    public var rSquared: Double
    /// Fitted count at the mean time.
    public var levelAtMeanTime: Double
    public var meanTime: Double

    public static func compute(times: [Double], values: [Double], level: Double) -> Computed<LinearTrend> {
        guard times.count >= 3 else { return .unavailable("needs at least 3 observations") }
        let mean = times.reduce(0, +) / Double(times.count)
        guard times.contains(where: { $0 != mean }) else { return .unavailable("all observations are on the same date") }
        do {
            let fit = try LinearLeastSquares(design: times.map { [1, $0 - mean] }, y: values, hasIntercept: true)
            return .value(LinearTrend(
                n: times.count, slope: fit.coefficients[1], standardError: fit.standardErrors[1],
                interval: fit.confidenceInterval(1, level: level), pValue: fit.pValues[1],
                rSquared: fit.rSquared, levelAtMeanTime: fit.coefficients[0], meanTime: mean))
        } catch {
            return .unavailable("\(error)")
        }
    }
}
