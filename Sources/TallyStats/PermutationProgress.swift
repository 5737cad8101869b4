#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The permutations done so far across the workers, for a progress bar (approximate; display
/// only, no result depends on it). Each addition is passed to `report` with the total.
final class PermutationProgress: @unchecked Sendable {
    // @unchecked: `done` is the only mutable state and is read and written with `mutex` held
    // (a pthread mutex, so that TallyStats needs no Foundation; Synchronization's Mutex needs
    // macOS 15).
    private var done = 0
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    let total: Int
    private let report: @Sendable (Int, Int) -> Void

    init(total: Int, report: @escaping @Sendable (Int, Int) -> Void) {
        self.total = total
        self.report = report
        mutex = .allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deinitialize(count: 1)
        mutex.deallocate()
    }

    func add(_ permutations: Int) {
        pthread_mutex_lock(mutex)
        done += permutations
        let now = done
        pthread_mutex_unlock(mutex)
        report(now, total)
    }
}
