import TallyData

/// What `stats show` prints: dates as rows, categories as columns, qualifiers as marks
/// (~ about, >= at least, > more than), gaps as blanks, and every figure's source as a footnote.
public struct SeriesTable: Sendable {
    public var dataset: Dataset
    public var series: [TimeSeries]
    /// The sentences the data package asks a table of these series to carry; none for a tidy CSV.
    public var caveats: [String]

    public init(dataset: Dataset, series: [TimeSeries], caveats: [String]) {
        self.dataset = dataset
        self.series = series
        self.caveats = caveats
    }

    var dates: [PartialDate] {
        Array(Set(series.flatMap { $0.points.map(\.date) })).sorted()
    }

    public func table(language: String = "en") -> ReportTable {
        var footnoteOf: [String: Int] = [:]
        var sourceOrder: [String] = []
        func mark(_ source: String) -> Int {
            if let n = footnoteOf[source] { return n }
            sourceOrder.append(source)
            footnoteOf[source] = sourceOrder.count
            return sourceOrder.count
        }
        var rows: [[String]] = []
        var usedQualifiers = Set<Qualifier>()
        var conflicts = 0
        // Each series' points by date, so that a row costs one lookup per series (not a scan).
        let byDate: [[PartialDate: [TimeSeries.Point]]] = series.map { Dictionary(grouping: $0.points, by: \.date) }
        for date in dates {
            var row = [date.description]
            for (k, _) in series.enumerated() {
                let here = byDate[k][date] ?? []
                row.append(here.map { p in
                    usedQualifiers.insert(p.qualifier)
                    if p.isConflicting { conflicts += 1 }
                    return "\(p.qualifier.mark)\(p.count) [\(mark(p.observation.source))]\(p.isConflicting ? "*" : "")"
                }.joined(separator: " / "))
            }
            rows.append(row)
        }
        var notes: [String] = []
        let marks = usedQualifiers.filter { $0 != .exact }.sorted { $0.rawValue < $1.rawValue }
        if !marks.isEmpty {
            notes.append("Marks: " + marks.map { "\($0.mark) \($0.words)" }.joined(separator: "; ") + ". Blank: no published figure for that date.")
        } else {
            notes.append("Blank: no published figure for that date.")
        }
        if conflicts > 0 { notes.append("*: another source gives a different number for this date (see --source-policy all).") }
        let empty = series.filter(\.isEmpty).map { $0.category.id }
        if !empty.isEmpty { notes.append("No data (no published counts in this selection; not zero): " + empty.joined(separator: ", ")) }
        notes.append("Source policy: \(series.first?.policy.rawValue ?? "prefer-original"): \(series.first?.policy.summary ?? "").")
        notes += caveats
        notes.append("Sources:")
        for (i, id) in sourceOrder.enumerated() {
            let s = dataset.sources[id]
            notes.append("  [\(i + 1)] \(s?.publisher ?? id), \"\(s?.title ?? "")\" \(s?.url ?? "") (\(s?.kind.rawValue ?? "unknown"))")
        }
        let columns = [ReportTable.Column("date", .left)] + series.map { ReportTable.Column($0.category.id) }
        return ReportTable(title: "\(dataset.title)", columns: columns, rows: rows, notes: notes)
    }

    /// One published figure of one series: a row of the long table and a point in the JSON.
    public struct PointRow: Sendable {
        public var series: TimeSeries
        public var point: TimeSeries.Point
    }

    /// Each figure's columns, described once: the long table (and its CSV) and the JSON points.
    static let point = DataLayout<PointRow>([
        DataColumn(header: "date", csv: nil, json: "date") { .text($0.point.date.description) },
        DataColumn(header: "category", csv: nil, json: nil) { .text($0.series.category.id) },
        DataColumn(header: nil, csv: nil, json: "decimal_year") { .number($0.point.date.decimalYear) { "\($0)" } },
        DataColumn(header: "count", csv: nil, json: "count", .right) { .count($0.point.count) },
        DataColumn(header: "qualifier", csv: nil, json: "qualifier") { .text($0.point.qualifier.rawValue) },
        DataColumn(header: "source", csv: nil, json: "source") { .text($0.point.observation.source) },
        DataColumn(header: "note", csv: nil, json: "note") { .text($0.point.observation.note) },
        DataColumn(header: nil, csv: nil, json: "alternatives") { r in
            Figure(json: .array(r.point.alternatives.map { a in
                .object([("count", .int(a.count)), ("qualifier", .string(a.qualifier.rawValue)), ("source", .string(a.source))])
            }), csv: "", text: "")
        },
    ])

    /// CSV/plain form without footnote marks: one row per date and category.
    public func longTable() -> ReportTable {
        let rows = series.flatMap { s in s.points.map { PointRow(series: s, point: $0) } }
        return ReportTable(columns: Self.point.tableColumns, rows: Self.point.rows(rows))
    }

    public func json() -> JSONValue {
        .object([
            ("dataset", .string(dataset.name)),
            ("source_policy", .string(series.first?.policy.rawValue ?? SourcePolicy.preferOriginal.rawValue)),
            ("date_convention", .string(dataset.dateConvention)),
            ("series", .array(series.map { s in
                .object([
                    ("category", .string(s.category.id)),
                    ("label", .string(s.category.label("en"))),
                    ("status", .string(s.isEmpty ? "no data" : "data")),
                    ("points", .array(s.points.map { Self.point.json(PointRow(series: s, point: $0)) })),
                    ("superseded", .array(s.superseded.map { o in
                        .object([("date", .string(o.date.description)), ("count", .int(o.count)),
                                 ("source", .string(o.source))])
                    })),
                ])
            })),
            ("sources", .object(Array(Set(series.flatMap { $0.points.map(\.observation.source) })).sorted().map { id in
                let s = dataset.sources[id]
                return (id, .object([
                    ("publisher", .optional(s?.publisher)), ("title", .optional(s?.title)),
                    ("url", .optional(s?.url)), ("kind", .optional(s?.kind.rawValue)), ("quote", .optional(s?.quote)),
                ]))
            })),
        ])
    }
}
