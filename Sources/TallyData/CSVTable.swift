/// A CSV file read per RFC 4180, keeping where every field started so that errors can point at it.
///
/// Accepted: fields separated by commas (or another one-byte delimiter the caller names: a tidy
/// CSV may use `;` or tab, `CSVDelimiter`), records by LF or CRLF (a lone CR too), fields optionally
/// enclosed in double quotes, `""` inside a quoted field for one quote, commas and line breaks
/// inside quoted fields, an optional UTF-8 byte-order mark, an optional final line break.
/// Empty lines are skipped, as Python's `csv.DictReader` does.
/// Rejected with a `CSVSyntaxError`: a quote inside an unquoted field, text after a closing quote,
/// a quoted field still open at the end of the file, bytes that are not UTF-8, a character
/// `ForbiddenCharacter` lists (named as `U+001B` at its own line and column), a field longer than
/// `maxFieldBytes`, a record with more than `maxColumns` fields (checked while reading, so a
/// 10^7-column header stops at the limit instead of being built first).
public struct CSVTable: Sendable {
    /// Most fields in one record (header included).
    public static let maxColumns = 1_000
    /// Most records in one table, header included (checked while reading: each record costs some
    /// hundred bytes of memory, so 64 MiB of one-byte lines must not become 33 million records).
    public static let maxRecords = DataLimits.maxObservations + 1
    /// Longest field, in bytes as written (64 KiB); a quoted sentence is far shorter.
    public static let maxFieldBytes = 65_536

    /// One record: its fields, the 1-based line it starts on, and the 1-based column
    /// (in characters) where each field starts.
    public struct Record: Sendable, Equatable {
        public var fields: [String]
        public var line: Int
        public var columns: [Int]
    }

    public var header: [String]
    public var headerLine: Int
    /// The 1-based column where each header name starts.
    public var headerColumns: [Int]
    public var records: [Record]

    /// Parses `bytes`; the first record is the header. `delimiter` is one ASCII byte.
    public init(bytes: [UInt8], file: String, delimiter: UInt8 = UInt8(ascii: ",")) throws(CSVSyntaxError) {
        var parser = CSVByteParser(bytes: bytes, file: file, delimiter: delimiter)
        var all: [Record] = []
        while let record = try parser.next() {
            guard all.count < Self.maxRecords else {
                throw CSVSyntaxError(file: file, line: record.line, column: 1,
                    message: "more than \(Self.maxRecords - 1) rows (CSVTable.maxRecords, DataLimits.maxObservations); split the table")
            }
            all.append(record)
        }
        guard let first = all.first else {
            throw CSVSyntaxError(file: file, line: 1, column: 1, message: "the file is empty; expected a header line")
        }
        header = first.fields
        headerLine = first.line
        headerColumns = first.columns
        records = Array(all.dropFirst())
    }

    /// Index of a header column by name.
    public func index(of name: String) -> Int? { header.firstIndex(of: name) }
}

/// A CSV file that cannot be read as CSV at all.
public struct CSVSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String
    public var description: String { "\(file):\(line):\(column): \(message)" }
}

/// The byte-level state machine behind `CSVTable`; yields one record per call.
struct CSVByteParser {
    private let bytes: [UInt8]
    private let file: String
    /// The byte between fields (a comma unless the caller says otherwise).
    private let delimiter: UInt8
    private var position = 0
    private var line = 1
    /// Characters (not bytes) consumed on the current line before `position`.
    private var column = 0

    private static let quote = UInt8(ascii: "\"")
    private static let lf = UInt8(ascii: "\n")
    private static let cr = UInt8(ascii: "\r")

