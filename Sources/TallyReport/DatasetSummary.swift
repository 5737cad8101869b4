import TallyData

/// What `stats validate` prints: what the dataset holds, per resource and per category.
public struct DatasetSummary: Sendable {
    public var dataset: Dataset

    public init(_ dataset: Dataset) { self.dataset = dataset }

    public func table() -> ReportTable {
        var rows: [[String]] = []
        for category in dataset.categories {
            let obs = dataset.observations(of: category.id)
            let dates = obs.map(\.date)
            rows.append([
                category.id, category.parent ?? "",
                obs.isEmpty ? "no data" : String(obs.count),
                dates.min().map(\.description) ?? "", dates.max().map(\.description) ?? "",
                category.countingBody ?? "", category.measure ?? "",
            ])
        }
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
        return ReportTable(
            title: "\(dataset.title): valid",
            columns: [.init("category", .left), .init("parent", .left), .init("observations"),
                      .init("first"), .init("last"), .init("counting body", .left), .init("measure", .left)],
            rows: rows, notes: notes)
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
            ("categories", .array(dataset.categories.map { c in
                let obs = dataset.observations.filter { $0.category == c.id }
                return .object([
                    ("id", .string(c.id)), ("parent", .optional(c.parent)),
                    ("label_en", .string(c.label("en"))),
                    ("observations", .int(obs.count)),
                    ("status", .string(obs.isEmpty ? "no data" : "data")),
                    ("first_date", .optional(obs.map(\.date).min()?.description)),
                    ("last_date", .optional(obs.map(\.date).max()?.description)),
                    ("counting_body", .optional(c.countingBody)), ("measure", .optional(c.measure)),
                ])
            })),
            ("warnings", .array(dataset.warnings.map(IssueJSON.encode))),
        ])
    }
}

/// The JSON form of a validation issue (docs/json-schema.md).
public enum IssueJSON {
    public static func encode(_ issue: ValidationIssue) -> JSONValue {
        .object([
            ("severity", .string(issue.severity.rawValue)), ("file", .string(issue.file)),
            ("line", .optional(issue.line)), ("column", .optional(issue.column)),
            ("field", .optional(issue.field)), ("value", .optional(issue.value)),
            ("message", .string(issue.message)),
        ])
    }
}
