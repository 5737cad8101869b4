import Dispatch
#if canImport(Glibc)
import Glibc
#endif

/// Counts from individual case records: how many people were held on each snapshot date (stock),
/// and how many were detained (inflow) and released (outflow) in each period, by a key (category,
/// region or article) and in total.
///
/// Definitions (stated in every output):
/// - held on day d: detained_on <= d < released_on, so a person released on d no longer counts on
///   d; an empty released_on means still held;
/// - partial dates: see `CaseDate.rule`;
/// - period k of the schedule is (snapshot[k-1], snapshot[k]]; inflow counts detentions in it,
///   outflow releases in it;
/// - a person in several categories counts once in each, and once in the total.
///
/// Method: no walk over days. Each record looks up the first snapshot on or after its detention
/// and the first on or after its release and adds +1/-1 to a difference array; prefix sums give
/// the stock. Flows add 1 to the period found the same way. The file is memory mapped and scanned
/// in place by two workers when it has no quoted fields (a quote could hide a line break, so such
/// files are read by one). Only a 64-bit hash of each id is kept, to find repeated ids.
public struct CaseAggregation: Sendable {
    public enum Key: String, Sendable, CaseIterable {
        case category, region, article
    }

    public struct Issue: Sendable, CustomStringConvertible {
        public var line: Int
        public var field: String?
        public var value: String?
        public var message: String
        public var description: String {
            var s = "line \(line): "
            if let field { s += "field '\(field)': " }
            if let value { s += "value '\(value)': " }
            return s + message
        }
    }

    public var schedule: SnapshotSchedule
    public var key: Key
    /// Key values in first-seen order; the total is reported separately.
    public var keys: [String]
    /// stock[keyIndex][snapshot].
    public var stock: [[Int]]
    public var totalStock: [Int]
    public var inflow: [[Int]]
    public var outflow: [[Int]]
    public var totalInflow: [Int]
    public var totalOutflow: [Int]
    public var recordsRead: Int
    public var recordsUsed: Int
    public var recordsSkipped: Int
    public var issues: [Issue]
    /// Issues beyond the ones kept (the count only).
    public var issuesNotKept: Int
    public var multiCategoryRecords: Int
    /// How many workers scanned the file.
    public var workers: Int

    public static let maximumIssuesKept = 1000

    /// The most categories one record may list (separated by ';'); a record with more is invalid
    /// at its line, never silently cut.
    public static let maximumCategoriesPerRecord = 64

    /// The most distinct values of the key (category, region or article) in one file.
    public static let maximumKeys = 100_000

    /// The most counts held per array: keys x (snapshots + 1). 4 x 10^6 is 96 MB for the three
    /// arrays (stock changes, inflow, outflow) of one worker, and a 4-million-line output; enough
    /// for 30,000 categories over 100 yearly snapshots or 33 over 10,000 years of months. Beyond
    /// it the file is refused at the line that crosses it.
    public static let maximumCells = 4_000_000

    /// The longest day span (first period start to last snapshot) looked up through a table of
    /// one entry per day (256 KiB); longer spans use a binary search over the snapshots.
    public static let maximumDayTable = 1 << 16

    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    /// Raised when records are invalid and `skipInvalid` is false: every issue found.
    public struct Invalid: Error, Sendable {
        public var aggregation: CaseAggregation
    }

    /// The columns a counter reads.
    struct Columns {
        var id: Int, detained: Int, released: Int, key: Int, width: Int
    }

