/// A 64-bit hash of a short byte string, eight bytes at a time (multiply and xor-shift mixing as
/// in SplitMix64's finaliser). Used to intern key values and to find candidate repeated ids, which
/// are then compared as bytes or text: equal hashes alone never decide anything.
enum ByteHash {
    @inline(__always)
    static func of(_ bytes: UnsafeRawBufferPointer, _ start: Int, _ end: Int) -> UInt64 {
        guard let base = bytes.baseAddress else { return 0 }
        var h: UInt64 = 0x9E3779B97F4A7C15 ^ UInt64(end - start)
        var i = start
        while i + 8 <= end {
            h = (h ^ base.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xBF58476D1CE4E5B9
            h ^= h >> 29
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < end {
            tail |= UInt64(base.load(fromByteOffset: i, as: UInt8.self)) << shift
            shift += 8
            i += 1
        }
        h = (h ^ tail) &* 0x94D049BB133111EB
        return h ^ (h >> 31)
    }
}
