#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A tidy CSV piped in: the path `-` reads standard input, with the limit a file has
/// (`DataLimits.maxTableBytes`), refused as soon as more arrives than that (a pipe has no size to
/// check first).
enum StandardInput {
    /// The path that means standard input.
    static let path = "-"
    /// How messages name it.
    static let name = "stdin"

    /// Reads `descriptor` (standard input unless told) to its end.
    /// - Throws: `DatasetInvalid` past `limit` bytes, `InputMissing` when it cannot be read.
    static func read(limit: Int, from descriptor: Int32 = 0) throws -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = chunk.withUnsafeMutableBytes { readSome(descriptor, $0.baseAddress, $0.count) }
            if n == 0 { return bytes }
            if n < 0 {
                if errno == EINTR { continue }
                throw InputMissing(path: name, reason: "standard input cannot be read (errno \(errno))")
            }
            bytes.append(contentsOf: chunk[..<n])
            guard bytes.count <= limit else {
                throw DatasetInvalid(issues: [ValidationIssue(file: name, message:
                    "the input is more than \(limit) bytes, larger than Tally reads (DataLimits.maxTableBytes); split it or remove what is not counts")])
            }
        }
    }
}

/// The C library's `read` (inside `StandardInput` the name is its own method).
private func readSome(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
