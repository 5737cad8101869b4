#if canImport(Glibc)
import Glibc
#endif

/// One worker's share of the case file: counts and issues for the records in its byte range.
/// Key indices are its own; `CaseAggregation.merge` maps them to the merged order.
final class ChunkCounter {
    let bytes: UnsafeRawBufferPointer
    let range: Range<Int>
    let columns: CaseFileHeader.Columns
    let key: CaseAggregation.Key
    let allowedKeys: Set<String>?
    /// The allowed values as listed in errors (built once: sorting them per bad record was
    /// quadratic), the first 20 and how many more.
    let allowedText: String
    let snapshots: [Int32]
    let firstPeriodStart: Int32

    var keyTable = KeyTable()
    /// Per key, flattened: diff[key * (k + 1) + i], inflow[key * k + i].
    var diff: [Int] = []
    var inflow: [Int] = []
    var outflow: [Int] = []
    var totalDiff: [Int]
    var totalIn: [Int]
    var totalOut: [Int]
    var idHashes: [UInt64] = []
    /// Records counted under each key: a key seen only in skipped records is not reported.
    var keyUse: [Int] = []
    var issues: [CaseAggregation.Issue] = []
    var issuesNotKept = 0
    var read = 0, used = 0, skipped = 0, multi = 0
    var linesConsumed = 0
    var failure: CaseFileScanner.SyntaxError?

    init(bytes: UnsafeRawBufferPointer, range: Range<Int>, columns: CaseFileHeader.Columns, schedule: SnapshotSchedule,
         key: CaseAggregation.Key, allowedKeys: Set<String>?) {
        self.bytes = bytes
        self.range = range
        self.columns = columns
        self.key = key
        self.allowedKeys = allowedKeys
        let sorted = (allowedKeys ?? []).sorted()
        allowedText = sorted.prefix(20).joined(separator: ", ") + (sorted.count > 20 ? " (and \(sorted.count - 20) more)" : "")
        snapshots = schedule.days
        firstPeriodStart = schedule.firstPeriodStart
        totalDiff = [Int](repeating: 0, count: snapshots.count + 1)
        totalIn = [Int](repeating: 0, count: snapshots.count)
        totalOut = [Int](repeating: 0, count: snapshots.count)
    }

    func report(_ line: Int, _ field: String?, _ value: String?, _ message: String) {
        if issues.count < CaseAggregation.maximumIssuesKept {
            issues.append(CaseAggregation.Issue(line: line, field: field, value: value, message: message))
        } else {
            issuesNotKept += 1
        }
    }

    /// Line numbers were counted from 0 within the chunk; make them lines of the file.
    func shiftLines(by offset: Int) {
        for i in issues.indices { issues[i].line += offset }
        if failure != nil { failure!.line += offset }
    }

