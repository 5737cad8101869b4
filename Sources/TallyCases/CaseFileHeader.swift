/// The header of a case file: where the columns a count reads are, and where the records start.
/// A missing column, or one named twice, is refused at line 1.
struct CaseFileHeader {
    /// The columns a counter reads, and how many fields every record must have.
    struct Columns {
        var id: Int, detained: Int, released: Int, key: Int, width: Int
    }

    var columns: Columns
    /// The byte after the header's line break.
    var bodyStart: Int
    /// The line the first record after the header is on.
    var firstBodyLine: Int

    typealias Failure = CaseAggregation.Failure

    init(bytes: UnsafeRawBufferPointer, path: String, key: CaseAggregation.Key) throws {
        var scanner = CaseFileScanner(bytes: bytes)
        defer { scanner.release() }
        do {
            guard try scanner.next() else { throw Failure(message: "\(path): the file is empty; expected a header") }
        } catch let e as CaseFileScanner.SyntaxError {
            throw Failure(message: "\(path):\(e.line): \(e.message)")
        }
        let names = (0..<scanner.fieldCount).map { scanner.string(scanner[$0]) }
        func column(_ name: String) throws -> Int {
            // A column named twice is ambiguous (Tally would read the first, Python's csv module
            // the last): refused, so a reviewer's tools and Tally count the same column.
            if names.filter({ $0 == name }).count > 1 {
                throw Failure(message: "\(path):1: the column '\(name)' is named twice; keep one")
            }
            if let i = names.firstIndex(of: name) { return i }
            throw Failure(message: "\(path):1: no column '\(name)'; expected columns id,category,detained_on,released_on[,region,article,source]")
        }
        columns = Columns(id: try column("id"), detained: try column("detained_on"), released: try column("released_on"),
                          key: try column(key.rawValue), width: names.count)
        bodyStart = scanner.position
        firstBodyLine = scanner.nextLineNumber
    }
}
