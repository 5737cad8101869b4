#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif

/// The one folder a run may read from, and the files it read there.
///
/// A notebook spec comes with its data package and may come from anyone, so its cells may read
/// only files inside the spec's folder: no absolute path, `..` or symbolic link may lead a cell to
/// a reviewer's other files. Every reader of input files (data packages, CSV files, themes,
/// logos) calls `ReadBoundary.admit(_:)` before reading; outside a notebook there is no boundary
/// and it only returns. Paths are compared after resolving symbolic links (`realpath`), so a
/// link inside the folder that points out of it is refused too.
public final class ReadBoundary: @unchecked Sendable {
    /// The boundary of the current task (set by the notebook runner for its cells).
    @TaskLocal public static var current: ReadBoundary?

    /// The folder as given, and as resolved.
    public let folder: String
    private let resolvedFolder: String
    // Guarded by `mutex`: cells may read from worker threads.
    private var recorded: [String] = []
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)

    public init(folder: String) throws {
        self.folder = folder
        guard let resolved = Self.resolve(folder) else {
            throw InputMissing(path: folder, reason: "no such folder")
        }
        resolvedFolder = resolved
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    /// Every path admitted so far, in the order first read, without repeats.
    public var reads: [String] {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return recorded
    }

    /// Checks that `path` lies inside the current boundary (if any) and records it.
    /// - Throws: `InputMissing` naming the path and the folder it had to be in.
    public static func admit(_ path: String) throws {
        try current?.admit(path)
    }

    public func admit(_ path: String) throws {
        guard let resolved = Self.resolve(path) else {
            throw InputMissing(path: path, reason: "no such file")
        }
        guard resolved == resolvedFolder || resolved.hasPrefix(resolvedFolder == "/" ? "/" : resolvedFolder + "/") else {
            throw InputMissing(path: path, reason:
                "outside the notebook's folder \(folder); a notebook's cells may read only files in the folder of its spec (no absolute paths, '..' or links out of it)")
        }
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        if !recorded.contains(path) { recorded.append(path) }
    }

    /// The canonical absolute path, every link resolved; nil when it does not exist.
    static func resolve(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }
}
