/// Reads a package's categories and sources tables, enforcing what Tally relies on whatever the
/// package's schema says: an `id` column; ids of `Identifier`'s shape, each listed once; a parent
/// that is a listed category; a source URL that is http or https; a source kind Tally knows (an
/// unknown one would silently rank as unverified); at most `DataLimits.maxCategories` categories.
enum ReferenceTables {
    static func categories(_ table: CSVTable, file: String, issues: inout IssueList) -> [Category] {
        guard let idColumn = table.index(of: "id") else {
            issues.append(ValidationIssue(file: file, line: table.headerLine, field: "id",
                                          message: "a categories table needs an 'id' column"))
            return []
        }
        guard table.records.count <= DataLimits.maxCategories else {
            issues.append(CountTable.tooManyCategories(table.records.count, file: file))
            return []
        }
        let labelColumns = table.header.enumerated().filter { $0.element.hasPrefix("label_") }
        let parentColumn = table.index(of: "parent")
        let ids = Set(table.records.compactMap { $0.fields.count > idColumn ? $0.fields[idColumn] : nil })
        var seen = Set<String>()
        var out: [Category] = []
        for r in table.records where r.fields.count == table.header.count {
            let id = r.fields[idColumn]
            guard checkID(id, column: idColumn, record: r, file: file, what: "category", seen: &seen, issues: &issues) else { continue }
            var labels: [String: String] = [:]
            for (i, name) in labelColumns where !r.fields[i].isEmpty { labels[String(name.dropFirst(6))] = r.fields[i] }
            let parent = value(r, parentColumn)
            if let parent, let parentColumn {
                if !Identifier.isValid(parent) {
                    issues.append(ValidationIssue(file: file, line: r.line, column: r.columns[parentColumn], field: "parent",
                                                  message: "the parent \(CountTable.quoted(parent)) is not an id; \(Identifier.expected)"))
                } else if !ids.contains(parent) {
                    issues.append(ValidationIssue(file: file, line: r.line, column: r.columns[parentColumn], field: "parent",
                                                  value: parent, message: "unknown parent; expected an id listed in \(file)"))
                }
            }
            out.append(Category(id: id, parent: parent, labels: labels,
                                countingBody: value(r, table.index(of: "counting_body")),
                                measure: value(r, table.index(of: "measure")),
                                description: value(r, table.index(of: "description"))))
        }
        return out
    }

    static func sources(_ table: CSVTable, file: String, issues: inout IssueList) -> [String: Source] {
        guard let idColumn = table.index(of: "id") else {
            issues.append(ValidationIssue(file: file, line: table.headerLine, field: "id",
                                          message: "a sources table needs an 'id' column"))
            return [:]
        }
        let urlColumn = table.index(of: "url"), kindColumn = table.index(of: "kind")
        var seen = Set<String>()
        var out: [String: Source] = [:]
        for r in table.records where r.fields.count == table.header.count {
            let id = r.fields[idColumn]
            guard checkID(id, column: idColumn, record: r, file: file, what: "source", seen: &seen, issues: &issues) else { continue }
            let url = value(r, urlColumn) ?? ""
            if let urlColumn, !url.isEmpty, let problem = SourceURL.problem(url) {
                issues.append(ValidationIssue(file: file, line: r.line, column: r.columns[urlColumn], field: "url",
                                              value: CountTable.quoted(url), message: problem))
            }
            let kindText = value(r, kindColumn)
            let kind = kindText.map(Source.Kind.init(rawValue:)) ?? .unverified
            if let kindText, kind == nil, let kindColumn {
                issues.append(ValidationIssue(file: file, line: r.line, column: r.columns[kindColumn], field: "kind",
                                              value: CountTable.quoted(kindText),
                                              message: "unknown kind of source; expected one of \(Source.Kind.allCases.map(\.rawValue).joined(separator: ", "))"))
            }
            out[id] = Source(id: id, publisher: value(r, table.index(of: "publisher")) ?? "",
                             title: value(r, table.index(of: "title")) ?? "",
                             url: url, quote: value(r, table.index(of: "quote")) ?? "",
                             kind: kind ?? .unverified)
        }
        return out
    }

    /// Whether `id` can be used: of the id shape and not seen before (errors reported otherwise).
    private static func checkID(_ id: String, column: Int, record r: CSVTable.Record, file: String, what: String,
                                seen: inout Set<String>, issues: inout IssueList) -> Bool {
        func fail(_ value: String?, _ message: String) {
            issues.append(ValidationIssue(file: file, line: r.line, column: r.columns[column], field: "id", value: value, message: message))
        }
        if id.isEmpty { fail(id, "required value is empty"); return false }
        if !Identifier.isValid(id) {
            fail(nil, "the \(what) id \(CountTable.quoted(id)) is not an id; \(Identifier.expected)")
            return false
        }
        if !seen.insert(id).inserted { fail(id, "duplicate value; must be unique"); return false }
        return true
    }

    private static func value(_ r: CSVTable.Record, _ column: Int?) -> String? {
        guard let column, column < r.fields.count, !r.fields[column].isEmpty else { return nil }
        return r.fields[column]
    }
}

/// The URL of a source, which outputs turn into links: only `http` and `https` are accepted
/// (a `javascript:` or `data:` URL would run or show content when the link is followed).
public enum SourceURL {
    /// Why `url` is refused, or nil when it is fine.
    public static func problem(_ url: String) -> String? {
        let lower = url.lowercased()
        let rest: Substring
        if lower.hasPrefix("https://") { rest = url.dropFirst(8) } else if lower.hasPrefix("http://") { rest = url.dropFirst(7) } else {
            return "not an http or https URL; expected a URL starting with https:// (or http://)"
        }
        guard let first = rest.first, first != "/" else { return "the URL names no host; expected https://host/path" }
        if let bad = url.unicodeScalars.first(where: { $0 == " " || $0 == "\"" || $0 == "<" || $0 == ">" || $0 == "\\" || $0 == "`" || $0 == "\t" || $0 == "\n" }) {
            return "the URL holds \(ForbiddenCharacter.codePoint(bad)), which a URL may not hold unencoded; percent-encode it"
        }
        return nil
    }
}
