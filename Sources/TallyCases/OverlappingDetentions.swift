/// Finds ids whose detentions overlap: the same person held twice at once, which would count
/// them twice. The hashes of all ids find candidate repeats; only when there are some is the
/// file read again, for those records' dates and id texts, and compared as text.
enum OverlappingDetentions {
    /// Adds an issue for every overlap to `result` (and, when invalid records are skipped, one
    /// saying that the overlaps remain in the counts: they are found after counting).
    static func check(_ result: inout CaseAggregation, counters: [ChunkCounter], bytes: UnsafeRawBufferPointer,
                      header: CaseFileHeader, skipInvalid: Bool) {
        let repeated = RepeatedHashes.values(in: counters.map(\.idHashes))
        guard !repeated.isEmpty else { return }
        let columns = header.columns
        struct Detention { var line: Int; var id: String; var start: Int32; var end: Int32 }
        var groups: [UInt64: [Detention]] = [:]
        var scanner = CaseFileScanner(bytes: bytes, start: header.bodyStart, end: bytes.count, firstLine: header.firstBodyLine)
        defer { scanner.release() }
        while (try? scanner.next()) == true {
            guard scanner.fieldCount == columns.width else { continue }
            let idf = scanner[columns.id]
            let h = ByteHash.of(bytes, idf.start, idf.end)
            guard repeated.contains(h) else { continue }
            let det = scanner[columns.detained], rel = scanner[columns.released]
            guard let start = CaseDate.parse(bytes, det.start, det.end, periodEnd: false) else { continue }
            var end = Int32.max
            if rel.end > rel.start {
                guard let r = CaseDate.parse(bytes, rel.start, rel.end, periodEnd: true) else { continue }
                end = rel.end - rel.start == 10 ? r : r + 1
                if end < start { continue }
            }
            groups[h, default: []].append(Detention(line: scanner.line, id: scanner.string(idf), start: start, end: end))
        }
        var overlapping = 0
        for group in groups.values {
            let byID = Dictionary(grouping: group, by: \.id)
            for detentions in byID.values where detentions.count > 1 {
                let ordered = detentions.sorted { ($0.start, $0.line) < ($1.start, $1.line) }
                for (a, b) in zip(ordered, ordered.dropFirst()) where b.start < a.end {
                    overlapping += 1
                    let note = CaseAggregation.Issue(
                        line: max(a.line, b.line), field: "id", value: a.id,
                        message: "the same person's detentions overlap (line \(min(a.line, b.line)) and line \(max(a.line, b.line))); give each detention once")
                    if result.issues.count < CaseAggregation.maximumIssuesKept { result.issues.append(note) } else { result.issuesNotKept += 1 }
                }
            }
        }
        if overlapping > 0, skipInvalid {
            // Overlaps are found after counting; they cannot be dropped record by record.
            result.issues.append(CaseAggregation.Issue(
                line: 0, field: nil, value: nil,
                message: "\(overlapping) overlapping detention\(overlapping == 1 ? "" : "s") of one id remain in the counts; --skip-invalid does not drop them"))
        }
    }
}
