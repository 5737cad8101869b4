/// The best placement of k joinpoints for every k searched: each placement the rules allow is
/// fitted by least squares and the smallest SSE wins (grid search at the data points, Lerman
/// 1980). Placements are visited in lexicographic order and a later one must be better by more
/// than rounding (a relative 1e-12) to replace an earlier one, so ties go to the earliest.
struct JoinpointGridSearch: Sendable {
    struct Best: Sendable {
        var design: JoinpointDesign
        /// The residual sum of squares of the fit on `design`, from its residuals.
        var sse: Double
    }

    /// `best[k]` for k = 0 ... the largest k searched.
    var best: [Best]
    /// How many placements gave a full-rank design, per k.
    var placementsFitted: [Int]

    init(times: [Double], y: [Double], placements: [JoinpointPlacements]) throws {
        let yy = y.reduce(0) { $0 + $1 * $1 }
        var best: [Best] = []
        var fitted: [Int] = []
        for (k, candidates) in placements.enumerated() {
            var bestDesign: JoinpointDesign?
            var bestSSE = Double.infinity
            var valid = 0
            y.withUnsafeBufferPointer { yb in
                candidates.forEach { placement in
                    guard let d = JoinpointDesign(times: times, joinpoints: placement) else { return true }
                    let s = d.sse(yb, yy: yy)
                    if valid == 0 || s < bestSSE - 1e-12 * max(1, bestSSE) { bestSSE = s; bestDesign = d }
                    valid += 1
                    return JoinpointRegression.interrupted == 0
                }
            }
            if JoinpointRegression.interrupted != 0 { throw JoinpointRegression.Failure.interruption }
            guard let d = bestDesign else {
                throw JoinpointRegression.Failure(message: "no placement of \(k) joinpoint\(k == 1 ? "" : "s") gives a full-rank design")
            }
            fitted.append(valid)
            // The search compared SSEs from ||y||^2 - ||Q'y||^2; the winner's is recomputed from
            // its residuals, which loses no digits to cancellation.
            best.append(Best(design: d, sse: d.fit(y).sse))
        }
        self.best = best
        placementsFitted = fitted
    }
}
