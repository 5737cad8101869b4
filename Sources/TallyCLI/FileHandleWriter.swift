#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

public enum FileHandleWriter {
    public static func stderr(_ s: String) {
        var bytes = Array(s.utf8)
        _ = bytes.withUnsafeMutableBytes { fputs_bytes($0, to: 2) }
    }

    private static func fputs_bytes(_ buffer: UnsafeMutableRawBufferPointer, to fd: Int32) -> Int {
        var written = 0
        while written < buffer.count {
            let n = write(fd, buffer.baseAddress! + written, buffer.count - written)
            if n <= 0 { break }
            written += n
        }
        return written
    }
}