    /// Reads and aggregates `path`.
    /// - Parameters:
    ///   - schedule: the snapshots; when nil, built from `every`, `on`, `from` and `to`, with the
    ///     years of the earliest and latest detention filling in what is missing.
    ///   - allowedKeys: when given, a key value outside it is an invalid record.
    ///   - skipInvalid: skip invalid records (counted) instead of failing.
    public static func run(path: String, key: Key, schedule: SnapshotSchedule?, every: SnapshotSchedule.Every,
                           on: (month: Int, day: Int)?, from: Int?, to: Int?,
                           allowedKeys: Set<String>?, skipInvalid: Bool, workers: Int = 2) throws -> CaseAggregation {
        let file: MappedFile
        do { file = try MappedFile(path: path) } catch { throw Failure(message: "\(path): cannot be read (\(error))") }
        let bytes = file.bytes
        var headerScanner = CaseFileScanner(bytes: bytes)
        defer { headerScanner.release() }
        do {
            guard try headerScanner.next() else { throw Failure(message: "\(path): the file is empty; expected a header") }
        } catch let e as CaseFileScanner.SyntaxError {
            throw Failure(message: "\(path):\(e.line): \(e.message)")
        }
        let header = (0..<headerScanner.fieldCount).map { headerScanner.string(headerScanner[$0]) }
        func column(_ name: String) throws -> Int {
            // A column named twice is ambiguous (Tally would read the first, Python's csv module
            // the last): refused, so a reviewer's tools and Tally count the same column.
            if header.filter({ $0 == name }).count > 1 {
                throw Failure(message: "\(path):1: the column '\(name)' is named twice; keep one")
            }
            if let i = header.firstIndex(of: name) { return i }
            throw Failure(message: "\(path):1: no column '\(name)'; expected columns id,category,detained_on,released_on[,region,article,source]")
        }
        let columns = Columns(id: try column("id"), detained: try column("detained_on"), released: try column("released_on"),
                              key: try column(key.rawValue), width: header.count)
        let bodyStart = headerScanner.position

        let plan: SnapshotSchedule
        if let schedule {
            plan = schedule
        } else if let from, let to {
            plan = try SnapshotSchedule(every: every, on: on, fromYear: from, toYear: to)
        } else {
            // The default range runs from the earliest to the latest detention (releases after
            // the last detention year would only show people leaving).
            var minDay = Int32.max, maxDay = Int32.min
            var probe = CaseFileScanner(bytes: bytes, start: bodyStart, end: bytes.count, firstLine: headerScanner.nextLineNumber)
            defer { probe.release() }
            while (try? probe.next()) == true {
                guard probe.fieldCount == columns.width else { continue }
                let f = probe[columns.detained]
                if let d = CaseDate.parse(bytes, f.start, f.end, periodEnd: false) {
                    minDay = min(minDay, d); maxDay = max(maxDay, d)
                }
            }
            guard minDay <= maxDay else { throw Failure(message: "\(path): no record has a readable detained_on date") }
            plan = try SnapshotSchedule(every: every, on: on, fromYear: from ?? Int(CaseDate.text(minDay).prefix(4))!,
                                        toYear: to ?? Int(CaseDate.text(maxDay).prefix(4))!)
        }

        // Split the body in two at a line break when no field is quoted.
        var ranges = [bodyStart..<bytes.count]
        if workers > 1, bytes.count - bodyStart > 1 << 20, let base = bytes.baseAddress,
           memchr(base + bodyStart, 0x22, bytes.count - bodyStart) == nil {
            var middle = bodyStart + (bytes.count - bodyStart) / 2
            while middle < bytes.count, bytes[middle] != 0x0A { middle += 1 }
            if middle < bytes.count { ranges = [bodyStart..<(middle + 1), (middle + 1)..<bytes.count] }
        }
        let counters = ranges.map {
            ChunkCounter(bytes: bytes, range: $0, columns: columns, schedule: plan, key: key, allowedKeys: allowedKeys)
        }
        let box = CounterBox(counters)
        let group = DispatchGroup()
        for i in counters.indices.dropFirst() {
            DispatchQueue.global().async(group: group) { box.run(i) }
        }
        box.run(0)
        group.wait()
        let parts = box.counters
        // Workers count lines from 0; the first starts on the line after the header, the second
        // where the first stopped.
        var lineOffset = headerScanner.nextLineNumber
        for part in parts {
            part.shiftLines(by: lineOffset)
            lineOffset += part.linesConsumed
        }
        if let failure = parts.compactMap(\.failure).first {
            // Syntax errors and limits are reported at their line in the whole file (the first
            // worker's lines are shifted by the header alone, so its failure's line is right
            // even though it stopped early).
            throw Failure(message: "\(path):\(failure.line): \(failure.message)")
        }

        var result = merge(parts, schedule: plan, key: key)
        result.workers = parts.count
        try checkRepeatedIDs(&result, parts: parts, bytes: bytes, bodyStart: bodyStart, firstBodyLine: headerScanner.nextLineNumber,
                             columns: columns, skipInvalid: skipInvalid)
        result.issues.sort { $0.line < $1.line }
        if !skipInvalid, !result.issues.isEmpty || result.issuesNotKept > 0 {
            throw Invalid(aggregation: result)
        }
        return result
    }

