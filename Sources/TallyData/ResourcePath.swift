#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import TallyPrimitives

/// Where a data package's resource may be read from: a relative path inside the package folder.
///
/// Refused, with an error naming the resource: an absolute path, a `..` component, a URL (or
/// anything with a scheme, `file:` included), an empty path, and a path whose real location (all
/// symlinks resolved) is outside the package folder's real location. Only regular files are read
/// (a FIFO or device would block or never end). The file is then read through its resolved path,
/// so a symlink swapped after the check changes nothing.
enum ResourcePath {
    struct Refused: Error {
        var message: String
    }

    /// The resolved real path of `path` (relative to `folder`), or why it may not be read.
    /// - Throws: `Refused`, or `InputMissing` when the file is not there.
    static func confine(_ path: String, in folder: String, resource: String) throws -> String {
        func refuse(_ why: String) -> Refused {
            Refused(message: "resource '\(resource)' has path \(JSONValue.quote(path)): \(why); expected a relative path to a file inside the package folder")
        }
        if path.isEmpty { throw refuse("the path is empty") }
        if path.hasPrefix("/") { throw refuse("absolute paths are not read") }
        if hasScheme(path) { throw refuse("URLs are not read; download the file into the package folder") }
        if path.split(separator: "/", omittingEmptySubsequences: false).contains("..") {
            throw refuse("a '..' component leaves the package folder")
        }
        let full = FilePath.join(folder, path)
        guard let realFolder = realPath(folder.isEmpty ? "." : folder) else {
            throw InputMissing(path: folder, reason: "the package folder cannot be resolved")
        }
        guard let realFile = realPath(full) else {
            throw InputMissing(path: full, reason: "resource '\(resource)' is missing")
        }
        let inside = realFolder == "/" ? realFile.hasPrefix("/") : realFile.hasPrefix(realFolder + "/")
        guard inside else {
            throw refuse("it resolves (through a symbolic link) to a file outside the package folder")
        }
        guard isRegularFile(realFile) else { throw refuse("it is not a regular file") }
        return realFile
    }

    /// `scheme:` at the start, as in `https:`, `file:`, `javascript:`.
    static func hasScheme(_ path: String) -> Bool {
        guard let colon = path.firstIndex(of: ":") else { return false }
        let scheme = path[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter else { return false }
        return scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".") }
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        return (info.st_mode & S_IFMT) == S_IFREG
    }

    /// Size in bytes of a regular file; nil for other kinds of file or when it cannot be read.
    static func regularFileSize(_ path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(info.st_size)
    }
}
