/// Inference on the selected model, conditional on its joinpoints (NCI's parametric method):
/// - segment m's slope is the contrast b1 + d1 + ... + d(m-1) of the coefficients, its standard
///   error from the covariance s^2 (R'R)^-1 with s^2 = SSE / (n - 2k - 2), its interval and p-value
///   from Student's t with n - 2k - 2 degrees of freedom (NaN when there are none left);
/// - the AAPC over [A, B] (clamped to the data's dates) is the contrast sum w_m slope_m, w_m the
///   share of [A, B] that segment m covers, with the same t interval on the log scale.
struct JoinpointInference {
    var joinpoints: [Int]
    var coefficients: [Double]
    var sse: Double
    var degreesOfFreedom: Int
    var segments: [JoinpointRegression.Segment]
    var aapc: JoinpointRegression.AAPC

    init(times: [Double], y: [Double], design: JoinpointDesign, level: Double,
         aapcFrom: Double?, aapcTo: Double?) throws {
        let n = times.count
        let fit = design.fit(y)
        let df = n - (2 * design.joinpoints.count + 2)
        let s2 = df > 0 ? fit.sse / Double(df) : .nan
        let cov = fit.unscaledCovariance.map { $0.map { $0 * s2 } }
        func interval(_ estimate: Double, _ se: Double) -> ConfidenceInterval {
            df > 0 ? ConfidenceInterval.t(estimate: estimate, standardError: se, df: Double(df), level: level)
                : ConfidenceInterval(lower: .nan, upper: .nan, level: level)
        }
        func pValue(_ estimate: Double, _ se: Double) -> Double {
            df > 0 ? Distributions.tTwoSided(estimate / se, df: Double(df)) : .nan
        }

        let bounds = [0] + design.joinpoints + [n - 1]
        var segments: [JoinpointRegression.Segment] = []
        var contrasts: [[Double]] = []
        for m in 0..<(bounds.count - 1) {
            var c = [Double](repeating: 0, count: fit.coefficients.count)
            c[1] = 1
            for j in 0..<m { c[2 + j] = 1 }
            contrasts.append(c)
            let (slope, se) = Self.contrast(c, fit.coefficients, cov)
            segments.append(JoinpointRegression.Segment(startIndex: bounds[m], endIndex: bounds[m + 1], slope: slope,
                                                        standardError: se, interval: interval(slope, se),
                                                        pValue: pValue(slope, se)))
        }

        let from = max(aapcFrom ?? times[0], times[0]), to = min(aapcTo ?? times[n - 1], times[n - 1])
        guard to > from else { throw JoinpointRegression.Failure(message: "the AAPC range is empty within the data's dates") }
        var c = [Double](repeating: 0, count: fit.coefficients.count)
        for (m, segment) in segments.enumerated() {
            let w = max(0, min(to, times[segment.endIndex]) - max(from, times[segment.startIndex])) / (to - from)
            for i in c.indices { c[i] += w * contrasts[m][i] }
        }
        let (average, averageSE) = Self.contrast(c, fit.coefficients, cov)
        aapc = JoinpointRegression.AAPC(from: from, to: to, value: AnnualPercentChange.ofLogSlope(average),
                                        interval: AnnualPercentChange.ofLogSlope(interval(average, averageSE)),
                                        pValue: pValue(average, averageSE))
        joinpoints = design.joinpoints
        coefficients = fit.coefficients
        sse = fit.sse
        degreesOfFreedom = df
        self.segments = segments
    }

    /// The estimate c'b and its standard error sqrt(c' V c).
    static func contrast(_ c: [Double], _ b: [Double], _ cov: [[Double]]) -> (Double, Double) {
        var estimate = 0.0, variance = 0.0
        for i in c.indices {
            estimate += c[i] * b[i]
            for j in c.indices { variance += c[i] * cov[i][j] * c[j] }
        }
        return (estimate, max(0, variance).squareRoot())
    }
}
