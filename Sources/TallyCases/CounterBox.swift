import Dispatch

/// Runs the workers' counters, one thread each, and returns when all have finished.
final class CounterBox: @unchecked Sendable {
    // @unchecked: each ChunkCounter (a class, for its large arrays) is mutated by the one thread
    // that runs it, and read by the caller only after `countAll` has waited for every thread.
    let counters: [ChunkCounter]
    init(_ c: [ChunkCounter]) { counters = c }

    /// Counts every chunk: the first on the calling thread, the others on the global queue.
    func countAll() {
        let group = DispatchGroup()
        for i in counters.indices.dropFirst() {
            DispatchQueue.global().async(group: group) { self.counters[i].count() }
        }
        counters.first?.count()
        group.wait()
    }
}
