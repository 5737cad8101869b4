import TallyPrimitives
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// The tidying step of OutputSet: temporaries left behind by processes that were killed.
extension OutputSet {
    /// Removes from `folder` the temporaries (`.tally-tmp-<pid>-...`, and the older
    /// `<name>.tmp-<pid>` beside the names in `legacyNames`) of processes that no longer run.
    /// Only files and symlinks are removed, never followed; errors are ignored (the folder is
    /// tidied, not required to be tidy).
    static func removeStale(in folder: String, legacyNames: [String]) {
        guard let dir = opendir(folder) else { return }
        defer { closedir(dir) }
        let me = getpid()
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            var digits: Substring
            if name.hasPrefix(temporaryPrefix) {
                digits = name.dropFirst(temporaryPrefix.count).prefix { $0 != "-" }
            } else if let legacy = legacyNames.first(where: { name.hasPrefix($0 + ".tmp-") }) {
                digits = name.dropFirst(legacy.count + 5)
            } else {
                continue
            }
            guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let pid = Int32(digits), pid > 0, pid != me else { continue }
            guard kill(pid, 0) != 0, errno == ESRCH else { continue }
            let path = folder + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            let type = info.st_mode & S_IFMT
            guard type == S_IFREG || type == S_IFLNK else { continue }
            unlink(path)
        }
    }
}
