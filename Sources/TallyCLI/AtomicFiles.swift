import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif

/// Writes outputs so that none is ever left half written: every file goes to a temporary name
/// beside its destination, and only when all are complete are they renamed into place. On any
/// failure the temporaries are removed and existing files are left as they were.
public enum AtomicFiles {
    public static func write(_ files: [(path: String, bytes: [UInt8])]) throws {
        var temporaries: [String] = []
        func cleanUp() { for t in temporaries { unlink(t) } }
        for (path, bytes) in files {
            let temp = path + ".tmp-\(getpid())"
            guard let handle = fopen(temp, "wb") else {
                cleanUp()
                printError("error: cannot create \(path): \(String(cString: strerror(errno)))")
                throw ExitCode(73)
            }
            temporaries.append(temp)
            let written = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, handle) }
            let closed = fclose(handle)
            guard written == bytes.count, closed == 0 else {
                cleanUp()
                printError("error: writing \(path) failed: \(String(cString: strerror(errno)))")
                throw ExitCode(74)
            }
        }
        for ((path, _), temp) in zip(files, temporaries) {
            guard rename(temp, path) == 0 else {
                cleanUp()
                printError("error: cannot move the finished file into \(path): \(String(cString: strerror(errno)))")
                throw ExitCode(73)
            }
        }
    }
}
