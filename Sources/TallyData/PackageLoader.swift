import TallyPrimitives

/// Loads a data package: its descriptor, then every table it lists (each validated against its
/// schema, the counts also against Tally's limits), the foreign keys between them, the categories
/// and sources tables, and the counts; every issue is collected before any is thrown.
enum PackageLoader {
    /// A table read from a package with the schema it is validated against and the path shown in
    /// messages.
    typealias Table = (table: CSVTable, schema: TableSchema, file: String)

    static func load(_ descriptorPath: String) throws -> Dataset {
        let descriptor = try PackageDescriptor.read(descriptorPath, requireSchemas: true)
        let folder = FilePath.directory(of: descriptorPath)
        var issues = IssueList()
        var tables: [String: Table] = [:]
        var unreadable = Set<String>()
        for resource in descriptor.resources {
            guard let schema = resource.schema else { preconditionFailure("read with requireSchemas: every resource has a schema") }
            let full = FilePath.join(folder, resource.path)
            let display = folder.isEmpty ? resource.path : full
            let real: String
            do {
                real = try ResourcePath.confine(resource.path, in: folder, resource: resource.name)
            } catch let refused as ResourcePath.Refused {
                throw DatasetInvalid(issues: [ValidationIssue(file: descriptorPath, field: "resources", value: nil, message: refused.message)])
            } catch let missing as InputMissing {
                throw InputMissing(path: missing.path, reason: "\(missing.reason) (named in \(descriptorPath))")
            }
            do {
                let table = try DatasetLoader.readTable(real, display: display)
                var tableIssues = TableValidator(schema: schema, file: display).collect(in: table)
                if resource.name == "counts" {
                    tableIssues.append(contentsOf: CountTable.limitIssues(table, file: display))
                }
                issues.append(contentsOf: tableIssues)
                tables[resource.name] = (table, schema, display)
            } catch let invalid as DatasetInvalid {
                for issue in invalid.issues { issues.append(issue) }
                unreadable.insert(resource.name)
            }
        }
        guard tables["counts"] != nil || issues.issues.contains(where: { $0.severity == .error }) else {
            throw DatasetInvalid(issues: [ValidationIssue(file: descriptorPath, field: "resources",
                                                          message: "no resource named 'counts'; expected one holding date,category,count")])
        }
        for issue in ForeignKeyCheck.issues(tables, unreadable: unreadable) { issues.append(issue) }

        var referenceIssues = IssueList()
        let categories = tables["categories"].map { ReferenceTables.categories($0.table, file: $0.file, issues: &referenceIssues) } ?? []
        let sources = tables["sources"].map { ReferenceTables.sources($0.table, file: $0.file, issues: &referenceIssues) } ?? [:]
        // Groups (issue 15; GroupTable.swift): the groups table and the categories' groups column.
        let groups = GroupTable.read(tables["groups"].map { ($0.table, $0.file) }, categories: tables["categories"].map { ($0.table, $0.file) },
                                     issues: &referenceIssues)
        issues = issues.merging(referenceIssues)
        guard let (counts, _, countsFile) = tables["counts"] else { throw DatasetInvalid(issues: issues.list(file: descriptorPath)) }
        var observations: [Observation] = []
        let known = CountTable.KnownIDs(categories: tables["categories"] == nil ? nil : Set(categories.map(\.id)),
                                        categoriesFile: tables["categories"]?.file,
                                        sources: tables["sources"] == nil ? nil : Set(sources.keys),
                                        sourcesFile: tables["sources"]?.file)
        issues = issues.merging(CountTable.read(counts, file: countsFile, known: known, into: &observations))
        if issues.issues.contains(where: { $0.severity == .error }) || issues.omittedErrors > 0 {
            throw DatasetInvalid(issues: issues.list(file: descriptorPath))
        }
        let name = descriptor.name ?? FilePath.lastComponent(folder)
        var dataset = Dataset(
            name: name, title: descriptor.title ?? name, description: descriptor.description,
            location: folder.isEmpty ? descriptorPath : folder,
            resources: descriptor.resources.map { r in
                Dataset.Resource(name: r.name, path: FilePath.join(folder, r.path),
                                 rows: tables[r.name]?.table.records.count ?? 0)
            },
            categories: categories.isEmpty ? InferredCategories.from(observations) : categories,
            sources: sources, observations: observations,
            defaultCategory: descriptor.tally.defaultCategory,
            dateConvention: descriptor.tally.dateConvention ?? Dataset.standardDateConvention,
            sourcePolicyNote: descriptor.tally.sourcePolicyNote,
            caveats: descriptor.tally.caveats)
        dataset.groups = groups   // issue 15 (GroupTable.swift)
        var all = issues.list(file: descriptorPath)
        all += descriptor.tally.unknownReferences(dataset.categories, file: descriptorPath)
        if dataset.categories.count > DataLimits.maxCategories {
            throw DatasetInvalid(issues: [CountTable.tooManyCategories(dataset.categories.count, file: countsFile)])
        }
        if tables["sources"] == nil {
            all += FileAsSource.attribute(&dataset, file: countsFile)
        }
        all += PartsExceedingWhole.warnings(dataset)
        if all.contains(where: { $0.severity == .error }) { throw DatasetInvalid(issues: all) }
        dataset.warnings = all
        return dataset
    }
}
