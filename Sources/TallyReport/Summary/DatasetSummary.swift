import TallyData

/// What `stats validate` prints: what the dataset holds, per resource and per category.
public struct DatasetSummary: Sendable {
    public var dataset: Dataset

    public init(_ dataset: Dataset) { self.dataset = dataset }

    /// A category with its observations: one row of the summary.
    public struct CategoryRow: Sendable {
        public var category: Category
        public var observations: [Observation]
        var first: String? { observations.map(\.date).min()?.description }
        var last: String? { observations.map(\.date).max()?.description }
    }

    /// Each category's columns, described once for the table (and its CSV) and the JSON.
    static let category = DataLayout<CategoryRow>([
        DataColumn(header: "category", csv: nil, json: "id") { .text($0.category.id) },
        DataColumn(header: "parent", csv: nil, json: "parent") { .text($0.category.parent) },
        DataColumn(header: nil, csv: nil, json: "label_en") { .text($0.category.label("en")) },
        DataColumn(header: "observations", csv: nil, json: "observations", .right) { r in
            .count(r.observations.count).shown(as: r.observations.isEmpty ? "no data" : String(r.observations.count))
        },
        DataColumn(header: nil, csv: nil, json: "status") { .text($0.observations.isEmpty ? "no data" : "data") },
        DataColumn(header: "first", csv: nil, json: "first_date", .right) { .text($0.first) },
        DataColumn(header: "last", csv: nil, json: "last_date", .right) { .text($0.last) },
        DataColumn(header: "counting body", csv: nil, json: "counting_body") { .text($0.category.countingBody) },
        DataColumn(header: "measure", csv: nil, json: "measure") { .text($0.category.measure) },
    ])

    var rows: [CategoryRow] {
        dataset.categories.map { CategoryRow(category: $0, observations: dataset.observations(of: $0.id)) }
    }

    public func table() -> ReportTable {
        var notes: [String] = []
        notes.append("Dataset: \(dataset.title) (\(dataset.name)) at \(dataset.location)")
        for r in dataset.resources { notes.append("Resource \(r.name): \(r.path), \(r.rows) rows") }
        if let range = dataset.dateRange {
            notes.append("Dates: \(range.first) to \(range.last); \(dataset.observations.count) observations, \(dataset.categories.count) categories, \(dataset.sources.count) sources")
        }
        let kinds = Source.Kind.allCases.map { kind in "\(dataset.sources.values.filter { $0.kind == kind }.count) \(kind.rawValue)" }
        notes.append("Sources by kind: " + kinds.joined(separator: ", "))
        let empty = dataset.categoriesWithoutData.map(\.id)
        if !empty.isEmpty { notes.append("No data (no published counts; never read as zero): " + empty.joined(separator: ", ")) }
        notes.append("Valid: \(dataset.warnings.count) warning\(dataset.warnings.count == 1 ? "" : "s").")
        return ReportTable(title: "\(dataset.title): valid", columns: Self.category.tableColumns,
                           rows: Self.category.rows(rows), notes: notes)
    }

    public func json() -> JSONValue {
        .object([
            ("valid", .bool(true)),
            ("name", .string(dataset.name)),
            ("title", .string(dataset.title)),
            ("location", .string(dataset.location)),
            ("resources", .array(dataset.resources.map { r in
                .object([("name", .string(r.name)), ("path", .string(r.path)), ("rows", .int(r.rows))])
            })),
            ("observations", .int(dataset.observations.count)),
            ("first_date", .optional(dataset.dateRange?.first.description)),
            ("last_date", .optional(dataset.dateRange?.last.description)),
            ("sources", .int(dataset.sources.count)),
            ("categories", .array(rows.map(Self.category.json))),
            ("warnings", .array(dataset.warnings.map(IssueJSON.encode))),
        ])
    }
}
