#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Key values interned from bytes, without making a string per record.
struct KeyTable {
    private var slots = [Int32](repeating: -1, count: 1024)
    private var hashes: [UInt64] = []
    private(set) var names: [String] = []
    private var stored: [[UInt8]] = []
    var count: Int { names.count }

    mutating func index(_ bytes: UnsafeRawBufferPointer, _ start: Int, _ end: Int) -> Int {
        let h = ByteHash.of(bytes, start, end)
        var slot = Int(h & UInt64(slots.count - 1))
        while true {
            let entry = slots[slot]
            if entry < 0 { break }
            let e = Int(entry)
            if hashes[e] == h, stored[e].count == end - start,
               stored[e].withUnsafeBytes({ memcmp($0.baseAddress!, bytes.baseAddress! + start, end - start) }) == 0 {
                return e
            }
            slot = (slot + 1) & (slots.count - 1)
        }
        let value = Array(UnsafeRawBufferPointer(rebasing: bytes[start..<end]))
        names.append(String(decoding: value, as: UTF8.self))
        stored.append(value)
        hashes.append(h)
        slots[slot] = Int32(names.count - 1)
        if names.count * 2 > slots.count { grow() }
        return names.count - 1
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        for (e, h) in hashes.enumerated() {
            var slot = Int(h & UInt64(slots.count - 1))
            while slots[slot] >= 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = Int32(e)
        }
    }
}
