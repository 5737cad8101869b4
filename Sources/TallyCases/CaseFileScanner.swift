/// Walks the records of a CSV file in memory without making strings: each call to `next` fills
/// the byte ranges of the record's fields. RFC 4180 as `TallyData.CSVTable` reads it (quotes,
/// doubled quotes, line breaks inside quotes, CRLF, a BOM); a quoted field's range excludes its
/// quotes, and `needsUnescaping` says whether it holds doubled quotes.
///
/// The loop works on a raw pointer with local variables and writes into a fixed buffer of fields:
/// it runs once per byte of files of millions of records.
struct CaseFileScanner {
    struct Field {
        var start: Int
        var end: Int
        var needsUnescaping: Bool
    }

    struct SyntaxError: Error {
        var line: Int
        var message: String
    }

    let bytes: UnsafeRawBufferPointer
    private let base: UnsafePointer<UInt8>?
    private(set) var position: Int
    /// Line on which the current record starts (1-based).
    private(set) var line = 1
    private var nextLine = 1
    /// The current record's fields (`fieldCount` of them are valid).
    private(set) var fields: UnsafeMutablePointer<Field>
    private(set) var fieldCount = 0
    private var capacity = 16

    /// The byte just past the last one this scanner reads.
    private let limit: Int

    init(bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
        base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self)
        position = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        limit = bytes.count
        fields = UnsafeMutablePointer<Field>.allocate(capacity: capacity)
    }

    /// A scanner over `start..<end` only (a worker's share), counting lines from `firstLine`.
    init(bytes: UnsafeRawBufferPointer, start: Int, end: Int, firstLine: Int) {
        self.bytes = bytes
        base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self)
        position = start
        limit = end
        line = firstLine
        nextLine = firstLine
        fields = UnsafeMutablePointer<Field>.allocate(capacity: capacity)
    }

    /// Lines consumed so far (the next record's line number minus the first).
    var nextLineNumber: Int { nextLine }

    /// Frees the field buffer; call once when done.
    func release() { fields.deallocate() }

    subscript(_ i: Int) -> Field { fields[i] }

    @inline(__always)
    private mutating func append(_ f: Field) {
        if fieldCount == capacity {
            let bigger = UnsafeMutablePointer<Field>.allocate(capacity: capacity * 2)
            bigger.moveInitialize(from: fields, count: fieldCount)
            fields.deallocate()
            fields = bigger
            capacity *= 2
        }
        fields[fieldCount] = f
        fieldCount += 1
    }

    /// Reads the next record; false at the end of the file.
    mutating func next() throws(SyntaxError) -> Bool {
        fieldCount = 0
        guard let p = base else { return false }
        let n = limit
        var i = position
        var lines = nextLine
        // Skip empty lines.
        while i < n, p[i] == 0x0A || p[i] == 0x0D {
            if p[i] == 0x0A || i + 1 >= n || p[i + 1] != 0x0A { lines += 1 }
            i += 1
        }
        guard i < n else { position = i; nextLine = lines; return false }
        line = lines
        while true {
            if p[i] == 0x22 {
                i += 1
                let start = i
                var escaped = false
                while true {
                    guard i < n else { throw SyntaxError(line: line, message: "a quoted field is never closed") }
                    let b = p[i]
                    if b == 0x22 {
                        if i + 1 < n, p[i + 1] == 0x22 { escaped = true; i += 2; continue }
                        break
                    }
                    if b == 0x0A { lines += 1 }
                    i += 1
                }
                append(Field(start: start, end: i, needsUnescaping: escaped))
                i += 1
                if i < n, p[i] != 0x2C, p[i] != 0x0A, p[i] != 0x0D {
                    throw SyntaxError(line: line, message: "unexpected text after a closing quote")
                }
            } else {
                let start = i
                // Eight bytes at a time while none of them is a comma, quote or line break
                // (SWAR: a byte equal to c makes (x ^ c) have a zero byte).
                while i + 8 <= n {
                    let x = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)
                    if Self.hasByte(x, 0x2C) || Self.hasByte(x, 0x0A) || Self.hasByte(x, 0x0D) || Self.hasByte(x, 0x22) { break }
                    i += 8
                }
                while i < n {
                    let b = p[i]
                    if b == 0x2C || b == 0x0A || b == 0x0D { break }
                    if b == 0x22 { throw SyntaxError(line: line, message: "a quote inside an unquoted field") }
                    i += 1
                }
                append(Field(start: start, end: i, needsUnescaping: false))
            }
            if i < n, p[i] == 0x2C {
                i += 1
                if i == n { append(Field(start: i, end: i, needsUnescaping: false)) }
                else { continue }
            }
            if i < n {
                if p[i] == 0x0D { i += 1 }
                if i < n, p[i] == 0x0A { i += 1 }
                lines += 1
            }
            position = i
            nextLine = lines
            return true
        }
    }

    @inline(__always)
    static func hasByte(_ x: UInt64, _ c: UInt8) -> Bool {
        let v = x ^ (0x0101010101010101 &* UInt64(c))
        return (v &- 0x0101010101010101) & ~v & 0x8080808080808080 != 0
    }

    /// A field's text (unescaped), for messages and ids.
    func string(_ f: Field) -> String {
        let raw = UnsafeRawBufferPointer(rebasing: bytes[f.start..<f.end])
        guard f.needsUnescaping else { return String(decoding: raw, as: UTF8.self) }
        // Inside quotes every quote is doubled (a single one would have closed the field): keep
        // the first of each pair. By bytes, not Characters: a combining mark after a quote joins
        // it into one Character that is not "\"", and the pair was kept whole (the differential
        // test against CSVTable found it). A quote byte is never part of another UTF-8 character.
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var i = 0
        while i < raw.count {
            let b = raw[i]
            out.append(b)
            i += b == 0x22 ? 2 : 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
