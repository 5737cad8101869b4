import Foundation
import TallyData
#if canImport(Glibc)
import Glibc
#endif

/// Puts a built notebook in place: the whole old build or the whole new one is under the final
/// name at every moment, whatever stops the build.
///
/// The files go into a fresh temporary folder beside the destination (`.<name>.tmp-<pid>-<n>`,
/// created with `mkdir`, so nothing planted there is reused; each file opened with
/// `O_EXCL|O_NOFOLLOW` and synced). Then the two folders are exchanged in one step with Linux's
/// `renameat2(RENAME_EXCHANGE)`, and the old build, now under the temporary name, is removed.
/// Where the exchange is not supported it falls back to two renames (a short window with no build).
/// Temporary folders left by a build that was killed are removed by the next build, once their
/// process is gone.
public enum NotebookFolder {
    /// A build folder that holds another notebook's build (or no build at all).
    public struct Occupied: Error, Sendable, CustomStringConvertible {
        public var folder: String
        public var holder: String
        public var description: String {
            "\(folder) holds \(holder); give this notebook another 'name', choose another --out-dir, or pass --force to replace it"
        }
    }

    /// Where a write failed, with the system's reason.
    public struct WriteFailed: Error, Sendable, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "cannot write \(path): \(reason)" }
    }

    /// Refuses to replace a folder that does not hold this spec's earlier build, unless forced.
    public static func checkOwner(_ folder: String, specDisplay: String, force: Bool) throws {
        guard !force else { return }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDir) else { return }
        let provenance = (folder as NSString).appendingPathComponent("provenance.json")
        guard isDir.boolValue, let data = FileManager.default.contents(atPath: provenance),
              let json = try? JSONParser.parse([UInt8](data)) else {
            throw Occupied(folder: folder, holder: "something that is not a notebook build (no readable provenance.json)")
        }
        let owner = json["spec"]?["path"]?.stringValue ?? "?"
        guard owner == specDisplay else {
            throw Occupied(folder: folder, holder: "the build of another notebook spec (\(owner))")
        }
    }

    /// Writes `files` (paths relative to the build folder) and swaps them in as `folder`.
    public static func install(_ files: [(path: String, bytes: [UInt8])], into folder: String) throws {
        let fm = FileManager.default
        let parent = (folder as NSString).deletingLastPathComponent.isEmpty ? "." : (folder as NSString).deletingLastPathComponent
        let name = (folder as NSString).lastPathComponent
        do {
            try fm.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw WriteFailed(path: parent, reason: "cannot create the folder")
        }
        // A received project may hold `notebooks-out` as a link to somewhere else (a home
        // folder): builds go only into a real folder.
        var status = stat()
        if lstat(parent, &status) == 0, (status.st_mode & S_IFMT) == S_IFLNK {
            throw WriteFailed(path: parent, reason: "it is a symbolic link; builds are written only into a real folder (pass --out-dir)")
        }
        removeStaleTemporaries(in: parent, name: name)
        let temp = try makeTemporaryFolder(in: parent, name: name)
        do {
            try write(files, into: temp)
            try swap(temp, into: folder)
        } catch {
            try? fm.removeItem(atPath: temp)
            throw error
        }
        syncFolder(parent)
    }

    static func temporaryPrefix(_ name: String) -> String { ".\(name).tmp-" }

    static func makeTemporaryFolder(in parent: String, name: String) throws -> String {
        for attempt in 0..<100 {
            let temp = (parent as NSString).appendingPathComponent("\(temporaryPrefix(name))\(getpid())-\(attempt)")
            if mkdir(temp, 0o755) == 0 { return temp }
            let code = errno
            if code != EEXIST { throw WriteFailed(path: temp, reason: String(cString: strerror(code))) }
        }
        throw WriteFailed(path: parent, reason: "no free temporary folder name")
    }

    /// Removes `.<name>.tmp-<pid>-<n>` folders whose process no longer runs.
    static func removeStaleTemporaries(in parent: String, name: String) {
        let prefix = temporaryPrefix(name)
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? [] where entry.hasPrefix(prefix) {
            let rest = entry.dropFirst(prefix.count)
            guard let pid = rest.split(separator: "-").first.flatMap({ Int32($0) }), pid > 0 else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH {
                try? FileManager.default.removeItem(atPath: (parent as NSString).appendingPathComponent(entry))
            }
        }
    }

    static func write(_ files: [(path: String, bytes: [UInt8])], into folder: String) throws {
        var made = Set<String>()
        for f in files {
            let parts = f.path.split(separator: "/").map(String.init)
            guard !parts.isEmpty, !parts.contains(".."), !parts.contains("."), !f.path.hasPrefix("/") else {
                throw WriteFailed(path: f.path, reason: "not a plain relative path")
            }
            var dir = folder
            for part in parts.dropLast() {
                dir = (dir as NSString).appendingPathComponent(part)
                if made.insert(dir).inserted, mkdir(dir, 0o755) != 0, errno != EEXIST {
                    throw WriteFailed(path: dir, reason: String(cString: strerror(errno)))
                }
            }
            let full = (folder as NSString).appendingPathComponent(f.path)
            let fd = open(full, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw WriteFailed(path: full, reason: String(cString: strerror(errno))) }
            var offset = 0
            let failure: Int32? = f.bytes.withUnsafeBytes { buffer in
                while offset < buffer.count {
                    let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                    if n < 0 { if errno == EINTR { continue }; return errno }
                    offset += n
                }
                return fsync(fd) == 0 ? nil : errno
            }
            close(fd)
            if let failure { throw WriteFailed(path: full, reason: String(cString: strerror(failure))) }
        }
    }

    /// `renameat2`, looked up at run time (glibc 2.28+); nil where the C library lacks it.
    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
    private static let renameat2: RenameAt2? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
    }()
    private static let renameExchange: UInt32 = 2  // RENAME_EXCHANGE in <linux/fs.h>

    /// Moves `temp` to `folder`; an existing `folder` is exchanged with it in one step and removed.
    static func swap(_ temp: String, into folder: String) throws {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        let exists = fm.fileExists(atPath: folder, isDirectory: &isDir)
        if !exists {
            guard rename(temp, folder) == 0 else { throw WriteFailed(path: folder, reason: String(cString: strerror(errno))) }
            return
        }
        if let renameat2, renameat2(AT_FDCWD, temp, AT_FDCWD, folder, renameExchange) == 0 {
            try? fm.removeItem(atPath: temp)  // the old build, now under the temporary name
            return
        }
        // No atomic exchange here: move the old build aside, then the new one in.
        let aside = temp + "-old"
        guard rename(folder, aside) == 0 else { throw WriteFailed(path: folder, reason: String(cString: strerror(errno))) }
        guard rename(temp, folder) == 0 else {
            let code = errno
            _ = rename(aside, folder)
            throw WriteFailed(path: folder, reason: String(cString: strerror(code)))
        }
        try? fm.removeItem(atPath: aside)
    }

    static func syncFolder(_ path: String) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }
}
