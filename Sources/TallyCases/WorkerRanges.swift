#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How the records of a case file are shared among workers.
enum WorkerRanges {
    /// The body of the file in one range, or in two split at the line break nearest the middle
    /// when more than one worker is asked for, the body is over 1 MiB and no byte of it is a quote
    /// (a quoted field could hide a line break, and a split inside it would misread both halves).
    static func split(_ bytes: UnsafeRawBufferPointer, body: Range<Int>, workers: Int) -> [Range<Int>] {
        let start = body.lowerBound, end = body.upperBound
        guard workers > 1, end - start > 1 << 20, let base = bytes.baseAddress,
              memchr(base + start, 0x22, end - start) == nil else { return [body] }
        var middle = start + (end - start) / 2
        while middle < end, bytes[middle] != 0x0A { middle += 1 }
        guard middle < end else { return [body] }
        return [start..<(middle + 1), (middle + 1)..<end]
    }
}
