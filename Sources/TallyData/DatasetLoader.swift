#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TallyPrimitives

/// Reads a dataset from a data-package folder, a `datapackage.json`, or a tidy CSV
/// (`date,category,count[,qualifier,source,note]`), validating everything on the way.
public enum DatasetLoader {
    /// The folder of the default dataset, relative to the project root. Finding it (environment,
    /// working directory, the executable's folder) is TallyCLI's `DefaultDataset`.
    public static let defaultDatasetFolder = "datasets/memorial-political-prisoners"

    /// Loads `path`.
    /// - Throws: `InputMissing` when the file is not there, `DatasetInvalid` with every error found.
    public static func load(_ path: String) throws -> Dataset {
        var isDir = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw InputMissing(path: path, reason: "no such file or folder")
        }
        if isDir {
            let descriptor = FilePath.join(path, "datapackage.json")
            guard FileManager.default.fileExists(atPath: descriptor) else {
                throw InputMissing(path: descriptor, reason: "the folder has no datapackage.json; pass a data-package folder, a datapackage.json or a CSV file")
            }
            return try loadPackage(descriptor)
        }
        if path.lowercased().hasSuffix(".json") { return try loadPackage(path) }
        return try loadTidyCSV(path)
    }

    /// The bytes of `path`, refusing a file larger than `limit` bytes (`limitName` names the
    /// constant in the message) before reading it.
    static func readBytes(_ path: String, limit: Int = DataLimits.maxTableBytes,
                          limitName: String = "DataLimits.maxTableBytes") throws -> [UInt8] {
        try ReadBoundary.admit(path)
        InputFiles.record(path)
        if let size = ResourcePath.regularFileSize(path), size > limit {
            throw DatasetInvalid(issues: [ValidationIssue(file: path, message:
                "the file is \(size) bytes, larger than Tally reads (\(limit) bytes, \(limitName)); split it or remove what is not counts")])
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputMissing(path: path, reason: "cannot be read")
        }
        guard data.count <= limit else {
            throw DatasetInvalid(issues: [ValidationIssue(file: path, message:
                "the input is more than \(limit) bytes, larger than Tally reads (\(limitName))")])
        }
        return [UInt8](data)
    }

    static func readTable(_ path: String, display: String) throws -> CSVTable {
        let bytes = try readBytes(path)
        do {
            return try CSVTable(bytes: bytes, file: display)
        } catch {
            throw DatasetInvalid(issues: [ValidationIssue(file: error.file, line: error.line, column: error.column, message: error.message)])
        }
    }

    // MARK: - Data packages

    /// What Tally reads of a datapackage.json. A member Tally reads that has the wrong type is an
    /// error naming its JSON path (it used to be ignored); the package's and resources' names have
    /// `Identifier`'s shape (as the Data Package spec recommends) and resource names are unique.
    struct PackageDescriptor {
        struct Resource {
            var name: String
            var path: String
            var schema: TableSchema
        }
        var name: String?
        var title: String?
        var description: String?
        var resources: [Resource]
        var tally: TallyBlock

        init(json: JSONValue) throws(DescriptorError) {
            guard case .object = json else { throw DescriptorError(path: "the top level", message: "expected an object") }
            name = try DescriptorField.string(json, "name", at: "")
            if let name, !Identifier.isValid(name) {
                throw DescriptorError(path: "name", message: "\(CountTable.quoted(name)) is not a package name; \(Identifier.expected)")
            }
            title = try DescriptorField.string(json, "title", at: "")
            description = try DescriptorField.string(json, "description", at: "")
            guard let list = try DescriptorField.array(json, "resources", at: "") else {
                throw DescriptorError(path: "resources", message: "expected a list of resources")
            }
            resources = []
            var names = Set<String>()
            for (k, r) in list.enumerated() {
                let at = "resources[\(k)]"
                guard case .object = r else { throw DescriptorError(path: at, message: "expected an object") }
                guard let name = try DescriptorField.string(r, "name", at: at),
                      let path = try DescriptorField.string(r, "path", at: at) else {
                    throw DescriptorError(path: at, message: "expected 'name' and 'path', strings (a path list or inline 'data' is not read)")
                }
                guard Identifier.isValid(name) else {
                    throw DescriptorError(path: "\(at).name", message: "\(CountTable.quoted(name)) is not a resource name; \(Identifier.expected)")
                }
                guard names.insert(name).inserted else {
                    throw DescriptorError(path: "\(at).name", message: "a second resource named '\(name)'; resource names must be unique")
                }
                guard let schema = r["schema"] else {
                    throw DescriptorError(path: at, message: "expected 'schema', a Table Schema")
                }
                resources.append(Resource(name: name, path: path, schema: try TableSchema(json: schema, path: "\(at).schema")))
            }
            tally = try TallyBlock(json: try DescriptorField.object(json, "tally", at: ""))
        }
    }

    static func loadPackage(_ descriptorPath: String) throws -> Dataset {
        let bytes = try readBytes(descriptorPath, limit: DataLimits.maxDescriptorBytes, limitName: "DataLimits.maxDescriptorBytes")
        let descriptor: PackageDescriptor
        do {
            descriptor = try PackageDescriptor(json: try JSONParser.parse(bytes))
        } catch let syntax as JSONParser.SyntaxError {
            throw DatasetInvalid(issues: [ValidationIssue(file: descriptorPath, line: syntax.line, column: syntax.column,
                                                          message: "not valid JSON: \(syntax.message)")])
        } catch let invalid as DescriptorError {
            throw DatasetInvalid(issues: [ValidationIssue(file: descriptorPath, field: invalid.path,
                                                          message: "not a valid data package descriptor: \(invalid.message)")])
        }
        let folder = FilePath.directory(of: descriptorPath)
        var issues = IssueList()
        var tables: [String: (CSVTable, TableSchema, String)] = [:]
        var unreadable = Set<String>()
        for resource in descriptor.resources {
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
                let table = try readTable(real, display: display)
                var tableIssues = TableValidator(schema: resource.schema, file: display).collect(in: table)
                if resource.name == "counts" {
                    tableIssues.append(contentsOf: CountTable.limitIssues(table, file: display))
                }
                issues.append(contentsOf: tableIssues)
                tables[resource.name] = (table, resource.schema, display)
            } catch let invalid as DatasetInvalid {
                for issue in invalid.issues { issues.append(issue) }
                unreadable.insert(resource.name)
            }
        }
        guard tables["counts"] != nil || issues.issues.contains(where: { $0.severity == .error }) else {
            throw DatasetInvalid(issues: [ValidationIssue(file: descriptorPath, field: "resources",
                                                          message: "no resource named 'counts'; expected one holding date,category,count")])
        }
        for issue in foreignKeyIssues(tables, unreadable: unreadable) { issues.append(issue) }

        var referenceIssues = IssueList()
        let categories = tables["categories"].map { ReferenceTables.categories($0.0, file: $0.2, issues: &referenceIssues) } ?? []
        let sources = tables["sources"].map { ReferenceTables.sources($0.0, file: $0.2, issues: &referenceIssues) } ?? [:]
        issues = merge(issues, referenceIssues)
        guard let (counts, _, countsFile) = tables["counts"] else { throw DatasetInvalid(issues: issues.list(file: descriptorPath)) }
        var observations: [Observation] = []
        let known = CountTable.KnownIDs(categories: tables["categories"] == nil ? nil : Set(categories.map(\.id)),
                                        categoriesFile: tables["categories"]?.2,
                                        sources: tables["sources"] == nil ? nil : Set(sources.keys),
                                        sourcesFile: tables["sources"]?.2)
        let tallyIssues = CountTable.read(counts, file: countsFile, known: known, into: &observations)
        issues = merge(issues, tallyIssues)
        if issues.issues.contains(where: { $0.severity == .error }) || issues.omittedErrors > 0 {
            throw DatasetInvalid(issues: issues.list(file: descriptorPath))
        }
        let name = descriptor.name ?? FilePath.lastComponent(folder)
        var dataset = Dataset(
            name: name, title: descriptor.title ?? name, description: descriptor.description,
            location: folder.isEmpty ? descriptorPath : folder,
            resources: descriptor.resources.map { r in
                Dataset.Resource(name: r.name, path: FilePath.join(folder, r.path),
                                 rows: tables[r.name]?.0.records.count ?? 0)
            },
            categories: categories.isEmpty ? inferCategories(observations) : categories,
            sources: sources, observations: observations,
            defaultCategory: descriptor.tally.defaultCategory,
            dateConvention: descriptor.tally.dateConvention ?? Dataset.standardDateConvention,
            sourcePolicyNote: descriptor.tally.sourcePolicyNote,
            caveats: descriptor.tally.caveats)
        var all = issues.list(file: descriptorPath)
        all += descriptor.tally.unknownReferences(dataset.categories, file: descriptorPath)
        if dataset.categories.count > DataLimits.maxCategories {
            throw DatasetInvalid(issues: [CountTable.tooManyCategories(dataset.categories.count, file: countsFile)])
        }
        if tables["sources"] == nil {
            all += missingSourceIssues(&dataset, file: countsFile)
        }
        all += partsExceedingWholeWarnings(dataset)
        if all.contains(where: { $0.severity == .error }) { throw DatasetInvalid(issues: all) }
        dataset.warnings = all
        return dataset
    }

    /// References from one table to another, as the package's schemas declare them.
    /// Only single-field keys are supported; a composite one is an error, not skipped. References to
    /// a table that could not be read (already reported) are not checked.
    static func foreignKeyIssues(_ tables: [String: (CSVTable, TableSchema, String)],
                                 unreadable: Set<String> = []) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        for (_, (table, schema, file)) in tables.sorted(by: { $0.key < $1.key }) {
            for fk in schema.foreignKeys {
                guard fk.fields.count == 1, fk.referencedFields.count == 1 else {
                    issues.append(ValidationIssue(file: file, field: fk.fields.joined(separator: "+"),
                                                  message: "a foreign key of several fields; Tally checks only single-field foreign keys"))
                    continue
                }
                guard let column = table.index(of: fk.fields[0]), !unreadable.contains(fk.resource) else { continue }
                guard let (target, _, targetFile) = tables[fk.resource],
                      let targetColumn = target.index(of: fk.referencedFields[0]) else {
                    issues.append(ValidationIssue(file: file, field: fk.fields[0],
                                                  message: "foreign key refers to resource '\(fk.resource)', which the package does not have"))
                    continue
                }
                let known = Set(target.records.compactMap { $0.fields.count > targetColumn ? $0.fields[targetColumn] : nil })
                for record in table.records where record.fields.count > column {
                    let value = record.fields[column]
                    if !value.isEmpty, !known.contains(value) {
                        issues.append(ValidationIssue(file: file, line: record.line, column: record.columns[column],
                                                      field: fk.fields[0], value: value,
                                                      message: "unknown \(fk.fields[0]); expected an id listed in \(targetFile)"))
                        if issues.count > DataLimits.maxIssues { return issues }
                    }
                }
            }
        }
        return issues
    }

    /// Categories as first seen; when one is named `total`, it is the parent of the others.
    static func inferCategories(_ observations: [Observation]) -> [Category] {
        var seen: [String] = []
        var seenSet = Set<String>()
        for o in observations where seenSet.insert(o.category).inserted { seen.append(o.category) }
        let hasTotal = seenSet.contains("total")
        return seen.map { id in
            Category(id: id, parent: hasTotal && id != "total" ? "total" : nil, labels: ["en": id])
        }
    }

    /// Without a sources table, a count must still name where it came from: the file stands in as
    /// the source of rows that name none, and named sources are taken as given.
    /// A file name as a source id: characters outside `[A-Za-z0-9_.-]` become `_`, at most
    /// `Identifier.maxLength`, starting with a letter or digit (`file` when nothing is left).
    static func sourceID(forFileNamed name: String) -> String {
        if Identifier.isValid(name) { return name }
        var id = String(String.UnicodeScalarView(name.unicodeScalars.map { s in
            s.isASCII && (s.properties.isAlphabetic || ("0"..."9").contains(s) || s == "_" || s == "." || s == "-") ? s : "_"
        }).prefix(Identifier.maxLength))
        while let first = id.unicodeScalars.first, !(first.isASCII && (first.properties.isAlphabetic || ("0"..."9").contains(first))) {
            id.removeFirst()
        }
        return id.isEmpty ? "file" : id
    }

    static func missingSourceIssues(_ dataset: inout Dataset, file: String) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        // The file's name stands in as a source id: made into a valid id (the name is the user's,
        // but it reaches every output, so it may hold no control character or markup).
        let fileName = sourceID(forFileNamed: FilePath.lastComponent(file))
        var ids = Set(dataset.observations.map(\.source))
        if ids.contains("") {
            issues.append(ValidationIssue(.warning, file: file, field: "source",
                                          message: "rows without a source are attributed to the file itself; add a source column to cite each count"))
            // Assigned as a whole: the dataset re-indexes on every assignment.
            dataset.observations = dataset.observations.map { o in
                var o = o
                if o.source.isEmpty { o.source = fileName }
                return o
            }
            ids.remove("")
            ids.insert(fileName)
        }
        for id in ids.sorted() where dataset.sources[id] == nil {
            dataset.sources[id] = Source(id: id, publisher: id == fileName ? "unknown" : id,
                                         title: id == fileName ? "the file \(fileName)" : id,
                                         url: "", quote: "", kind: .unverified)
        }
        return issues
    }

    /// Parts of one parent on one date and from one source that add up to more than the parent.
    /// Counts are at most `DataLimits.maxCount` and there are at most `DataLimits.maxObservations`
    /// of them, so no sum can overflow; the addition is checked all the same.
    static func partsExceedingWholeWarnings(_ dataset: Dataset) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        let parentOf = Dictionary(dataset.categories.map { ($0.id, $0.parent) }, uniquingKeysWith: { first, _ in first })
        var wholes: [String: Observation] = [:]
        for o in dataset.observations { wholes["\(o.date)|\(o.category)|\(o.source)"] = o }
        var sums: [String: (sum: Int, parts: [String])] = [:]
        for o in dataset.observations {
            guard let parent = parentOf[o.category] ?? nil else { continue }
            let key = "\(o.date)|\(parent)|\(o.source)"
            let (sum, overflow) = sums[key, default: (0, [])].sum.addingReportingOverflow(o.count)
            sums[key, default: (0, [])].sum = overflow ? Int.max : sum
            sums[key, default: (0, [])].parts.append(o.category)
        }
        for (key, value) in sums.sorted(by: { $0.key < $1.key }) {
            guard let whole = wholes[key], value.sum > whole.count else { continue }
            issues.append(ValidationIssue(.warning, file: whole.file, line: whole.line, field: "count", value: String(whole.count),
                                          message: "the parts of '\(whole.category)' on \(whole.date) from source \(whole.source) (\(value.parts.joined(separator: " + "))) add up to \(value.sum), more than the whole"))
        }
        return issues
    }

    /// Adds `more` to `issues`, leaving out any about a field already reported on the same line.
    static func merge(_ issues: IssueList, _ more: IssueList) -> IssueList {
        struct Place: Hashable { var file: String; var line: Int?; var field: String? }
        let reported = Set(issues.issues.map { Place(file: $0.file, line: $0.line, field: $0.field) })
        var out = issues
        var rest = IssueList()
        for m in more.issues where !reported.contains(Place(file: m.file, line: m.line, field: m.field)) { rest.append(m) }
        out.append(contentsOf: rest)
        // Issues `more` could not store may repeat ones already listed; they are counted as they are.
        out.addOmitted(more.omitted, errors: more.omittedErrors)
        return out
    }

    /// File order: by file, then line, then column.
    static func sorted(_ issues: [ValidationIssue]) -> [ValidationIssue] {
        issues.enumerated().sorted { a, b in
            let ka = (a.element.file, a.element.line ?? 0, a.element.column ?? 0, a.offset)
            let kb = (b.element.file, b.element.line ?? 0, b.element.column ?? 0, b.offset)
            return ka < kb
        }.map(\.element)
    }

    // MARK: - Tidy CSV

    static let tidySchemaFields: [TableSchema.Field] = [
        .init(name: "date", type: "string", constraints: .init(required: true)),
        .init(name: "category", type: "string", constraints: .init(required: true)),
        .init(name: "count", type: "integer", constraints: .init(required: true, minimum: 0)),
        .init(name: "qualifier", type: "string",
              constraints: .init(enum: Qualifier.allCases.map(\.rawValue))),
        .init(name: "source", type: "string", constraints: nil),
        .init(name: "note", type: "string", constraints: nil),
    ]

    static func loadTidyCSV(_ path: String) throws -> Dataset {
        let table = try readTable(path, display: path)
        let hasSource = table.index(of: "source") != nil
        let schema = TableSchema(fields: tidySchemaFields, primaryKey: hasSource ? ["date", "category", "source"] : ["date", "category"])
        var issues = TableValidator(schema: schema, file: path).collect(in: table)
        issues.append(contentsOf: CountTable.limitIssues(table, file: path))
        var observations: [Observation] = []
        issues = merge(issues, CountTable.read(table, file: path, known: .init(), into: &observations))
        if issues.issues.contains(where: { $0.severity == .error }) || issues.omittedErrors > 0 {
            throw DatasetInvalid(issues: issues.list(file: path))
        }
        let name = FilePath.deletingExtension(FilePath.lastComponent(path))
        let categories = inferCategories(observations)
        if categories.count > DataLimits.maxCategories {
            throw DatasetInvalid(issues: [CountTable.tooManyCategories(categories.count, file: path)])
        }
        var dataset = Dataset(
            name: name, title: name, location: path,
            resources: [Dataset.Resource(name: "counts", path: path, rows: table.records.count)],
            categories: categories, sources: [:], observations: observations,
            defaultCategory: nil)
        var all = issues.list(file: path)
        all += missingSourceIssues(&dataset, file: path)
        all += partsExceedingWholeWarnings(dataset)
        dataset.warnings = all
        return dataset
    }
}