    init(bytes: [UInt8], file: String, delimiter: UInt8 = UInt8(ascii: ",")) {
        self.bytes = bytes
        self.file = file
        self.delimiter = delimiter
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            position = 3
        }
    }

    /// Moves past one byte that is not a line break, counting characters for columns.
    @inline(__always)
    private mutating func advance() {
        if bytes[position] & 0xC0 != 0x80 { column += 1 }
        position += 1
    }

    private func error(_ message: String, line: Int? = nil, column: Int? = nil) -> CSVSyntaxError {
        CSVSyntaxError(file: file, line: line ?? self.line, column: column ?? self.column + 1, message: message)
    }

    /// The field's text; `quoted` says whether `column` is on an opening quote.
    private func decode(_ slice: ArraySlice<UInt8>, line: Int, column: Int, quoted: Bool = false) throws(CSVSyntaxError) -> String {
        guard let s = String(validating: slice, as: UTF8.self) else {
            throw error("the field is not valid UTF-8 text", line: line, column: column)
        }
        // Plain printable ASCII, the common case, needs no scalar-by-scalar check.
        if slice.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return s }
        if let bad = ForbiddenCharacter.first(in: s) {
            // Locate the character itself: count lines and columns through the field's text.
            var atLine = line, atColumn = column + (quoted ? 1 : 0)
            for (k, scalar) in s.unicodeScalars.enumerated() {
                if k == bad.offset { break }
                if scalar == "\n" { atLine += 1; atColumn = 1 } else if scalar != "\r" { atColumn += 1 }
            }
            throw error(bad.explanation, line: atLine, column: atColumn)
        }
        return s
    }

    private func checkLength(_ start: Int, line: Int, column: Int) throws(CSVSyntaxError) {
        if position - start > CSVTable.maxFieldBytes {
            throw error("a field longer than \(CSVTable.maxFieldBytes) bytes (CSVTable.maxFieldBytes); is a quote left open?",
                        line: line, column: column)
        }
    }

    /// Consumes a line break at `position` if there is one; returns whether it did.
    private mutating func consumeLineBreak() -> Bool {
        guard position < bytes.count else { return false }
        if bytes[position] == Self.lf {
            position += 1
        } else if bytes[position] == Self.cr {
            position += 1
            if position < bytes.count, bytes[position] == Self.lf { position += 1 }
        } else {
            return false
        }
        line += 1
        column = 0
        return true
    }

    mutating func next() throws(CSVSyntaxError) -> CSVTable.Record? {
        // Skip empty lines.
        while position < bytes.count, consumeLineBreak() {}
        guard position < bytes.count else { return nil }

        let recordLine = line
        var fields: [String] = []
        var columns: [Int] = []
        while true {
            let fieldColumn = column + 1
            guard columns.count < CSVTable.maxColumns else {
                throw error("more than \(CSVTable.maxColumns) fields in one record (CSVTable.maxColumns)", line: line, column: fieldColumn)
            }
            columns.append(fieldColumn)
            if position < bytes.count, bytes[position] == Self.quote {
                let openedLine = line
                advance()
                let contentStart = position
                var value: [UInt8] = []
                var escaped = false
                var closed = false
                while position < bytes.count {
                    if position & 0xFFF == 0 { try checkLength(contentStart, line: openedLine, column: fieldColumn) }
                    let b = bytes[position]
                    if b == Self.quote {
                        if position + 1 < bytes.count, bytes[position + 1] == Self.quote {
                            if !escaped { value.append(contentsOf: bytes[contentStart..<position]); escaped = true }
                            value.append(Self.quote)
                            advance()
                            advance()
                            continue
                        }
                        advance()
                        closed = true
                        break
                    }
                    if b == Self.lf || b == Self.cr {
                        // A line break inside quotes belongs to the field; keep it as written.
                        if escaped { value.append(b) }
                        position += 1
                        if b == Self.cr, position < bytes.count, bytes[position] == Self.lf {
                            if escaped { value.append(Self.lf) }
                            position += 1
                        }
                        line += 1
                        column = 0
                        continue
                    }
                    if escaped { value.append(b) }
                    advance()
                }
                if !closed {
                    throw CSVSyntaxError(
                        file: file, line: openedLine, column: fieldColumn,
                        message: "a quoted field opened here is never closed; expected a closing \" before the end of the file")
                }
                // Without doubled quotes the field is the bytes between the quotes, as they stand.
                try checkLength(contentStart, line: openedLine, column: fieldColumn)
                let content = escaped ? value[...] : bytes[contentStart..<(position - 1)]
                fields.append(try decode(content, line: openedLine, column: fieldColumn, quoted: true))
                if position < bytes.count, bytes[position] != delimiter,
                   bytes[position] != Self.lf, bytes[position] != Self.cr {
                    throw error("unexpected text after a closing quote; expected \(CSVDelimiter.name(delimiter)) or the end of the line")
                }
            } else {
                let start = position
                while position < bytes.count {
                    let b = bytes[position]
                    if b == delimiter || b == Self.lf || b == Self.cr { break }
                    if b == Self.quote {
                        throw error("a quote inside an unquoted field; quote the whole field and double the inner quote (\"\")")
                    }
                    advance()
                }
                try checkLength(start, line: line, column: fieldColumn)
                fields.append(try decode(bytes[start..<position], line: line, column: fieldColumn))
            }
            if position < bytes.count, bytes[position] == delimiter {
                advance()
                continue
            }
            _ = consumeLineBreak()
            return CSVTable.Record(fields: fields, line: recordLine, columns: columns)
        }
    }
}
