#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The files this process has read as input, by device and inode, so that no output can replace
/// one (`chart line counts.txt --out counts.png` would write its alt text over `counts.txt`, and
/// `stats aggregate cases.csv --out cases.csv` its counts over the cases).
///
/// Readers record each file they open (`record`); the output writer refuses a destination that
/// is the same file as a recorded input, whatever path names it (a link or `./` included).
public enum InputFiles {
    private struct Identity: Hashable { var device: UInt64; var inode: UInt64 }

    nonisolated(unsafe) private static var read: Set<Identity> = []
    nonisolated(unsafe) private static let lock: UnsafeMutablePointer<pthread_mutex_t> = {
        let lock = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        pthread_mutex_init(lock, nil)
        return lock
    }()

    private static func identity(_ path: String) -> Identity? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return Identity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
    }

    /// Notes `path` as an input of this process (nothing when it does not exist).
    public static func record(_ path: String) {
        guard let id = identity(path) else { return }
        pthread_mutex_lock(lock)
        read.insert(id)
        pthread_mutex_unlock(lock)
    }

    /// Whether `path` names a file this process read as input.
    public static func contains(_ path: String) -> Bool {
        guard let id = identity(path) else { return false }
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        return read.contains(id)
    }
}
