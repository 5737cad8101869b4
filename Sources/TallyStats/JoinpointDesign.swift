#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A continuous piecewise-linear model of y (here ln count) on time t with joinpoints at given
/// observations:
///   y = b0 + b1 (t - mean t) + d1 (t - tau1)+ + ... + dk (t - tauk)+ + e,
/// fitted by least squares through a thin QR factorisation X = QR of the design, computed once per
/// joinpoint placement and reused for every permuted response in the permutation test.
///
/// The factorisation is modified Gram-Schmidt with one reorthogonalisation: column by column,
/// the column is projected off each earlier column of Q in turn (each dot product taken with the
/// already-updated column, which is what makes it "modified"), the whole pass is done twice, and
/// the column is then normalised; R collects the projections of both passes and the norm. Two
/// passes leave Q orthonormal to working precision for these small, well-scaled designs ("twice
/// is enough", Giraud et al. 2005). It is not a Householder factorisation: Q is
/// formed explicitly, n x p, because the SSE of a response is ||y||^2 - ||Q'y||^2.
public struct JoinpointDesign: Sendable {
    /// Indices (into the observations) of the joinpoints, increasing.
    public var joinpoints: [Int]
    let n: Int
    let p: Int
    /// Orthonormal columns Q (n x p, column-major) and upper-triangular R (p x p, row-major).
    let q: [Double]
    let r: [Double]
    /// The design X itself (n x p, column-major), for fitted values.
    let design: [Double]

    /// nil when the design is rank-deficient (cannot happen with distinct times and the placement rules).
    public init?(times: [Double], joinpoints: [Int]) {
        let n = times.count, p = joinpoints.count + 2
        guard n > p else { return nil }
        let mean = times.reduce(0, +) / Double(n)
        var x = [Double](repeating: 0, count: n * p)   // column-major
        for i in 0..<n {
            x[i] = 1
            x[n + i] = times[i] - mean
            for (m, j) in joinpoints.enumerated() { x[(m + 2) * n + i] = max(0, times[i] - times[j]) }
        }
        design = x
        // Modified Gram-Schmidt, each column's pass done twice (see the type's comment).
        var qm = x
        var rm = [Double](repeating: 0, count: p * p)
        for c in 0..<p {
            for _ in 0..<2 {
                for prev in 0..<c {
                    var dot = 0.0
                    for i in 0..<n { dot += qm[prev * n + i] * qm[c * n + i] }
                    rm[prev * p + c] += dot
                    for i in 0..<n { qm[c * n + i] -= dot * qm[prev * n + i] }
                }
            }
            var norm = 0.0
            for i in 0..<n { norm += qm[c * n + i] * qm[c * n + i] }
            norm = norm.squareRoot()
            guard norm > 1e-12 else { return nil }
            rm[c * p + c] = norm
            for i in 0..<n { qm[c * n + i] /= norm }
        }
        self.joinpoints = joinpoints
        self.n = n
        self.p = p
        q = qm
        r = rm
    }

    /// Sum of squared residuals of y on this design: ||y||^2 - ||Q'y||^2, floored at 0.
    @inline(__always)
    public func sse(_ y: UnsafeBufferPointer<Double>, yy: Double) -> Double {
        var explained = 0.0
        q.withUnsafeBufferPointer { qb in
            for c in 0..<p {
                var dot = 0.0
                let base = c * n
                for i in 0..<n { dot += qb[base + i] * y[i] }
                explained += dot * dot
            }
        }
        return max(0, yy - explained)
    }

    /// Coefficients (b0, b1, d1...dk), residual SSE computed from the residuals, and the
    /// unscaled covariance (R'R)^-1.
    public func fit(_ y: [Double]) -> (coefficients: [Double], sse: Double, unscaledCovariance: [[Double]]) {
        var qty = [Double](repeating: 0, count: p)
        for c in 0..<p { for i in 0..<n { qty[c] += q[c * n + i] * y[i] } }
        var b = [Double](repeating: 0, count: p)
        for c in stride(from: p - 1, through: 0, by: -1) {
            var s = qty[c]
            for k in stride(from: c + 1, to: p, by: 1) { s -= r[c * p + k] * b[k] }
            b[c] = s / r[c * p + c]
        }
        var sse = 0.0
        for i in 0..<n {
            var f = 0.0
            for c in 0..<p { f += design[c * n + i] * b[c] }
            sse += (y[i] - f) * (y[i] - f)
        }
        // R^-1 by back substitution, then (R'R)^-1 = R^-1 R^-T.
        var rinv = [[Double]](repeating: [Double](repeating: 0, count: p), count: p)
        for col in 0..<p {
            for row in stride(from: col, through: 0, by: -1) {
                var s = row == col ? 1.0 : 0.0
                for k in stride(from: row + 1, through: col, by: 1) { s -= r[row * p + k] * rinv[k][col] }
                rinv[row][col] = s / r[row * p + row]
            }
        }
        var cov = [[Double]](repeating: [Double](repeating: 0, count: p), count: p)
        for a in 0..<p { for c in 0..<p { for k in 0..<p { cov[a][c] += rinv[a][k] * rinv[c][k] } } }
        return (b, sse, cov)
    }
}