    func count() {
        let k = snapshots.count
        let bytes = self.bytes
        let c = columns
        var scanner = CaseFileScanner(bytes: bytes, start: range.lowerBound, end: range.upperBound, firstLine: 0)
        defer { scanner.release() }

        // First snapshot index with day >= d: from a table over the schedule's days when the
        // span is short (one load instead of a branchy binary search per date), by binary search
        // over the snapshots when it is long, so memory follows the snapshots, not the day span.
        let tableStart = firstPeriodStart
        let tableEnd = snapshots.last ?? tableStart
        let span = Int(tableEnd) - Int(tableStart) + 1
        let useTable = span <= CaseAggregation.maximumDayTable
        let indexOfDay = UnsafeMutablePointer<Int32>.allocate(capacity: useTable ? span : 1)
        defer { indexOfDay.deallocate() }
        if useTable {
            var j = 0
            var offset = 0
            while offset < span {
                let d = tableStart + Int32(offset)
                while j < k, snapshots[j] < d { j += 1 }
                indexOfDay[offset] = Int32(j)
                offset += 1
            }
        }
        let snapshotDays = snapshots
        @inline(__always) func lowerBound(_ d: Int32) -> Int {
            if d <= tableStart { return 0 }
            if d > tableEnd { return k }
            if useTable { return Int(indexOfDay[Int(d - tableStart)]) }
            var lo = 0, hi = k
            while lo < hi {
                let mid = (lo + hi) / 2
                if snapshotDays[mid] < d { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }
        // The period holding day d, or nil outside the schedule.
        @inline(__always) func period(_ d: Int32) -> Int? {
            guard d > tableStart else { return nil }
            let i = lowerBound(d)
            return i < k ? i : nil
        }
        // Key indices of the current record (a person has few categories).
        let recordKeys = UnsafeMutablePointer<Int>.allocate(capacity: CaseAggregation.maximumCategoriesPerRecord)
        defer { recordKeys.deallocate() }
        // A key field with doubled quotes is unescaped here before it is split and interned, so
        // that "a""b" counts under a"b as CSVTable reads it (grown as needed; rare).
        var unescaped = UnsafeMutableRawBufferPointer.allocate(byteCount: 64, alignment: 1)
        defer { unescaped.deallocate() }
        var released = range.lowerBound
        // Work on local copies: a class's stored properties are checked for exclusive access on
        // every use, which in this loop cost more than the counting itself.
        var keyTable = self.keyTable, diff = self.diff, inflow = self.inflow, outflow = self.outflow
        var totalDiff = self.totalDiff, totalIn = self.totalIn, totalOut = self.totalOut
        var idHashes = self.idHashes
        var keyUse = self.keyUse
        idHashes.reserveCapacity(range.count / 24 + 16)
        var read = 0, used = 0, skipped = 0, multi = 0
        defer {
            self.keyTable = keyTable; self.diff = diff; self.inflow = inflow; self.outflow = outflow
            self.totalDiff = totalDiff; self.totalIn = totalIn; self.totalOut = totalOut; self.idHashes = idHashes
            self.keyUse = keyUse
            self.read = read; self.used = used; self.skipped = skipped; self.multi = multi
        }

        while true {
            let more: Bool
            do { more = try scanner.next() } catch {
                failure = error
                break
            }
            guard more else { break }
            read += 1
            // Give back the pages already scanned, 8 MiB at a time: the file need not stay resident.
            if scanner.position - released > 8 << 20, let base = bytes.baseAddress {
                let page = 4096
                let end = (scanner.position - 4096) / page * page
                let start = (released + page - 1) / page * page
                if end > start { madvise(UnsafeMutableRawPointer(mutating: base + start), end - start, MADV_DONTNEED) }
                released = end
            }
            let line = scanner.line
            guard scanner.fieldCount == c.width else {
                report(line, nil, nil, "row has \(scanner.fieldCount) fields; expected \(c.width) as in the header")
                skipped += 1
                continue
            }
            let det = scanner[c.detained], rel = scanner[c.released]
            guard let detained = CaseDate.parse(bytes, det.start, det.end, periodEnd: false) else {
                report(line, "detained_on", scanner.string(det), "not a date; expected YYYY, YYYY-MM or YYYY-MM-DD")
                skipped += 1
                continue
            }
            var releasedOn: Int32? = nil
            var heldUntil = Int32.max
            if rel.end > rel.start {
                guard let r = CaseDate.parse(bytes, rel.start, rel.end, periodEnd: true) else {
                    report(line, "released_on", scanner.string(rel), "not a date; expected YYYY, YYYY-MM or YYYY-MM-DD, or empty if still held")
                    skipped += 1
                    continue
                }
                releasedOn = r
                // A partial release date: held through the period's last day.
                heldUntil = rel.end - rel.start == 10 ? r : r + 1
                guard heldUntil >= detained else {
                    report(line, "released_on", scanner.string(rel), "released before detained (\(scanner.string(det)))")
                    skipped += 1
                    continue
                }
            }
            // Key values: categories may be several, separated by ';'.
            var recordKeyCount = 0
            let kf = scanner[c.key]
            var keyBytes = bytes, keyEnd = kf.end
            var s = kf.start
            if kf.needsUnescaping {
                if unescaped.count < kf.end - kf.start {
                    unescaped.deallocate()
                    unescaped = .allocate(byteCount: kf.end - kf.start, alignment: 1)
                }
                var n = 0, i = kf.start
                while i < kf.end {
                    let byte = bytes[i]
                    unescaped[n] = byte
                    n += 1
                    i += byte == 0x22 ? 2 : 1
                }
                keyBytes = UnsafeRawBufferPointer(unescaped)
                s = 0
                keyEnd = n
            }
            var bad: String?
            var tooMany = false
            while s <= keyEnd {
                var e = s
                while e < keyEnd, keyBytes[e] != 0x3B { e += 1 }
                var a = s, b = e
                while a < b, keyBytes[a] == 0x20 { a += 1 }
                while b > a, keyBytes[b - 1] == 0x20 { b -= 1 }
                if b > a {
                    let index = keyTable.index(keyBytes, a, b)
                    if keyTable.count > CaseAggregation.maximumKeys || keyTable.count * (k + 1) > CaseAggregation.maximumCells {
                        failure = CaseFileScanner.SyntaxError(
                            line: line, message: keyTable.count > CaseAggregation.maximumKeys
                                ? "more than \(CaseAggregation.maximumKeys) distinct values of \(key.rawValue); at most \(CaseAggregation.maximumKeys) are counted"
                                : "\(keyTable.count) values of \(key.rawValue) over \(k) snapshots give more than \(CaseAggregation.maximumCells) counts; use a coarser --every or a shorter --from/--to")
                        break
                    }
                    while diff.count < keyTable.count * (k + 1) {
                        keyUse.append(0)
                        diff += [Int](repeating: 0, count: k + 1)
                        inflow += [Int](repeating: 0, count: k)
                        outflow += [Int](repeating: 0, count: k)
                    }
                    if let allowed = allowedKeys, !allowed.contains(keyTable.names[index]) {
                        bad = keyTable.names[index]
                        break
                    }
                    var seen = false
                    for r in 0..<recordKeyCount where recordKeys[r] == index { seen = true; break }
                    if !seen {
                        guard recordKeyCount < CaseAggregation.maximumCategoriesPerRecord else {
                            tooMany = true
                            break
                        }
                        recordKeys[recordKeyCount] = index
                        recordKeyCount += 1
                    }
                }
                if key != .category { break }
                s = e + 1
            }
            if failure != nil { break }
            if tooMany {
                report(line, key.rawValue, nil, "more than \(CaseAggregation.maximumCategoriesPerRecord) categories in one record; at most \(CaseAggregation.maximumCategoriesPerRecord) are counted per person")
                skipped += 1
                continue
            }
            if let bad {
                report(line, key.rawValue, bad, "unknown \(key.rawValue); expected one of \(allowedText)")
                skipped += 1
                continue
            }
            if recordKeyCount == 0, key == .category {
                report(line, "category", "", "no category")
                skipped += 1
                continue
            }
            if recordKeyCount > 1 { multi += 1 }

            let i0 = lowerBound(detained)
            let i1 = heldUntil == Int32.max ? k : lowerBound(heldUntil)
            let inPeriod = period(detained)
            let outPeriod = releasedOn.flatMap(period)
            if i1 > i0 {
                totalDiff[i0] += 1
                totalDiff[i1] -= 1
            }
            if let p = inPeriod { totalIn[p] += 1 }
            if let p = outPeriod { totalOut[p] += 1 }
            for r in 0..<recordKeyCount {
                let index = recordKeys[r]
                keyUse[index] += 1
                if i1 > i0 {
                    diff[index * (k + 1) + i0] += 1
                    diff[index * (k + 1) + i1] -= 1
                }
                if let p = inPeriod { inflow[index * k + p] += 1 }
                if let p = outPeriod { outflow[index * k + p] += 1 }
            }
            let idField = scanner[c.id]
            idHashes.append(ByteHash.of(bytes, idField.start, idField.end))
            used += 1
        }
        linesConsumed = scanner.nextLineNumber
        // Sort this worker's id hashes here, in parallel with the other worker, so that finding
        // repeats afterwards is one linear merge.
        RepeatedHashes.sortInPlace(&idHashes)
    }
}
