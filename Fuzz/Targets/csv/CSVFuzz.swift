import TallyData

/// libFuzzer entry point: any bytes through `CSVTable`. An accepted table must be consistent
/// with itself: one start column per field, every column at least 1, lines increasing from the
/// header on.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    let table: CSVTable
    do { table = try CSVTable(bytes: bytes, file: "fuzz.csv") } catch {
        precondition(error.line >= 1 && error.column >= 1, "error position \(error.line):\(error.column) is not 1-based")
        _ = error.description
        return 0
    }
    precondition(table.headerLine >= 1)
    var line = table.headerLine
    for record in table.records {
        precondition(record.fields.count == record.columns.count,
                     "line \(record.line): \(record.fields.count) fields but \(record.columns.count) start columns")
        precondition(record.columns.allSatisfy { $0 >= 1 }, "line \(record.line): a start column below 1")
        precondition(record.line > line, "record on line \(record.line) after one on line \(line)")
        line = record.line
    }
    for name in table.header { _ = table.index(of: name) }
    return 0
}
