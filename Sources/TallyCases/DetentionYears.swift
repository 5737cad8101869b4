/// The years of the earliest and latest readable detention in a case file: the default range of
/// the snapshots. Records of the wrong width or with an unreadable date are passed over here
/// (the count reports them), and reading stops at a syntax error (the count reports it too).
struct DetentionYears {
    var first: Int
    var last: Int

    /// nil when no record has a readable detained_on date.
    init?(bytes: UnsafeRawBufferPointer, header: CaseFileHeader) {
        let columns = header.columns
        var minDay = Int32.max, maxDay = Int32.min
        var scanner = CaseFileScanner(bytes: bytes, start: header.bodyStart, end: bytes.count, firstLine: header.firstBodyLine)
        defer { scanner.release() }
        while (try? scanner.next()) == true {
            guard scanner.fieldCount == columns.width else { continue }
            let f = scanner[columns.detained]
            if let d = CaseDate.parse(bytes, f.start, f.end, periodEnd: false) {
                minDay = min(minDay, d); maxDay = max(maxDay, d)
            }
        }
        guard minDay <= maxDay else { return nil }
        first = Int(CaseDate.text(minDay).prefix(4))!
        last = Int(CaseDate.text(maxDay).prefix(4))!
    }
}