    /// Adds the workers' counts, mapping each worker's key indices to the merged order.
    static func merge(_ parts: [ChunkCounter], schedule: SnapshotSchedule, key: Key) -> CaseAggregation {
        let k = schedule.days.count
        var names: [String] = []
        var indexOfName: [String: Int] = [:]
        var diff: [[Int]] = [], inflow: [[Int]] = [], outflow: [[Int]] = []
        var totalDiff = [Int](repeating: 0, count: k + 1)
        var totalIn = [Int](repeating: 0, count: k), totalOut = [Int](repeating: 0, count: k)
        var issues: [Issue] = []
        var notKept = 0, read = 0, used = 0, skipped = 0, multi = 0
        for part in parts {
            for (local, name) in part.keyTable.names.enumerated() where part.keyUse[local] > 0 || indexOfName[name] != nil {
                let index: Int
                if let known = indexOfName[name] {
                    index = known
                } else {
                    names.append(name)
                    diff.append([Int](repeating: 0, count: k + 1))
                    inflow.append([Int](repeating: 0, count: k))
                    outflow.append([Int](repeating: 0, count: k))
                    index = names.count - 1
                    indexOfName[name] = index
                }
                for j in 0...k { diff[index][j] += part.diff[local * (k + 1) + j] }
                for j in 0..<k {
                    inflow[index][j] += part.inflow[local * k + j]
                    outflow[index][j] += part.outflow[local * k + j]
                }
            }
            for j in 0...k { totalDiff[j] += part.totalDiff[j] }
            for j in 0..<k { totalIn[j] += part.totalIn[j]; totalOut[j] += part.totalOut[j] }
            let room = max(0, maximumIssuesKept - issues.count)
            issues += part.issues.prefix(room)
            notKept += part.issuesNotKept + max(0, part.issues.count - room)
            read += part.read; used += part.used; skipped += part.skipped; multi += part.multi
        }
        func prefix(_ d: [Int]) -> [Int] {
            var out = [Int](repeating: 0, count: k)
            var running = 0
            for j in 0..<k { running += d[j]; out[j] = running }
            return out
        }
        return CaseAggregation(schedule: schedule, key: key, keys: names, stock: diff.map(prefix), totalStock: prefix(totalDiff),
                               inflow: inflow, outflow: outflow, totalInflow: totalIn, totalOutflow: totalOut,
                               recordsRead: read, recordsUsed: used, recordsSkipped: skipped, issues: issues,
                               issuesNotKept: notKept, multiCategoryRecords: multi, workers: parts.count)
    }

