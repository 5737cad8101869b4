import TallyPrimitives

/// The permuted responses of one step of the permutation test: y*_p = fitted + residuals[order_p],
/// where fitted and residuals are those of the best null model and order_p is a Fisher-Yates
/// shuffle drawn from SplitMix64 seeded from (seed, test, p). Any permutation can so be made
/// again on its own, in any order and on any thread, and gives the same numbers.
struct PermutedResponses: Sendable {
    let fitted: [Double]
    let residuals: [Double]
    let seed: UInt64
    let test: UInt64

    var count: Int { fitted.count }

    init(y: [Double], nullDesign design: JoinpointDesign, seed: UInt64, test: UInt64) {
        let n = y.count
        let fit = design.fit(y)
        let fitted = (0..<n).map { i in
            var f = 0.0
            for c in 0..<fit.coefficients.count { f += design.design[c * n + i] * fit.coefficients[c] }
            return f
        }
        self.fitted = fitted
        residuals = (0..<n).map { y[$0] - fitted[$0] }
        self.seed = seed
        self.test = test
    }

    /// Writes permutation `p`'s response into `ys` (n values) and returns its sum of squares;
    /// `order` (n values) is scratch space.
    func fill(_ p: Int, into ys: inout [Double], order: inout [Int]) -> Double {
        let n = count
        var rng = SplitMix64(seed: seed ^ (test &* 0x9E3779B97F4A7C15) ^ (UInt64(p) &* 0xD1B54A32D192ED03))
        for i in 0..<n { order[i] = i }
        for i in stride(from: n - 1, to: 0, by: -1) {
            let j = Int(rng.next() % UInt64(i + 1))
            order.swapAt(i, j)
        }
        var yys = 0.0
        for i in 0..<n { ys[i] = fitted[i] + residuals[order[i]]; yys += ys[i] * ys[i] }
        return yys
    }
}
