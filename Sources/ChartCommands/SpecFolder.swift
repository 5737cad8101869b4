import TallyCharts
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The folder a chart spec lives in: the only place a path written in the spec (its `logo`) may
/// point to. A spec that came from someone else must not make Tally read `/etc/...`, `../..` or
/// a file reached through a symbolic link that leads out of the folder.
struct SpecFolder {
    /// The folder, with links resolved.
    let root: String

    init(specPath: String) {
        let dir: String
        if let slash = specPath.lastIndex(of: "/") {
            dir = slash == specPath.startIndex ? "/" : String(specPath[..<slash])
        } else {
            dir = "."
        }
        root = Self.realPath(dir) ?? dir
    }

    /// `path` (relative to the folder) as a path inside it, or an error naming `field`.
    func resolve(_ path: String, field: String) throws(ChartSpecError) -> String {
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        if path.isEmpty || path.hasPrefix("/") || path.hasPrefix("~") || components.contains("..") || path.contains("\0") {
            throw ChartSpecError("\(field): must be a relative path inside the spec's folder, without '..'")
        }
        let joined = (root.hasSuffix("/") ? root : root + "/") + path
        guard let real = Self.realPath(joined) else {
            throw ChartSpecError("\(field): no such file in the spec's folder")
        }
        let prefix = root.hasSuffix("/") ? root : root + "/"
        guard real.hasPrefix(prefix) else {
            throw ChartSpecError("\(field): leads out of the spec's folder (through a symbolic link); copy the file into the folder")
        }
        return real
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
