/// For every permutation of one step of the permutation test, the smallest SSE of the permuted
/// response over every placement in a set: what a grid search would find for y*_p.
///
/// Placement designs are built in batches of about `batchBytes`, and every permutation is refitted
/// on one batch before the next is built, so memory does not grow with the number of placements.
/// Per permutation the minimum is carried from batch to batch and updated in lexicographic order
/// with the rule of the search (a later placement must be better by more than a relative 1e-12),
/// so the result is the one a scan of every placement would give. Within a batch the permutations
/// are shared among the workers (worker w takes p = w, w + workers, ...); each worker returns its
/// own minima and they are merged once all have finished, so no worker writes where another reads.
struct SmallestPermutedSSE: Sendable {
    let times: [Double]
    let responses: PermutedResponses
    let permutations: Int
    let workers: Int
    let batchBytes: Int
    let progress: PermutationProgress?

    /// The smallest SSE per permutation (index p) over `placements`.
    func over(_ placements: JoinpointPlacements) throws -> [Double] {
        let n = responses.count
        let k = placements.k
        // A design holds Q and the design matrix (n x (k + 2) each) and R ((k + 2)^2).
        let bytesPerDesign = max(1, 16 * n * (k + 2) + 8 * (k + 2) * (k + 2) + 256)
        let batchSize = max(1, batchBytes / bytesPerDesign)
        var minima = [Double](repeating: .infinity, count: permutations)
        var batch: [JoinpointDesign] = []
        batch.reserveCapacity(min(batchSize, max(1, placements.count)))
        var seen = 0
        func refitBatch() {
            minima = refitted(minima, on: batch, firstIndex: seen, batchSize: batchSize)
            seen += batch.count
            batch.removeAll(keepingCapacity: true)
        }
        placements.forEach { placement in
            if let d = JoinpointDesign(times: times, joinpoints: placement) { batch.append(d) }
            if batch.count >= batchSize { refitBatch() }
            return JoinpointRegression.interrupted == 0
        }
        if !batch.isEmpty { refitBatch() }
        if JoinpointRegression.interrupted != 0 { throw JoinpointRegression.Failure.interruption }
        return minima
    }

    /// `previous` updated with the designs of one batch, whose first is placement `firstIndex`
    /// of its set (`batchSize`, the size of a full batch, scales the progress count).
    private func refitted(_ previous: [Double], on designs: [JoinpointDesign], firstIndex: Int, batchSize: Int) -> [Double] {
        let n = responses.count
        let perms = permutations, workers = self.workers
        let shares: [[Double]] = ParallelWorkers.map(workers) { w in
            var ys = [Double](repeating: 0, count: n)
            var order = Array(0..<n)
            var mine: [Double] = []
            mine.reserveCapacity(perms / workers + 1)
            var p = w
            while p < perms {
                if JoinpointRegression.interrupted != 0 { break }
                let yys = responses.fill(p, into: &ys, order: &order)
                var minimum = previous[p]
                ys.withUnsafeBufferPointer { yb in
                    for (offset, d) in designs.enumerated() {
                        let s = d.sse(yb, yy: yys)
                        if firstIndex + offset == 0 || s < minimum - 1e-12 * max(1, minimum) { minimum = s }
                    }
                }
                mine.append(minimum)
                p += workers
                // About every 256 permutations, counted in full batches (display only).
                if let progress, p % 256 < workers { progress.add(256 * designs.count / max(1, batchSize)) }
            }
            return mine
        }
        var minima = previous
        for (w, mine) in shares.enumerated() {
            for (i, minimum) in mine.enumerated() { minima[w + i * workers] = minimum }
        }
        return minima
    }
}
