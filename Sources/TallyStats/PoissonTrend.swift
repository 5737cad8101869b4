#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Poisson regression of counts on time with a log link, log E[count] = a + b t, fitted by
/// iteratively reweighted least squares (Newton's method on the log-likelihood) with time centred
/// on its mean.
///
/// - APC = 100 (e^b - 1) (`AnnualPercentChange`) with a Wald interval b ± z se mapped the same way;
/// - deviance D = 2 sum[y ln(y / mu) - (y - mu)] (y ln y = 0 at y = 0);
/// - Pearson X^2 = sum (y - mu)^2 / mu, dispersion phi = X^2 / (n - 2);
/// - quasi-Poisson: the same estimates, standard errors multiplied by sqrt(phi), Wald intervals
///   (statsmodels' `GLM(..., family=Poisson()).fit(scale='X2')`);
/// - overdispersion is flagged when P(chi^2 with n - 2 df >= X^2) < 0.05: the Poisson intervals
///   are then too narrow and the quasi-Poisson ones should be read instead;
/// - `warnings`: fewer than five observations, and underdispersion (phi < 1, used as estimated).
/// Checked against statsmodels GLM to a relative 1e-7.
public struct PoissonTrend: Sendable, Equatable {
    public var n: Int
    public var slope: Double
    public var standardError: Double
    public var interval: ConfidenceInterval
    public var pValue: Double
    public var deviance: Double
    public var pearsonChiSquare: Double
    public var dispersion: Double
    public var dispersionPValue: Double
    public var quasiStandardError: Double
    public var quasiInterval: ConfidenceInterval
    public var quasiPValue: Double
    public var iterations: Int
    /// What the quasi-Poisson figures rest on, in this order when both apply (see `Warning`).
    public var warnings: [Warning]

    public var annualPercentChange: Double { AnnualPercentChange.ofLogSlope(slope) }
    public var annualPercentChangeInterval: ConfidenceInterval { AnnualPercentChange.ofLogSlope(interval) }
    public var quasiAnnualPercentChangeInterval: ConfidenceInterval { AnnualPercentChange.ofLogSlope(quasiInterval) }
    public var isOverdispersed: Bool { dispersionPValue < 0.05 }

    public static func compute(times: [Double], counts: [Double], level: Double) -> Computed<PoissonTrend> {
        let n = times.count
        guard n >= 3 else { return .unavailable("needs at least 3 observations") }
        guard counts.allSatisfy({ $0 >= 0 && $0 == $0.rounded() }) else { return .unavailable("counts must be whole numbers >= 0") }
        guard counts.contains(where: { $0 > 0 }) else { return .unavailable("every count is zero") }
        let mean = times.reduce(0, +) / Double(n)
        let t = times.map { $0 - mean }
        guard t.contains(where: { $0 != 0 }) else { return .unavailable("all observations are on the same date") }

        // Start from the log of the mean count and no slope.
        var a = log(counts.reduce(0, +) / Double(n))
        var b = 0.0
        var iterations = 0
        var converged = false
        while iterations < 100 {
            iterations += 1
            // Score and information of the log-likelihood.
            var g0 = 0.0, g1 = 0.0, h00 = 0.0, h01 = 0.0, h11 = 0.0
            for i in 0..<n {
                let mu = exp(a + b * t[i])
                g0 += counts[i] - mu
                g1 += (counts[i] - mu) * t[i]
                h00 += mu
                h01 += mu * t[i]
                h11 += mu * t[i] * t[i]
            }
            let det = h00 * h11 - h01 * h01
            guard det > 0, det.isFinite else { return .unavailable("the Poisson fit did not converge (singular information matrix)") }
            let da = (h11 * g0 - h01 * g1) / det
            let db = (h00 * g1 - h01 * g0) / det
            a += da
            b += db
            if abs(da) < 1e-13 * max(1, abs(a)) && abs(db) < 1e-13 * max(1, abs(b)) {
                converged = true
                break
            }
        }
        guard converged, a.isFinite, b.isFinite else { return .unavailable("the Poisson fit did not converge") }

        var h00 = 0.0, h01 = 0.0, h11 = 0.0, deviance = 0.0, pearson = 0.0
        for i in 0..<n {
            let mu = exp(a + b * t[i])
            h00 += mu
            h01 += mu * t[i]
            h11 += mu * t[i] * t[i]
            let y = counts[i]
            deviance += 2 * ((y > 0 ? y * log(y / mu) : 0) - (y - mu))
            pearson += (y - mu) * (y - mu) / mu
        }
        let det = h00 * h11 - h01 * h01
        let se = (h00 / det).squareRoot()
        let df = Double(n - 2)
        let phi = pearson / df
        // phi below 1 is used as estimated (statsmodels' scale='X2'), and said so.
        let quasiSE = se * phi.squareRoot()
        var warnings: [Warning] = []
        if n < Warning.minimumForDispersion { warnings.append(.fewObservations(n: n)) }
        if phi < 1 { warnings.append(.underdispersed(dispersion: phi)) }
        return .value(PoissonTrend(
            n: n, slope: b, standardError: se,
            interval: .wald(estimate: b, standardError: se, level: level),
            pValue: Distributions.normalTwoSided(b / se),
            deviance: deviance, pearsonChiSquare: pearson, dispersion: phi,
            dispersionPValue: Distributions.chiSquareUpper(pearson, df: df),
            quasiStandardError: quasiSE,
            quasiInterval: .wald(estimate: b, standardError: quasiSE, level: level),
            quasiPValue: Distributions.normalTwoSided(b / quasiSE),
            iterations: iterations, warnings: warnings))
    }
}
