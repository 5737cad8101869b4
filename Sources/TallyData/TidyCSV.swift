import TallyPrimitives

/// A tidy CSV of counts, `date,category,count[,qualifier,source,note]`: a dataset without a
/// package. Its categories are inferred (`InferredCategories`), its file stands in as the source
/// of rows that name none (`FileAsSource`), and it has no caveats: it says nothing about itself.
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
        let table = try DatasetLoader.readTable(path, display: path)
        let hasSource = table.index(of: "source") != nil
        let schema = TableSchema(fields: fields, primaryKey: hasSource ? ["date", "category", "source"] : ["date", "category"])
        var issues = TableValidator(schema: schema, file: path).collect(in: table)
        issues.append(contentsOf: CountTable.limitIssues(table, file: path))
        var observations: [Observation] = []
        issues = issues.merging(CountTable.read(table, file: path, known: .init(), into: &observations))
        if issues.issues.contains(where: { $0.severity == .error }) || issues.omittedErrors > 0 {
            throw DatasetInvalid(issues: issues.list(file: path))
        }
        let name = FilePath.deletingExtension(FilePath.lastComponent(path))
        let categories = InferredCategories.from(observations)
        if categories.count > DataLimits.maxCategories {
            throw DatasetInvalid(issues: [CountTable.tooManyCategories(categories.count, file: path)])
        }
        var dataset = Dataset(
            name: name, title: name, location: path,
            resources: [Dataset.Resource(name: "counts", path: path, rows: table.records.count)],
            categories: categories, sources: [:], observations: observations,
            defaultCategory: nil)
        var all = issues.list(file: path)
        all += FileAsSource.attribute(&dataset, file: path)
        all += PartsExceedingWhole.warnings(dataset)
        dataset.warnings = all
        return dataset
    }
}
