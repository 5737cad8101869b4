import TallyData
import TallyPrimitives
import TallyStats

/// What `stats trend` prints for each selected series: a sentence an analyst can quote, a table
/// of every statistic with its interval and p-value, and notes on method, data and sources.
/// The statistics are described once (`TrendStatistics`); every format is derived from them.
public struct TrendReport: Sendable {
    public struct Entry: Sendable {
        public var series: TimeSeries
        public var analysis: TrendAnalysis
    }

    public var dataset: Dataset
    public var entries: [Entry]
    public var level: Double
    public var zeros: ZeroCountPolicy
    /// The sentences the data package asks a trend of each category to carry, by category id
    /// (`Dataset.caveats(for:context:locale:)`); none for a tidy CSV.
    public var caveats: [String: [String]]
    /// By category id: the trend again without some figures, said beside the result.
    public var sensitivity: [String: TrendSensitivity]
    /// By category id: how several figures on one date were made one (the caller's words).
    public var duplicates: [String: String]
    /// By category id: sentences about the selection every format must carry (e.g. why a
    /// cumulative count was fitted anyway), in the caller's words.
    public var selectionNotes: [String: [String]]

    public init(dataset: Dataset, series: [TimeSeries], level: Double, zeros: ZeroCountPolicy, caveats: [String: [String]],
                sensitivity: [String: TrendSensitivity] = [:], duplicates: [String: String] = [:],
                selectionNotes: [String: [String]] = [:]) {
        self.dataset = dataset
        self.selectionNotes = selectionNotes
        self.sensitivity = sensitivity
        self.duplicates = duplicates
        self.level = level
        self.zeros = zeros
        self.caveats = caveats
        entries = series.map { s in
            Entry(series: s, analysis: TrendAnalysis(times: s.times, counts: s.counts, level: level, zeros: zeros))
        }
    }

    /// The sentence that states the change, e.g. "From 50 (2015-06-01) to 296 (2019-06-10): ...".
    public static func headline(_ e: Entry) -> String? { TrendNotes.headline(e) }

    /// The statistics of one series, in row order.
    public func statistics(_ e: Entry) -> [Statistic] { groups(e).flatMap(\.statistics) }

    func groups(_ e: Entry) -> [StatisticGroup] { TrendStatistics.groups(e.analysis, n: e.series.points.count) }

    public func title(_ e: Entry) -> String {
        let s = e.series
        var t = "\(s.category.label("en")) [\(s.category.id)]"
        if let f = s.points.first?.date, let l = s.points.last?.date { t += ", \(f) to \(l), \(s.points.count) observation\(s.points.count == 1 ? "" : "s")" }
        return t
    }

    public func tables(includeSources: Bool = true) -> [ReportTable] {
        let layout = TrendStatistics.tableLayout(level: level)
        return entries.map { e in
            if e.series.isEmpty {
                return ReportTable(title: "\(e.series.category.label("en")) [\(e.series.category.id)]: no data",
                                   columns: [.init("statistic", .left)], rows: [],
                                   notes: ["No published counts in this selection; nothing is estimated, and no data is not zero."])
            }
            let id = e.series.category.id
            let notes = TrendNotes(dataset: dataset, entry: e, caveats: caveats[id] ?? [],
                                   sensitivity: sensitivity[id].map { $0.sentence(level: level, zeros: zeros, withThem: e.analysis.logLinear) },
                                   duplicates: duplicates[id], selectionNotes: selectionNotes[id] ?? [])
            return ReportTable(title: title(e), columns: layout.tableColumns, rows: layout.rows(statistics(e)),
                               notes: notes.lines + (includeSources ? notes.sources : []))
        }
    }

    public func render(_ format: OutputFormat) -> String {
        switch format {
        case .json: return json().serialized()
        case .csv: return csv()
        case .table, .markdown: return tables().map { $0.render(format) }.joined(separator: "\n")
        }
    }

    /// One row per series and statistic, full precision; then the series' notes on its
    /// selection and duplicates as rows named `note` (text in the next cell, the rest empty).
    func csv() -> String {
        let header = TrendStatistics.csvLayout(category: "", level: level)
        var out = header.csvHeader
        for e in entries {
            let id = e.series.category.id
            out += TrendStatistics.csvLayout(category: id, level: level).csvLines(statistics(e))
            for note in (selectionNotes[id] ?? []) + [duplicates[id]].compactMap({ $0 }) {
                let cells = [id, "note", note] + Array(repeating: "", count: header.columns.count - 3)
                out += cells.map(CSVField.encode).joined(separator: ",") + "\n"
            }
        }
        return out
    }

    public func json() -> JSONValue {
        .object([
            ("dataset", .string(dataset.name)),
            ("level", .number(level)),
            ("zero_counts", .string(zeros.rawValue)),
            ("date_convention", .string(dataset.dateConvention)),
            ("series", .array(entries.map(entryJSON))),
        ])
    }

    func entryJSON(_ e: Entry) -> JSONValue {
        let s = e.series
        func point(_ p: TimeSeries.Point) -> JSONValue {
            .object([("date", .string(p.date.description)), ("count", .int(p.count)), ("qualifier", .string(p.qualifier.rawValue))])
        }
        let head: [(String, JSONValue)] = [
            ("category", .string(s.category.id)),
            ("label", .string(s.category.label("en"))),
            ("status", .string(s.isEmpty ? "no data" : "data")),
            ("source_policy", .string(s.policy.rawValue)),
            ("n", .int(s.points.count)),
            ("first", s.points.first.map(point) ?? .null),
            ("last", s.points.last.map(point) ?? .null),
            ("headline", .optional(Self.headline(e))),
        ]
        let points: JSONValue = .array(s.points.map { p in .object([
            ("date", .string(p.date.description)), ("decimal_year", .number(p.date.decimalYear)),
            ("count", .int(p.count)), ("qualifier", .string(p.qualifier.rawValue)), ("source", .string(p.observation.source)),
        ]) })
        let extra: [(String, JSONValue)] = [
            ("sensitivity", sensitivity[s.category.id]?.json(level: level, zeros: zeros) ?? .null),
            ("duplicates", .optional(duplicates[s.category.id])),
            ("notes", .array((selectionNotes[s.category.id] ?? []).map { .string($0) })),
        ]
        return .object(head + groups(e).map { ($0.key, $0.json) } + extra + [("points", points)])
    }
}