    /// Finds ids whose detentions overlap. The hashes of all ids find candidate repeats; only
    /// when there are some is the file read again, for those records' dates and id texts.
    static func checkRepeatedIDs(_ result: inout CaseAggregation, parts: [ChunkCounter], bytes: UnsafeRawBufferPointer,
                                 bodyStart: Int, firstBodyLine: Int, columns: Columns, skipInvalid: Bool) throws {
        let repeated = repeatedValues(parts.map(\.idHashes))
        guard !repeated.isEmpty else { return }
        struct Detention { var line: Int; var id: String; var start: Int32; var end: Int32 }
        var groups: [UInt64: [Detention]] = [:]
        var scanner = CaseFileScanner(bytes: bytes, start: bodyStart, end: bytes.count, firstLine: firstBodyLine)
        defer { scanner.release() }
        while (try? scanner.next()) == true {
            guard scanner.fieldCount == columns.width else { continue }
            let idf = scanner[columns.id]
            let h = wordHash(bytes, idf.start, idf.end)
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
                    let note = Issue(line: max(a.line, b.line), field: "id", value: a.id,
                                     message: "the same person's detentions overlap (line \(min(a.line, b.line)) and line \(max(a.line, b.line))); give each detention once")
                    if result.issues.count < maximumIssuesKept { result.issues.append(note) } else { result.issuesNotKept += 1 }
                }
            }
        }
        if overlapping > 0, skipInvalid {
            // Overlaps are found after counting; they cannot be dropped record by record.
            result.issues.append(Issue(line: 0, field: nil, value: nil,
                                       message: "\(overlapping) overlapping detention\(overlapping == 1 ? "" : "s") of one id remain in the counts; --skip-invalid does not drop them"))
        }
    }

    /// Sorts in place: a counting pass and a scatter pass into 16,384 buckets by the top bits,
    /// then an insertion sort inside each bucket (a few dozen values).
    static func sortInPlace(_ values: inout [UInt64]) {
        guard values.count > 1 else { return }
        let bucketBits = 14
        let shift = UInt64(64 - bucketBits)
        var starts = [Int](repeating: 0, count: (1 << bucketBits) + 1)
        for v in values { starts[Int(v >> shift) + 1] += 1 }
        for j in 1..<starts.count { starts[j] += starts[j - 1] }
        var next = starts
        var scattered = [UInt64](repeating: 0, count: values.count)
        scattered.withUnsafeMutableBufferPointer { out in
            for v in values {
                let b = Int(v >> shift)
                out[next[b]] = v
                next[b] += 1
            }
            for b in 0..<(1 << bucketBits) where starts[b + 1] - starts[b] > 1 {
                let lo = starts[b], hi = starts[b + 1]
                if hi - lo > 256 {
                    var bucket = UnsafeMutableBufferPointer(rebasing: out[lo..<hi])
                    bucket.sort()
                    continue
                }
                var i = lo + 1
                while i < hi {
                    let v = out[i]
                    var j = i - 1
                    while j >= lo, out[j] > v { out[j + 1] = out[j]; j -= 1 }
                    out[j + 1] = v
                    i += 1
                }
            }
        }
        values = scattered
    }

    /// Values that occur more than once in sorted lists, within one or across two (a merge).
    static func repeatedValues(_ lists: [[UInt64]]) -> Set<UInt64> {
        var out = Set<UInt64>()
        for list in lists {
            for j in stride(from: 1, to: list.count, by: 1) where list[j] == list[j - 1] { out.insert(list[j]) }
        }
        var i = 0
        for (a, b) in zip(lists, lists.dropFirst()) {
            var x = 0, y = 0
            while x < a.count, y < b.count {
                if a[x] == b[y] { out.insert(a[x]); x += 1; y += 1 } else if a[x] < b[y] { x += 1 } else { y += 1 }
            }
            i += 1
        }
        if lists.count > 2 {
            // More than two workers: merge everything (not used with the default of two).
            var all = lists.flatMap { $0 }
            sortInPlace(&all)
            for j in stride(from: 1, to: all.count, by: 1) where all[j] == all[j - 1] { out.insert(all[j]) }
        }
        return out
    }

    /// A 64-bit hash of a short byte string, eight bytes at a time (multiply and xor-shift mixing
    /// as in SplitMix64's finaliser). Used to find candidate repeats, which are then compared as text.
    @inline(__always)
    static func wordHash(_ bytes: UnsafeRawBufferPointer, _ start: Int, _ end: Int) -> UInt64 {
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

/// The workers' counters, each mutated by one thread only; read after they all finish.
final class CounterBox: @unchecked Sendable {
    let counters: [ChunkCounter]
    init(_ c: [ChunkCounter]) { counters = c }
    func run(_ i: Int) { counters[i].count() }
}
