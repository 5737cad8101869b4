#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension JoinpointRegression {
    /// The information criteria of the best model with k joinpoints, as NCI defines them
    /// (n observations, SSE of the best placement):
    /// - BIC = ln(SSE/n) + (2k + 2) ln(n) / n;
    /// - BIC3 = ln(SSE/n) + (3k + 2) ln(n) / n;
    /// - WBIC = ln(SSE/n) + ((2 + R2max) k + 2) ln(n) / n, with R2max the largest partial R^2 of a
    ///   joinpoint's hinge term against a straight line fitted over the observations from the
    ///   previous joinpoint (exclusive; the first observation for the first) to the next
    ///   (inclusive; the last observation for the last), as NCI documents it.
    public struct Criterion: Sendable {
        public var joinpoints: Int
        public var sse: Double
        public var bic: Double
        public var bic3: Double
        public var wbic: Double
        /// nil without joinpoints.
        public var r2max: Double?

        init(joinpoints k: Int, sse: Double, times: [Double], y: [Double], design: JoinpointDesign) {
            let n = times.count
            let ln = log(Double(n))
            // An exact fit has SSE 0; its logarithm is kept finite so that it still compares.
            let base = log(max(sse, 1e-300) / Double(n))
            let r2 = k == 0 ? nil : Self.partialR2Max(times: times, y: y, joinpoints: design.joinpoints)
            joinpoints = k
            self.sse = sse
            bic = base + Double(2 * k + 2) * ln / Double(n)
            bic3 = base + Double(3 * k + 2) * ln / Double(n)
            wbic = base + ((2 + (r2 ?? 0)) * Double(k) + 2) * ln / Double(n)
            r2max = r2
        }

        /// The k (at least `minimum`) whose criterion is smallest; ties go to the fewer joinpoints.
        static func smallest(_ criteria: [Criterion], by method: Method, from minimum: Int) -> Int {
            let value: (Criterion) -> Double = switch method {
            case .bic: { $0.bic }
            case .bic3: { $0.bic3 }
            case .wbic, .permutation: { $0.wbic }
            }
            let candidates = criteria.filter { $0.joinpoints >= minimum }
            return candidates.min { value($0) < value($1) || (value($0) == value($1) && $0.joinpoints < $1.joinpoints) }!.joinpoints
        }

        /// The largest partial R^2 of a joinpoint's hinge over a line on its local window (WBIC).
        static func partialR2Max(times: [Double], y: [Double], joinpoints: [Int]) -> Double {
            var best = 0.0
            for (m, j) in joinpoints.enumerated() {
                let lo = m == 0 ? 0 : joinpoints[m - 1] + 1
                let hi = m == joinpoints.count - 1 ? times.count - 1 : joinpoints[m + 1]
                let idx = Array(lo...hi)
                guard idx.count >= 3 else { continue }
                let t = idx.map { times[$0] }, yy = idx.map { y[$0] }
                let z = idx.map { max(0, times[$0] - times[j]) }
                // Residuals of y and z after a straight line on the window.
                func residual(_ v: [Double]) -> [Double] {
                    let mt = t.reduce(0, +) / Double(t.count), mv = v.reduce(0, +) / Double(v.count)
                    var stt = 0.0, stv = 0.0
                    for i in t.indices { stt += (t[i] - mt) * (t[i] - mt); stv += (t[i] - mt) * (v[i] - mv) }
                    let slope = stt > 0 ? stv / stt : 0
                    return t.indices.map { v[$0] - mv - slope * (t[$0] - mt) }
                }
                let ry = residual(yy), rz = residual(z)
                var yz = 0.0, y2 = 0.0, z2 = 0.0
                for i in ry.indices { yz += ry[i] * rz[i]; y2 += ry[i] * ry[i]; z2 += rz[i] * rz[i] }
                if y2 > 0, z2 > 0 { best = max(best, yz * yz / (y2 * z2)) }
            }
            return best
        }
    }
}
