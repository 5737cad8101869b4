#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Reads a dataset from a data-package folder, a `datapackage.json`, or a tidy CSV
/// (`date,category,count[,qualifier,source,note]`), validating everything on the way.
public enum DatasetLoader {
    /// The folder of the default dataset, relative to the project root.
    public static let defaultDatasetFolder = "datasets/memorial-political-prisoners"

    /// Finds the default dataset: `$TALLY_DEFAULT_DATASET`, else the project folder found by
    /// walking up from the current directory, else from the executable's own folder.
    /// The default dataset for the current task only (the notebook runner sets it to the data
    /// package beside its spec); unlike an environment variable it is not seen by other threads
    /// or by child processes.
    @TaskLocal public static var defaultOverride: String?

    public static func defaultDatasetPath() -> String? {
        if let defaultOverride { return defaultOverride }
        if let env = ProcessInfo.processInfo.environment["TALLY_DEFAULT_DATASET"], !env.isEmpty { return env }
        let fm = FileManager.default
        var starts = [fm.currentDirectoryPath]
        if let exe = CommandLine.arguments.first, exe.contains("/") {
            starts.append(FilePath.directory(of: FilePath.join(fm.currentDirectoryPath, exe)))
        }
        for start in starts {
            var dir = URL(fileURLWithPath: start).standardizedFileURL
            for _ in 0..<8 {
                let candidate = dir.appendingPathComponent(defaultDatasetFolder)
                if fm.fileExists(atPath: candidate.appendingPathComponent("datapackage.json").path) {
                    return candidate.path
                }
                let parent = dir.deletingLastPathComponent()
                if parent.path == dir.path { break }
                dir = parent
            }
        }
        return nil
    }

    /// Loads `path` (or the default dataset when nil).
    /// - Throws: `InputMissing` when the file is not there, `DatasetInvalid` with every error found.
    public static func load(_ path: String?) throws -> Dataset {
        guard let path = path ?? defaultDatasetPath() else {
            throw InputMissing(path: defaultDatasetFolder,
                               reason: "the default dataset was not found; run from the project folder or pass a dataset path")
        }
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

    static func readBytes(_ path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputMissing(path: path, reason: "cannot be read")
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

    /// What Tally reads of a datapackage.json.
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
        var defaultCategory: String?
        var sourcePolicyNote: String?
        var dateConvention: String?

        init(json: JSONValue) throws(DescriptorError) {
            guard case .object = json else { throw DescriptorError(path: "the top level", message: "expected an object") }
            name = json["name"]?.stringValue
            title = json["title"]?.stringValue
            description = json["description"]?.stringValue
            guard let list = json["resources"]?.arrayValue else {
                throw DescriptorError(path: "resources", message: "expected a list of resources")
            }
            resources = []
            for (k, r) in list.enumerated() {
                guard let name = r["name"]?.stringValue, let path = r["path"]?.stringValue else {
                    throw DescriptorError(path: "resources[\(k)]", message: "expected 'name' and 'path', strings")
                }
                guard let schema = r["schema"] else {
                    throw DescriptorError(path: "resources[\(k)]", message: "expected 'schema', a Table Schema")
                }
                resources.append(Resource(name: name, path: path, schema: try TableSchema(json: schema, path: "resources[\(k)].schema")))
            }
            let tally = json["tally"]
            defaultCategory = tally?["default_category"]?.stringValue
            sourcePolicyNote = tally?["source_policy_note"]?.stringValue
            dateConvention = tally?["date_convention"]?.stringValue
        }
    }

    static func loadPackage(_ descriptorPath: String) throws -> Dataset {
        let bytes = try readBytes(descriptorPath)
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
        var issues: [ValidationIssue] = []
        var tables: [String: (CSVTable, TableSchema, String)] = [:]
        for resource in descriptor.resources {
            let full = FilePath.join(folder, resource.path)
            let display = folder.isEmpty ? resource.path : full
            guard FileManager.default.fileExists(atPath: full) else {
                throw InputMissing(path: full, reason: "resource '\(resource.name)' named in \(descriptorPath) is missing")
            }
            do {
                let table = try readTable(full, display: display)
                issues += TableValidator(schema: resource.schema, file: display).issues(in: table)
                tables[resource.name] = (table, resource.schema, display)
            } catch let invalid as DatasetInvalid {
                issues += invalid.issues
            }
        }
        guard tables["counts"] != nil || issues.contains(where: { $0.severity == .error }) else {
            throw DatasetInvalid(issues: [ValidationIssue(file: descriptorPath, field: "resources",
                                                          message: "no resource named 'counts'; expected one holding date,category,count")])
        }
        issues += foreignKeyIssues(tables)

        let categories = tables["categories"].map { readCategories($0.0) } ?? []
        let sources = tables["sources"].map { readSources($0.0) } ?? [:]
        guard let (counts, _, countsFile) = tables["counts"] else { throw DatasetInvalid(issues: sorted(issues)) }
        var observations: [Observation] = []
        issues = merge(issues, readObservations(counts, file: countsFile, into: &observations))
        if issues.contains(where: { $0.severity == .error }) { throw DatasetInvalid(issues: sorted(issues)) }
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
            defaultCategory: descriptor.defaultCategory,
            dateConvention: descriptor.dateConvention ?? Dataset.standardDateConvention,
            sourcePolicyNote: descriptor.sourcePolicyNote)
        if tables["sources"] == nil {
            issues += missingSourceIssues(&dataset, file: countsFile)
        }
        issues += partsExceedingWholeWarnings(dataset)
        if issues.contains(where: { $0.severity == .error }) { throw DatasetInvalid(issues: issues) }
        dataset.warnings = issues
        return dataset
    }

