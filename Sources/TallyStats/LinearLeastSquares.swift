import CGSL

/// Ordinary least squares y = X b + e, solved by GSL's `gsl_multifit_linear`: a singular value
/// decomposition (modified Golub-Reinsch) of X after scaling its columns to unit norm, never the
/// normal equations. Accuracy is checked against all eleven NIST StRD linear datasets
/// (Tests/TallyStatsTests/NISTTests.swift).
///
/// Conventions:
/// - standard errors from cov(b) = s^2 (X'X)^-1 with s^2 = SSE / (n - p);
/// - R^2 = 1 - SSE / sum((y - mean y)^2) with an intercept; without one, the uncentred
///   1 - SSE / sum(y^2), as R and NIST use;
/// - the ANOVA F tests all coefficients but the intercept (all of them without one).
public struct LinearLeastSquares: Sendable {
    public var coefficients: [Double]
    public var standardErrors: [Double]
    public var n: Int
    public var p: Int
    public var hasIntercept: Bool
    public var sse: Double
    /// Regression sum of squares (centred with an intercept, uncentred without).
    public var ssr: Double
    public var residualSD: Double
    public var rSquared: Double
    public var fStatistic: Double
    public var fPValue: Double
    /// Condition number of X with columns scaled to unit length (GSL's reciprocal condition
    /// number of the balanced matrix, inverted): ill-conditioning that scaling cannot cure.
    public var conditionNumber: Double
    public var rank: Int

    public var residualDF: Int { n - p }

    /// Above this scaled condition number a fit keeps fewer than about 9 of double precision's
    /// 16 digits (roughly 16 - log10(condition number)), and results say so.
    public static let illConditionedAbove = 1e7
    /// Above this scaled condition number the fit is refused.
    public static let refusedAbove = 1e14

    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        case tooFewObservations(n: Int, p: Int)
        case rankDeficient(rank: Int, p: Int)
        case illConditioned(conditionNumber: Double)
        case nonFinite
        public var description: String {
            switch self {
            case .tooFewObservations(let n, let p):
                return "needs more observations than coefficients (n = \(n), p = \(p))"
            case .rankDeficient(let rank, let p):
                return "the predictors are linearly dependent (rank \(rank) of \(p) columns)"
            case .illConditioned(let c):
                return "the design is too ill-conditioned to give reliable digits (scaled condition number \(c)); rescale or centre the predictors"
            case .nonFinite:
                return "the data contain values that are not finite numbers"
            }
        }
    }

    /// Fits `y` on the columns of `design` (row-major, `n` rows of `p` values).
    public init(design: [[Double]], y: [Double], hasIntercept: Bool) throws(Failure) {
        let n = y.count
        let p = design.first?.count ?? 0
        guard n > p, p > 0 else { throw .tooFewObservations(n: n, p: p) }
        guard y.allSatisfy(\.isFinite), design.allSatisfy({ $0.allSatisfy(\.isFinite) }) else { throw .nonFinite }

        let X = gsl_matrix_alloc(n, p)!
        let yv = gsl_vector_alloc(n)!
        let c = gsl_vector_alloc(p)!
        let cov = gsl_matrix_alloc(p, p)!
        let work = gsl_multifit_linear_alloc(n, p)!
        defer {
            gsl_matrix_free(X); gsl_vector_free(yv); gsl_vector_free(c); gsl_matrix_free(cov)
            gsl_multifit_linear_free(work)
        }
        for i in 0..<n {
            gsl_vector_set(yv, i, y[i])
            for j in 0..<p { gsl_matrix_set(X, i, j, design[i][j]) }
        }
        var chisq = 0.0
        let previous = gsl_set_error_handler_off()
        gsl_multifit_linear(X, yv, c, cov, &chisq, work)
        var rcond = gsl_multifit_linear_rcond(work)
        // The rank, from the singular values GSL kept: those above p * eps * the largest.
        var rank = 0
        let s = work.pointee.S!
        let smax = gsl_vector_get(s, 0)
        for j in 0..<p where gsl_vector_get(s, j) > Double(p) * Double.ulpOfOne * smax { rank += 1 }
        gsl_set_error_handler(previous)
        if !rcond.isFinite { rcond = 0 }
        let condition = rcond > 0 ? 1 / rcond : .infinity
        guard rank == p else { throw .rankDeficient(rank: rank, p: p) }
        guard condition <= Self.refusedAbove else { throw .illConditioned(conditionNumber: condition) }

        coefficients = (0..<p).map { gsl_vector_get(c, $0) }
        // Residuals recomputed from the coefficients rather than GSL's chisq, so SSE carries
        // no cancellation from the SVD's internal rotation.
        var sse = 0.0
        for i in 0..<n {
            var fitted = 0.0
            for j in 0..<p { fitted += design[i][j] * coefficients[j] }
            let r = y[i] - fitted
            sse += r * r
        }
        let df = Double(n - p)
        let s2 = sse / df
        // GSL's cov is s^2 (X'X)^-1 with s^2 = chisq / (n - p); rescale to our SSE.
        let scale = chisq > 0 ? s2 / (chisq / df) : 0
        standardErrors = (0..<p).map { j in (gsl_matrix_get(cov, j, j) * scale).squareRoot() }
        if chisq == 0 {
            // An exact fit: GSL leaves cov scaled by zero; the standard errors are zero.
            standardErrors = Array(repeating: 0, count: p)
        }

        let sst: Double
        if hasIntercept {
            let mean = y.reduce(0, +) / Double(n)
            sst = y.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        } else {
            sst = y.reduce(0) { $0 + $1 * $1 }
        }
        self.n = n
        self.p = p
        self.hasIntercept = hasIntercept
        self.sse = sse
        self.ssr = sst - sse
        self.residualSD = s2.squareRoot()
        self.rSquared = sst > 0 ? 1 - sse / sst : .nan
        let dfModel = Double(hasIntercept ? p - 1 : p)
        if dfModel > 0, sse > 0 {
            fStatistic = (ssr / dfModel) / s2
            fPValue = Distributions.fUpper(fStatistic, d1: dfModel, d2: df)
        } else {
            fStatistic = sse == 0 ? .infinity : .nan
            fPValue = sse == 0 ? 0 : .nan
        }
        conditionNumber = condition
        self.rank = rank
    }

    /// t statistics of the coefficients.
    public var tStatistics: [Double] { zip(coefficients, standardErrors).map { $0 / $1 } }
    /// Two-sided p-values of the t statistics on n - p degrees of freedom.
    public var pValues: [Double] { tStatistics.map { Distributions.tTwoSided($0, df: Double(residualDF)) } }

    public func confidenceInterval(_ j: Int, level: Double) -> ConfidenceInterval {
        .t(estimate: coefficients[j], standardError: standardErrors[j], df: Double(residualDF), level: level)
    }

    public var isIllConditioned: Bool { conditionNumber > Self.illConditionedAbove }
}
