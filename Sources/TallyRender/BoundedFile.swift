import TallyPrimitives
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file without trusting it: only a regular file is read (opened without blocking, so a
/// FIFO cannot hang the reader), and at most `limit` bytes, so a huge file or a device is refused
/// before it fills memory. Used for logos here and for chart specs and themes by the commands.
public enum BoundedFile {
    public enum Problem: Error, Sendable, Equatable, CustomStringConvertible {
        case missing(String)
        case notRegular
        case tooLarge(limit: Int)
        case unreadable(String)

        public var description: String {
            switch self {
            case .missing(let reason): return "no such file (\(reason))"
            case .notRegular: return "not a regular file"
            case .tooLarge(let limit): return "larger than the \(limit) bytes allowed"
            case .unreadable(let reason): return "cannot be read (\(reason))"
            }
        }
    }

    public static func read(_ path: String, limit: Int) throws(Problem) -> [UInt8] {
        InputFiles.record(path)
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw .missing(String(cString: strerror(errno))) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { throw .notRegular }
        guard Int(info.st_size) <= limit else { throw .tooLarge(limit: limit) }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size) + 1)
        var count = 0
        while count < bytes.count {
            let n = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + count, $0.count - count) }
            if n < 0, errno == EINTR { continue }
            guard n >= 0 else { throw .unreadable(String(cString: strerror(errno))) }
            if n == 0 { break }
            count += n
            // The file grew while being read: keep going up to the limit, then refuse.
            if count == bytes.count, count <= limit { bytes += [UInt8](repeating: 0, count: min(limit + 1 - count, 1 << 20)) }
        }
        guard count <= limit else { throw .tooLarge(limit: limit) }
        return Array(bytes[..<count])
    }
}