    static func foreignKeyIssues(_ tables: [String: (CSVTable, TableSchema, String)]) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        for (_, (table, schema, file)) in tables.sorted(by: { $0.key < $1.key }) {
            for fk in schema.foreignKeys {
                guard fk.fields.count == 1, fk.referencedFields.count == 1,
                      let column = table.index(of: fk.fields[0]) else { continue }
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
                    }
                }
            }
        }
        return issues
    }

    static func field(_ table: CSVTable, _ record: CSVTable.Record, _ name: String) -> String? {
        guard let i = table.index(of: name), i < record.fields.count else { return nil }
        let v = record.fields[i]
        return v.isEmpty ? nil : v
    }

    static func readCategories(_ table: CSVTable) -> [Category] {
        table.records.map { r in
            var labels: [String: String] = [:]
            for (i, name) in table.header.enumerated() where name.hasPrefix("label_") && i < r.fields.count && !r.fields[i].isEmpty {
                labels[String(name.dropFirst(6))] = r.fields[i]
            }
            return Category(id: field(table, r, "id") ?? "", parent: field(table, r, "parent"), labels: labels,
                            countingBody: field(table, r, "counting_body"), measure: field(table, r, "measure"),
                            description: field(table, r, "description"))
        }
    }

    static func readSources(_ table: CSVTable) -> [String: Source] {
        var out: [String: Source] = [:]
        for r in table.records {
            let id = field(table, r, "id") ?? ""
            out[id] = Source(id: id, publisher: field(table, r, "publisher") ?? "", title: field(table, r, "title") ?? "",
                             url: field(table, r, "url") ?? "", quote: field(table, r, "quote") ?? "",
                             kind: field(table, r, "kind").flatMap(Source.Kind.init(rawValue:)) ?? .unverified)
        }
        return out
    }

    /// Turns valid count rows into observations; reports dates and qualifiers the schema could not check.
    static func readObservations(_ table: CSVTable, file: String, into observations: inout [Observation]) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        guard let dateColumn = table.index(of: "date"), let categoryColumn = table.index(of: "category"),
              let countColumn = table.index(of: "count") else { return issues }
        let qualifierColumn = table.index(of: "qualifier")
        let sourceColumn = table.index(of: "source")
        let noteColumn = table.index(of: "note")
        func optional(_ r: CSVTable.Record, _ i: Int?) -> String? {
            guard let i, !r.fields[i].isEmpty else { return nil }
            return r.fields[i]
        }
        for r in table.records where r.fields.count == table.header.count {
            let dateText = r.fields[dateColumn], category = r.fields[categoryColumn]
            guard !dateText.isEmpty, !category.isEmpty, let count = Int(r.fields[countColumn]), count >= 0 else { continue }
            guard let date = PartialDate(dateText) else {
                issues.append(ValidationIssue(file: file, line: r.line, column: r.columns[dateColumn],
                                              field: "date", value: dateText,
                                              message: "not a real date; expected YYYY, YYYY-MM or YYYY-MM-DD"))
                continue
            }
            let qualifierText = optional(r, qualifierColumn) ?? "exact"
            guard let qualifier = Qualifier(rawValue: qualifierText) else {
                issues.append(ValidationIssue(file: file, line: r.line, column: qualifierColumn.map { r.columns[$0] },
                                              field: "qualifier", value: qualifierText,
                                              message: "unknown qualifier; expected one of \(Qualifier.allCases.map(\.rawValue).joined(separator: ", "))"))
                continue
            }
            observations.append(Observation(date: date, category: category, count: count, qualifier: qualifier,
                                            source: optional(r, sourceColumn) ?? "", note: optional(r, noteColumn),
                                            file: file, line: r.line))
        }
        return issues
    }

    /// Categories as first seen; when one is named `total`, it is the parent of the others.
    static func inferCategories(_ observations: [Observation]) -> [Category] {
        var seen: [String] = []
        for o in observations where !seen.contains(o.category) { seen.append(o.category) }
        let hasTotal = seen.contains("total")
        return seen.map { id in
            Category(id: id, parent: hasTotal && id != "total" ? "total" : nil, labels: ["en": id])
        }
    }

    /// Without a sources table, a count must still name where it came from: the file stands in as
    /// the source of rows that name none, and named sources are taken as given.
    static func missingSourceIssues(_ dataset: inout Dataset, file: String) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        let fileName = FilePath.lastComponent(file)
        var ids = Set(dataset.observations.map(\.source))
        if ids.contains("") {
            issues.append(ValidationIssue(.warning, file: file, field: "source",
                                          message: "rows without a source are attributed to the file itself; add a source column to cite each count"))
            for i in dataset.observations.indices where dataset.observations[i].source.isEmpty {
                dataset.observations[i].source = fileName
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
    static func partsExceedingWholeWarnings(_ dataset: Dataset) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        let parentOf = Dictionary(uniqueKeysWithValues: dataset.categories.map { ($0.id, $0.parent) })
        var wholes: [String: Observation] = [:]
        for o in dataset.observations { wholes["\(o.date)|\(o.category)|\(o.source)"] = o }
        var sums: [String: (sum: Int, parts: [String])] = [:]
        for o in dataset.observations {
            guard let parent = parentOf[o.category] ?? nil else { continue }
            let key = "\(o.date)|\(parent)|\(o.source)"
            sums[key, default: (0, [])].sum += o.count
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
    static func merge(_ issues: [ValidationIssue], _ more: [ValidationIssue]) -> [ValidationIssue] {
        var out = issues
        for m in more where !issues.contains(where: { $0.file == m.file && $0.line == m.line && $0.field == m.field }) {
            out.append(m)
        }
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
        var issues = TableValidator(schema: schema, file: path).issues(in: table)
        var observations: [Observation] = []
        issues = merge(issues, readObservations(table, file: path, into: &observations))
        if issues.contains(where: { $0.severity == .error }) { throw DatasetInvalid(issues: sorted(issues)) }
        let name = FilePath.deletingExtension(FilePath.lastComponent(path))
        var dataset = Dataset(
            name: name, title: name, location: path,
            resources: [Dataset.Resource(name: "counts", path: path, rows: table.records.count)],
            categories: inferCategories(observations), sources: [:], observations: observations,
            defaultCategory: nil)
        issues += missingSourceIssues(&dataset, file: path)
        issues += partsExceedingWholeWarnings(dataset)
        dataset.warnings = issues
        return dataset
    }
}

