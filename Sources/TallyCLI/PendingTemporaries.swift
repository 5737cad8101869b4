#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The temporary files of output sets being written, removed by a SIGINT or SIGTERM handler
/// before the process exits 130 or 143, so that an interrupted command leaves no temporary behind.
///
/// The handler may only call async-signal-safe functions (`unlink`, `_exit`), so the paths live in
/// a table of C strings allocated once, before the handler is installed, and never freed: a slot
/// is filled and then marked used, and marked free before it is reused. While an output set is
/// being renamed into place the handler only records the signal; the set finishes its renames
/// (they take microseconds) and then exits, so an interrupt never leaves a mix of old and new files.
/// A signal that arrives between a temporary's creation and its registration leaves it behind;
/// the next run removes it as stale (`OutputSet.removeStale`).
enum PendingTemporaries {
    /// How many temporaries may be pending at once in one process (every output of every set being
    /// written); a set with more is refused before anything is written.
    static let capacity = 256
    /// Bytes per path, the terminating NUL included (PATH_MAX on Linux).
    static let slotBytes = 4096

    /// `capacity` slots of `slotBytes`; pages never touched cost no memory.
    nonisolated(unsafe) static let paths: UnsafeMutablePointer<CChar> = {
        let p = UnsafeMutablePointer<CChar>.allocate(capacity: capacity * slotBytes)
        p.initialize(repeating: 0, count: capacity * slotBytes)
        return p
    }()
    /// 1 when the slot holds a pending temporary.
    nonisolated(unsafe) static let used: UnsafeMutablePointer<Int32> = {
        let p = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
        p.initialize(repeating: 0, count: capacity)
        return p
    }()
    /// [0]: output sets renaming now; [1]: a signal that arrived meanwhile; [2]: registered slots.
    nonisolated(unsafe) static let state: UnsafeMutablePointer<Int32> = {
        let p = UnsafeMutablePointer<Int32>.allocate(capacity: 3)
        p.initialize(repeating: 0, count: 3)
        return p
    }()
    nonisolated(unsafe) static let lock: UnsafeMutablePointer<pthread_mutex_t> = {
        let p = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        pthread_mutex_init(p, nil)
        return p
    }()
    /// The dispositions replaced, restored when no temporary is pending; [0] SIGINT, [1] SIGTERM.
    nonisolated(unsafe) static var previous: [sigaction?] = [nil, nil]
    static let signals: [Int32] = [SIGINT, SIGTERM]

    /// Adds `path` to the table (installing the handler with the first one); nil when the table is full.
    static func register(_ path: String) -> Int? {
        let bytes = Array(path.utf8)
        guard bytes.count < slotBytes else { return nil }
        _ = (paths, used, state)
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        guard let slot = (0..<capacity).first(where: { used[$0] == 0 }) else { return nil }
        let base = paths + slot * slotBytes
        for (i, b) in bytes.enumerated() { base[i] = CChar(bitPattern: b) }
        base[bytes.count] = 0
        used[slot] = 1
        state[2] += 1
        if state[2] == 1 { install() }
        return slot
    }

    /// Frees `slot` (its file was renamed into place or removed).
    static func unregister(_ slot: Int) {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        guard used[slot] != 0 else { return }
        used[slot] = 0
        state[2] -= 1
        if state[2] == 0 { restore() }
    }

    /// Around the renames of one set: signals are held until the set is in place.
    static func beginRenaming() {
        pthread_mutex_lock(lock)
        state[0] += 1
        pthread_mutex_unlock(lock)
    }

    /// Ends a set's renames; a signal held meanwhile now removes what is pending and exits.
    static func endRenaming() {
        pthread_mutex_lock(lock)
        state[0] -= 1
        let held = state[0] == 0 ? state[1] : 0
        pthread_mutex_unlock(lock)
        if held != 0 { removeAllAndExit(held) }
    }

    static func install() {
        for (i, signal) in signals.enumerated() {
            var action = sigaction()
            #if canImport(Glibc)
            action.__sigaction_handler.sa_handler = onSignal
            #else
            action.__sigaction_u.__sa_handler = onSignal
            #endif
            sigemptyset(&action.sa_mask)
            for s in signals { sigaddset(&action.sa_mask, s) }
            action.sa_flags = 0
            var old = sigaction()
            sigaction(signal, nil, &old)
            // A signal the caller chose to ignore (nohup, a background job) stays ignored.
            if handlerAddress(old) == 1 { previous[i] = nil; continue }
            sigaction(signal, &action, nil)
            previous[i] = old
        }
    }

    static func restore() {
        for (i, signal) in signals.enumerated() {
            guard var old = previous[i] else { continue }
            sigaction(signal, &old, nil)
            previous[i] = nil
        }
    }

    static func handlerAddress(_ action: sigaction) -> Int {
        #if canImport(Glibc)
        let handler = action.__sigaction_handler.sa_handler
        #else
        let handler = action.__sigaction_u.__sa_handler
        #endif
        return handler.map { unsafeBitCast($0, to: Int.self) } ?? 0
    }

    /// Only async-signal-safe work: unlink every pending temporary, then `_exit(128 + signal)`.
    static let onSignal: @convention(c) (Int32) -> Void = { signal in
        if PendingTemporaries.state[0] > 0 {
            PendingTemporaries.state[1] = signal
            return
        }
        PendingTemporaries.removeAllAndExit(signal)
    }

    static func removeAllAndExit(_ signal: Int32) {
        for slot in 0..<capacity where used[slot] != 0 {
            unlink(paths + slot * slotBytes)
        }
        _exit(128 + signal)
    }
}
