import TallyPrimitives

/// A tidy CSV of counts, `date,category,count[,qualifier,source,note]`: a dataset without a
/// package. Its categories are inferred (`InferredCategories`), its file stands in as the source
/// of rows that name none (`FileAsSource`), and it has no caveats: it says nothing about itself.
///
/// Read as spreadsheets and databases write it (docs/data-package.md): `;` or tab between fields
/// (said in a warning), header names in any case (`TidyHeader`), other columns left out (each
/// named in a warning), midnight timestamps as their date (`TimestampDate`), `-` for standard
/// input. Refused with the reason: another time of day, a count with a thousands separator, a
/// table with no rows.
enum TidyCSV {
    static let fields: [TableSchema.Field] = [
        .init(name: "date", type: "string", constraints: .init(required: true)),
        .init(name: "category", type: "string", constraints: .init(required: true)),
        .init(name: "count", type: "integer", constraints: .init(required: true, minimum: 0)),
        .init(name: "qualifier", type: "string",
              constraints: .init(enum: Qualifier.allCases.map(\.rawValue))),
        .init(name: "source", type: "string", constraints: nil),
        .init(name: "note", type: "string", constraints: nil),
    ]

    static func load(_ path: String) throws -> Dataset {
        if path == StandardInput.path {
            return try load(bytes: try StandardInput.read(limit: DataLimits.maxTableBytes), file: StandardInput.name, location: path)
        }
        return try load(bytes: try DatasetLoader.readBytes(path), file: path, location: path)
    }

    /// `file` names the input in messages; `location` is where it was read from (`-` for stdin).
    static func load(bytes: [UInt8], file path: String, location: String) throws -> Dataset {
        let content = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        guard content.contains(where: { $0 != UInt8(ascii: "\n") && $0 != UInt8(ascii: "\r") }) else {
            throw DatasetInvalid(issues: [ValidationIssue(file: path, line: 1, column: 1, message:
                "no rows: the file is empty; expected a header date,category,count and one row per count")])
        }
        let delimiter = CSVDelimiter.detect(in: bytes)
        var table: CSVTable
        do {
            table = try CSVTable(bytes: bytes, file: path, delimiter: delimiter)
        } catch {
            throw DatasetInvalid(issues: [ValidationIssue(file: error.file, line: error.line, column: error.column, message: error.message)])
        }
        var notes: [ValidationIssue] = []
        if delimiter != CSVDelimiter.comma {
            notes.append(ValidationIssue(.warning, file: path, line: table.headerLine, message:
                "fields are separated by \(CSVDelimiter.name(delimiter)): the header has no comma"))
        }
        let header = TidyHeader(&table, file: path, known: fields.map(\.name))
        var issues = IssueList(notes + header.issues)
        if table.records.isEmpty {
            issues.append(ValidationIssue(file: path, line: table.headerLine, column: 1, message:
                "no rows: the file has a header and no counts; expected one row per date and category under it"))
        }
        let hasSource = table.index(of: "source") != nil
        let schema = TableSchema(fields: fields, primaryKey: hasSource ? ["date", "category", "source"] : ["date", "category"])
        var validator = TableValidator(schema: schema, file: path)
        validator.ignoredColumns = header.ignored
        validator.reportsUnknownColumns = false
        issues.append(contentsOf: validator.collect(in: table))
        issues.append(contentsOf: CountTable.limitIssues(table, file: path))
        var observations: [Observation] = []
        issues = issues.merging(CountTable.read(table, file: path, known: .init(), readsTimestamps: true, into: &observations))
        if issues.issues.contains(where: { $0.severity == .error }) || issues.omittedErrors > 0 {
            throw DatasetInvalid(issues: issues.list(file: path))
        }
        let name = FilePath.deletingExtension(FilePath.lastComponent(path))
        let categories = InferredCategories.from(observations)
        if categories.count > DataLimits.maxCategories {
            throw DatasetInvalid(issues: [CountTable.tooManyCategories(categories.count, file: path)])
        }
        var dataset = Dataset(
            name: name, title: name, location: location,
            resources: [Dataset.Resource(name: "counts", path: location, rows: table.records.count)],
            categories: categories, sources: [:], observations: observations,
            defaultCategory: nil)
        var all = issues.list(file: path)
        all += FileAsSource.attribute(&dataset, file: path)
        all += PartsExceedingWhole.warnings(dataset)
        dataset.warnings = all
        return dataset
    }
}
