import TallyPrimitives
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes the files of one command as a set: on any failure before the renames (creating,
/// writing or syncing a temporary: nearly every failure) every old file stays as it was. The
/// renames themselves come last and one at a time, so a rename that fails (rare: each temporary
/// sits in its destination's own folder) leaves the files already renamed replaced; the error
/// then names them ("already replaced: ...").
///
/// 1. The same destination named twice (same resolved folder and name) is refused (usage, 64).
/// 2. Stale temporaries of earlier runs whose process is gone are removed from the folders.
/// 3. Every file is written to a temporary in its destination's folder, created with
///    `O_CREAT|O_EXCL|O_NOFOLLOW` (a planted file or symlink is never followed or reused) under an
///    unpredictable name `.tally-tmp-<pid>-<random>-<name>`, written fully, `fsync`ed and closed.
/// 4. Only then is each renamed into place, and each folder `fsync`ed.
///
/// SIGINT and SIGTERM while writing remove the temporaries and exit 130 or 143; during the renames
/// they wait until the set is in place (`PendingTemporaries`). Errors are thrown as
/// `OutputSetError`; nothing is printed here.
public enum OutputSet {
    /// The start of every temporary's name, so that stale ones are recognised.
    public static let temporaryPrefix = ".tally-tmp-"
    /// How many times a temporary name is drawn again when one is taken (each is random, so a
    /// second collision means someone is planting files).
    static let nameAttempts = 8
    /// Bytes of the destination's name kept at the end of a temporary's name (names stay under
    /// the 255-byte limit of a folder entry).
    static let keptNameBytes = 120

    /// A destination split into the folder it resolves to and its name in that folder.
    struct Destination {
        var path: String
        var folder: String
        var name: String
        var resolvedFolder: String
    }

    // MARK: - Checks before anything runs

    /// Refuses (usage, 64) a list of outputs that names one file twice, or a folder as a file.
    /// Call it before the work, so that nothing runs for a command that cannot write its result.
    public static func checkDistinct(_ paths: [String]) throws(OutputSetError) {
        _ = try destinations(paths)
    }

    static func destinations(_ paths: [String]) throws(OutputSetError) -> [Destination] {
        var seen: [String: String] = [:]
        var result: [Destination] = []
        for path in paths {
            let d = try destination(path)
            let key = d.resolvedFolder + "/" + d.name
            if let earlier = seen[key] {
                throw OutputSetError(path: path, failure: earlier == path
                    ? "named twice as an output; give each output its own file name"
                    : "is the same file as \(earlier); give each output its own file name", exitClass: .usage)
            }
            seen[key] = path
            result.append(d)
        }
        return result
    }

    static func destination(_ path: String) throws(OutputSetError) -> Destination {
        let slash = path.lastIndex(of: "/")
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        let folder = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
        guard !name.isEmpty, name != ".", name != ".." else {
            throw OutputSetError(path: path, failure: "names a folder, not a file; give a file name such as out.csv", exitClass: .usage)
        }
        guard !name.utf8.contains(0), !folder.utf8.contains(0) else {
            throw OutputSetError(path: path, failure: "holds a NUL character", exitClass: .usage)
        }
        if InputFiles.contains(path) {
            throw OutputSetError(path: path, failure: "is one of this command's inputs; writing it would replace the data it was made from: choose another output name", exitClass: .usage)
        }
        return Destination(path: path, folder: folder, name: name, resolvedFolder: resolved(folder))
    }

    /// The folder with symlinks, `.` and `..` resolved when it exists; otherwise its absolute path
    /// with `.` and `..` removed (it will fail to be created into later, with the reason).
    static func resolved(_ folder: String) -> String {
        if let real = realpath(folder, nil) {
            defer { free(real) }
            return String(cString: real)
        }
        var absolute = folder
        if !folder.hasPrefix("/"), let cwd = getcwd(nil, 0) {
            absolute = String(cString: cwd) + "/" + folder
            free(cwd)
        }
        var parts: [Substring] = []
        for part in absolute.split(separator: "/") {
            if part == "." { continue }
            if part == ".." { _ = parts.popLast(); continue }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }

    // MARK: - Writing

    /// Writes every file, then renames them all into place (see the type's documentation).
    public static func write(_ files: [(path: String, bytes: [UInt8])]) throws(OutputSetError) {
        let set = try Pending(files.map(\.path))
        do throws(OutputSetError) {
            for (i, file) in files.enumerated() { try set.append(file.bytes, to: i) }
            try set.commit()
        } catch {
            set.abandon()
            throw error
        }
    }

    /// Writes the files named in `paths` through `produce`, which appends to them (by index) as
    /// it goes, for outputs too large to hold in memory; then renames them all into place. Any error
    /// thrown by `produce` removes the temporaries and is rethrown.
    public static func write(_ paths: [String], _ produce: (_ append: (UnsafeRawBufferPointer, Int) throws(OutputSetError) -> Void) throws -> Void) throws {
        let set = try Pending(paths)
        do {
            try produce { (buffer, index) throws(OutputSetError) in try set.append(buffer, to: index) }
            try set.commit()
        } catch {
            set.abandon()
            throw error
        }
    }

    /// One set's temporaries, open for writing.
    final class Pending {
        var destinations: [Destination]
        var temporaries: [String] = []
        var descriptors: [Int32] = []
        var slots: [Int] = []

        init(_ paths: [String]) throws(OutputSetError) {
            destinations = try OutputSet.destinations(paths)
            for d in destinations {
                var info = stat()
                if lstat(d.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
                    throw OutputSetError(path: d.path, failure: "is a folder; name a file, or move the folder away", exitClass: .cannotCreate)
                }
            }
            var folders: [String] = []
            for d in destinations where !folders.contains(d.resolvedFolder) { folders.append(d.resolvedFolder) }
            for folder in folders {
                OutputSet.removeStale(in: folder, legacyNames: destinations.filter { $0.resolvedFolder == folder }.map(\.name))
            }
            do {
                for d in destinations { try create(d) }
            } catch {
                abandon()
                throw error
            }
        }

        func create(_ d: Destination) throws(OutputSetError) {
            let kept = String(decoding: d.name.utf8.suffix(OutputSet.keptNameBytes), as: UTF8.self)
                .replacingNonPrintable()
            for _ in 0..<OutputSet.nameAttempts {
                let random = String(UInt64.random(in: 0...UInt64.max), radix: 16)
                let temp = d.folder + "/" + OutputSet.temporaryPrefix + "\(getpid())-\(random)-\(kept)"
                let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
                let code = errno
                if fd < 0 {
                    if code == EEXIST || code == ELOOP { continue }
                    throw OutputSetError(path: d.path, failure: "cannot create a temporary file in \(d.folder)",
                                         systemError: OutputSet.text(code), exitClass: .cannotCreate)
                }
                guard let slot = PendingTemporaries.register(temp) else {
                    close(fd)
                    unlink(temp)
                    throw OutputSetError(path: d.path, failure: "more than \(PendingTemporaries.capacity) outputs are being written at once (the limit); write fewer at a time", exitClass: .cannotCreate)
                }
                temporaries.append(temp)
                descriptors.append(fd)
                slots.append(slot)
                return
            }
            throw OutputSetError(path: d.path, failure: "cannot create a temporary file in \(d.folder): \(OutputSet.nameAttempts) random names were all taken", exitClass: .cannotCreate)
        }

        func append(_ bytes: [UInt8], to index: Int) throws(OutputSetError) {
            var failure: OutputSetError?
            bytes.withUnsafeBytes { buffer in
                do throws(OutputSetError) { try append(buffer, to: index) } catch { failure = error }
            }
            if let failure { throw failure }
        }

        func append(_ buffer: UnsafeRawBufferPointer, to index: Int) throws(OutputSetError) {
            var done = 0
            while done < buffer.count {
                let n = systemWrite(descriptors[index], buffer.baseAddress! + done, buffer.count - done)
                let code = errno
                if n < 0, code == EINTR { continue }
                guard n > 0 else {
                    throw OutputSetError(path: destinations[index].path, failure: "writing failed",
                                         systemError: OutputSet.text(n == 0 ? EIO : code), exitClass: .io)
                }
                done += n
            }
        }

        func commit() throws(OutputSetError) {
            for i in destinations.indices {
                let synced = fsync(descriptors[i])
                let code = errno
                guard synced == 0 else {
                    throw OutputSetError(path: destinations[i].path, failure: "writing failed (fsync)", systemError: OutputSet.text(code), exitClass: .io)
                }
                let closed = close(descriptors[i])
                let closeCode = errno
                descriptors[i] = -1
                guard closed == 0 else {
                    throw OutputSetError(path: destinations[i].path, failure: "writing failed (close)", systemError: OutputSet.text(closeCode), exitClass: .io)
                }
            }
            PendingTemporaries.beginRenaming()
            defer { PendingTemporaries.endRenaming() }
            for i in destinations.indices {
                let moved = rename(temporaries[i], destinations[i].path)
                let code = errno
                guard moved == 0 else {
                    let done = destinations[..<i].map(\.path)
                    throw OutputSetError(
                        path: destinations[i].path,
                        failure: "cannot move the finished file into place" + (done.isEmpty ? "; no file was changed" : "; already replaced: " + done.joined(separator: ", ")),
                        systemError: OutputSet.text(code), exitClass: .cannotCreate)
                }
                PendingTemporaries.unregister(slots[i])
                slots[i] = -1
            }
            var synced: [String] = []
            for d in destinations where !synced.contains(d.folder) {
                synced.append(d.folder)
                let fd = open(d.folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
                if fd >= 0 { _ = fsync(fd); close(fd) }
            }
        }

        /// Closes and removes every temporary not yet renamed.
        func abandon() {
            for i in descriptors.indices {
                if descriptors[i] >= 0 { close(descriptors[i]); descriptors[i] = -1 }
                if slots[i] >= 0 {
                    unlink(temporaries[i])
                    PendingTemporaries.unregister(slots[i])
                    slots[i] = -1
                }
            }
        }
    }

    static func text(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}

/// write(2), named apart from `OutputSet.write`.
private func systemWrite(_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, bytes, count)
}

extension String {
    /// Letters, digits and `.-_` kept; anything else (spaces, control characters) as `_`, for the
    /// recognisable end of a temporary's name.
    func replacingNonPrintable() -> String {
        String(String.UnicodeScalarView(unicodeScalars.map { s in
            (s.properties.isAlphabetic || ("0"..."9").contains(s) || s == "." || s == "-" || s == "_") ? s : "_"
        }))
    }
}
