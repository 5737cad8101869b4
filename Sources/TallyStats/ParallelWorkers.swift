import Dispatch

/// Runs one piece of work per worker on its own thread and hands back what each returned.
enum ParallelWorkers {
    /// `body(w)` for w in 0..<count, concurrently; the results in worker order, once every
    /// worker has finished. The workers share nothing mutable: each returns its own result.
    static func map<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        let slots = UnsafeMutableBufferPointer<T?>.allocate(capacity: max(1, count))
        slots.initialize(repeating: nil)
        defer {
            _ = slots.deinitialize()
            slots.deallocate()
        }
        // Why this is safe: slot w is written by iteration w only, and read only after
        // concurrentPerform has returned, which waits for every iteration (a happens-before edge).
        nonisolated(unsafe) let results = slots
        DispatchQueue.concurrentPerform(iterations: count) { w in results[w] = body(w) }
        return (0..<count).map { results[$0]! }
    }
}
