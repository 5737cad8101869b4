@testable import TallyCases
import TallyData
#if canImport(Glibc)
import Glibc
#endif

/// libFuzzer entry point: the bytes as a case-record file (`stats aggregate CASES.csv`).
///
/// 1. `CaseFileScanner` over the bytes must read the same records as `CSVTable` whenever
///    `CSVTable` accepts them (the scanner is documented as reading RFC 4180 as `CSVTable` does).
/// 2. Split in two at a line break as the aggregation's two workers split a file without quotes,
///    the halves must read the same records as the whole.
/// 3. `CaseAggregation.run` on the bytes written to a temporary file. Its options come from the
///    input's length (so an input reproduces with the same options): `every` is
///    year/quarter/month/day for length % 4 = 0/1/2/3, the key is category/region/article for
///    (length / 4) % 3, and invalid records are skipped when (length / 12) is even.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCases(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    bytes.withUnsafeBytes { raw in
        let whole = scan(CaseFileScanner(bytes: raw))
        if let table = try? CSVTable(bytes: bytes, file: "cases.csv") {
            let expected = [table.header] + table.records.map(\.fields)
            guard let whole else { fatalError("CSVTable reads the file but CaseFileScanner refuses it") }
            precondition(whole == expected, "CaseFileScanner reads \(whole), CSVTable reads \(expected)")
        }
        checkSplit(raw)
    }
    aggregate(bytes)
    return 0
}

/// Every record's fields as text, or nil when the scanner throws.
private func scan(_ start: CaseFileScanner) -> [[String]]? {
    var scanner = start
    defer { scanner.release() }
    var records: [[String]] = []
    do {
        while try scanner.next() {
            records.append((0..<scanner.fieldCount).map { scanner.string(scanner[$0]) })
        }
    } catch {
        precondition(error.line >= 1, "syntax error on line \(error.line)")
        return nil
    }
    return records
}

/// The body after the header, split at the line break nearest its middle, read in two parts.
private func checkSplit(_ raw: UnsafeRawBufferPointer) {
    guard !raw.contains(0x22) else { return }
    var header = CaseFileScanner(bytes: raw)
    defer { header.release() }
    guard (try? header.next()) == true else { return }
    let bodyStart = header.position
    var middle = bodyStart + (raw.count - bodyStart) / 2
    while middle < raw.count, raw[middle] != 0x0A { middle += 1 }
    guard middle < raw.count else { return }
    let line = header.nextLineNumber
    let one = scan(CaseFileScanner(bytes: raw, start: bodyStart, end: raw.count, firstLine: line))
    let first = scan(CaseFileScanner(bytes: raw, start: bodyStart, end: middle + 1, firstLine: line))
    let second = scan(CaseFileScanner(bytes: raw, start: middle + 1, end: raw.count, firstLine: line))
    guard let one, let first, let second else { return }
    precondition(first + second == one, "split at byte \(middle + 1): \(first) + \(second) is not \(one)")
}

/// The file that `aggregate` rewrites for every input (one per process).
private let casesPath: String = {
    var template = Array("/tmp/tally-fuzz-cases-XXXXXX".utf8CString)
    let fd = mkstemp(&template)
    precondition(fd >= 0, "cannot create a temporary file")
    close(fd)
    return String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
}()

private func aggregate(_ bytes: [UInt8]) {
    let fd = open(casesPath, O_WRONLY | O_TRUNC)
    precondition(fd >= 0, "cannot write \(casesPath)")
    let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    close(fd)
    precondition(written == bytes.count, "short write to \(casesPath)")
    let every = SnapshotSchedule.Every.allCases[bytes.count % 4]
    let keys = CaseAggregation.Key.allCases
    let key = keys[(bytes.count / 4) % keys.count]
    let skipInvalid = (bytes.count / 12) % 2 == 0
    _ = try? CaseAggregation.run(path: casesPath, options: .init(key: key, every: every, skipInvalid: skipInvalid))
}
