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
/// the stock (`ChunkCounter`). Flows add 1 to the period found the same way. The file is memory
/// mapped and scanned in place by two workers when it has no quoted fields (`WorkerRanges`); their
/// counts are added (`CaseAggregation.merge`). Only a 64-bit hash of each id is kept, to find
/// repeated ids (`OverlappingDetentions`).
public struct CaseAggregation: Sendable {
    public enum Key: String, Sendable, CaseIterable {
        case category, region, article
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

    /// A file that cannot be counted at all: unreadable, empty, no header, a missing or doubled
    /// column, a syntax error or a limit crossed (at its line).
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    /// Raised when records are invalid and `skipInvalid` is false: every issue found.
    public struct Invalid: Error, Sendable {
        public var aggregation: CaseAggregation
    }

    /// Reads and aggregates the case file at `path` as `options` say.
    public static func run(path: String, options: Options) throws -> CaseAggregation {
        let file: MappedFile
        do { file = try MappedFile(path: path) } catch { throw Failure(message: "\(path): cannot be read (\(error))") }
        let bytes = file.bytes
        let header = try CaseFileHeader(bytes: bytes, path: path, key: options.key)
        let plan = try options.schedule ?? defaultSchedule(bytes: bytes, header: header, path: path, options: options)

        let ranges = WorkerRanges.split(bytes, body: header.bodyStart..<bytes.count, workers: options.workers)
        let counters = ranges.map {
            ChunkCounter(bytes: bytes, range: $0, columns: header.columns, schedule: plan, key: options.key,
                         allowedKeys: options.allowedKeys)
        }
        CounterBox(counters).countAll()
        // Workers count lines from 0; the first starts on the line after the header, the second
        // where the first stopped.
        var lineOffset = header.firstBodyLine
        for counter in counters {
            counter.shiftLines(by: lineOffset)
            lineOffset += counter.linesConsumed
        }
        if let failure = counters.compactMap(\.failure).first {
            // Syntax errors and limits are reported at their line in the whole file (the first
            // worker's lines are shifted by the header alone, so its failure's line is right
            // even though it stopped early).
            throw Failure(message: "\(path):\(failure.line): \(failure.message)")
        }

        var result = merge(counters, schedule: plan, key: options.key)
        OverlappingDetentions.check(&result, counters: counters, bytes: bytes, header: header,
                                    skipInvalid: options.skipInvalid)
        result.issues.sort { $0.line < $1.line }
        if !options.skipInvalid, !result.issues.isEmpty || result.issuesNotKept > 0 {
            throw Invalid(aggregation: result)
        }
        return result
    }

    /// The schedule from `options.every` and `on`, over `from` to `to`; a missing end is the year
    /// of the earliest or latest detention in the file (releases after the last detention year
    /// would only show people leaving).
    static func defaultSchedule(bytes: UnsafeRawBufferPointer, header: CaseFileHeader, path: String,
                                options: Options) throws -> SnapshotSchedule {
        if let from = options.from, let to = options.to {
            return try SnapshotSchedule(every: options.every, on: options.on, fromYear: from, toYear: to)
        }
        guard let span = DetentionYears(bytes: bytes, header: header) else {
            throw Failure(message: "\(path): no record has a readable detained_on date")
        }
        return try SnapshotSchedule(every: options.every, on: options.on, fromYear: options.from ?? span.first,
                                    toYear: options.to ?? span.last)
    }
}
