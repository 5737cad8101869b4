import Dispatch
import TallyPrimitives

extension JoinpointRegression {
    /// Placement designs held at once in the permutation test, in bytes: the designs of k
    /// joinpoints are built in batches of about this size and every permutation is refitted on
    /// one batch before the next is built, so memory does not grow with the number of placements.
    public static let permutationBatchBytes = 32 << 20

    /// How many permuted responses y* = fitted + residuals[order] give a statistic T* at least
    /// the observed one, for the test of `nullPlacements` against `alternativePlacements`.
    ///
    /// Per permutation the smallest SSE over each placement set is kept, updated batch by batch
    /// in lexicographic order with the same rule as the fit (a later placement must be better by
    /// more than rounding), so the result is the one a scan of every placement would give. The
    /// permutation order comes from SplitMix64 seeded from (seed, test, permutation) and is made
    /// again for each batch, so it does not depend on the number of workers or batches.
    static func permutationExceedances(
        n: Int, times: [Double], fitted: [Double], residuals: [Double], observed: Double,
        nullPlacements: JoinpointPlacements, alternativePlacements: JoinpointPlacements, options: Options,
        test: UInt64, counter: ProgressCounter, total: Int, progress: (@Sendable (Int, Int) -> Void)?
    ) throws -> Int {
        let perms = options.permutations
        let workers = max(1, options.workers)
        let seed = options.seed
        let best = PermutationMinima(sets: 2, permutations: perms)
        for (set, placements) in [nullPlacements, alternativePlacements].enumerated() {
            let bytesPerDesign = max(1, 16 * n * (placements.k + 2) + 8 * (placements.k + 2) * (placements.k + 2) + 256)
            let batchSize = max(1, options.batchBytes / bytesPerDesign)
            var batch: [JoinpointDesign] = []
            batch.reserveCapacity(min(batchSize, max(1, placements.count)))
            var seen = 0
            func refit() {
                let designs = batch
                let firstIndex = seen
                DispatchQueue.concurrentPerform(iterations: workers) { w in
                    var ys = [Double](repeating: 0, count: n)
                    var order = Array(0..<n)
                    var p = w
                    while p < perms {
                        if JoinpointRegression.interrupted != 0 { break }
                        var rng = SplitMix64(seed: seed ^ (test &* 0x9E3779B97F4A7C15) ^ (UInt64(p) &* 0xD1B54A32D192ED03))
                        for i in 0..<n { order[i] = i }
                        for i in stride(from: n - 1, to: 0, by: -1) {
                            let j = Int(rng.next() % UInt64(i + 1))
                            order.swapAt(i, j)
                        }
                        var yys = 0.0
                        for i in 0..<n { ys[i] = fitted[i] + residuals[order[i]]; yys += ys[i] * ys[i] }
                        var minimum = best.value(set, p)
                        ys.withUnsafeBufferPointer { yb in
                            for (offset, d) in designs.enumerated() {
                                let s = d.sse(yb, yy: yys)
                                if firstIndex + offset == 0 || s < minimum - 1e-12 * max(1, minimum) { minimum = s }
                            }
                        }
                        best.set(set, p, minimum)
                        p += workers
                        if let progress, p % 256 < workers { progress(counter.add(256 * designs.count / max(1, batchSize)), total) }
                    }
                }
                seen += designs.count
                batch.removeAll(keepingCapacity: true)
            }
            placements.forEach { placement in
                if let d = JoinpointDesign(times: times, joinpoints: placement) { batch.append(d) }
                if batch.count >= batchSize { refit() }
                return JoinpointRegression.interrupted == 0
            }
            if !batch.isEmpty { refit() }
            if JoinpointRegression.interrupted != 0 { throw Failure(message: "interrupted") }
        }
        var exceed = 0
        for p in 0..<perms {
            let sa = best.value(0, p), sb = best.value(1, p)
            let t = (sa - sb) / max(sb, 1e-300)
            if t >= observed - 1e-12 * max(1, abs(observed)) { exceed += 1 }
        }
        return exceed
    }
}

/// The smallest SSE so far per placement set and permutation; each permutation's slots are
/// written by the one worker that owns that permutation.
final class PermutationMinima: @unchecked Sendable {
    private let storage: UnsafeMutableBufferPointer<Double>
    private let permutations: Int
    init(sets: Int, permutations: Int) {
        self.permutations = permutations
        storage = .allocate(capacity: max(1, sets * permutations))
        storage.initialize(repeating: .infinity)
    }
    deinit { storage.deallocate() }
    func value(_ set: Int, _ p: Int) -> Double { storage[set * permutations + p] }
    func set(_ set: Int, _ p: Int, _ v: Double) { storage[set * permutations + p] = v }
}
