import TallyPrimitives

/// Reads a package's `groups` table and the `groups` column of its categories table, enforcing what
/// `Dataset.resolveGroup` relies on whatever the package's schema says: ids of `Identifier`'s shape,
/// each listed once; no name shared by two groups (a name must pick one group); a headline that is
/// one of the group's own categories; a note wherever there is no headline (why nobody counts);
/// every group a category names is listed.
enum GroupTable {
    /// How a list of names or group ids is written in one field.
    static let separator: Character = ";"

    /// The groups of `groups` (nil when the package has no such table), each with the categories
    /// whose `groups` column names it, in taxonomy order. Problems are added to `issues`.
    static func read(_ groups: (table: CSVTable, file: String)?, categories: (table: CSVTable, file: String)?,
                     issues: inout IssueList) -> [Group] {
        var out = groups.map { readGroups($0.table, file: $0.file, issues: &issues) } ?? []
        guard let categories, let idColumn = categories.table.index(of: "id"),
              let groupsColumn = categories.table.index(of: "groups") else { return out }
        let position = Dictionary(out.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
        let expected = out.isEmpty ? "no groups table lists any" : "expected one of \(out.map(\.id).joined(separator: ", "))"
        for r in categories.table.records where r.fields.count == categories.table.header.count {
            for name in split(r.fields[groupsColumn]) {
                if let k = position[name] {
                    if !out[k].categories.contains(r.fields[idColumn]) { out[k].categories.append(r.fields[idColumn]) }
                } else {
                    issues.append(ValidationIssue(file: categories.file, line: r.line, column: r.columns[groupsColumn],
                                                  field: "groups", value: CountTable.quoted(name),
                                                  message: "unknown group; \(expected)"))
                }
            }
        }
        if let groups { checkHeadlines(out, groups.table, file: groups.file, issues: &issues) }
        return out
    }

    private static func readGroups(_ table: CSVTable, file: String, issues: inout IssueList) -> [Group] {
        guard let idColumn = table.index(of: "id") else {
            issues.append(ValidationIssue(file: file, line: table.headerLine, field: "id",
                                          message: "a groups table needs an 'id' column"))
            return []
        }
        guard table.records.count <= DataLimits.maxCategories else {
            issues.append(ValidationIssue(file: file, field: "id", value: String(table.records.count),
                                          message: "more groups than Tally reads (\(DataLimits.maxCategories), DataLimits.maxCategories)"))
            return []
        }
        let labelColumns = table.header.enumerated().filter { $0.element.hasPrefix("label_") }
        var out: [Group] = []
        var owner: [String: String] = [:]   // folded name -> the group that answers to it
        for r in table.records where r.fields.count == table.header.count {
            let id = r.fields[idColumn]
            func fail(_ field: String, _ column: Int?, _ value: String?, _ message: String) {
                issues.append(ValidationIssue(file: file, line: r.line, column: column.map { r.columns[$0] },
                                              field: field, value: value, message: message))
            }
            guard Identifier.isValid(id) else {
                fail("id", idColumn, nil, "the group id \(CountTable.quoted(id)) is not an id; \(Identifier.expected)")
                continue
            }
            guard !out.contains(where: { $0.id == id }) else { fail("id", idColumn, id, "duplicate value; must be unique"); continue }
            var labels: [String: String] = [:]
            for (i, name) in labelColumns where !r.fields[i].isEmpty { labels[String(name.dropFirst(6))] = r.fields[i] }
            let aliasColumn = table.index(of: "aliases")
            let group = Group(id: id, labels: labels, aliases: aliasColumn.map { split(r.fields[$0]) } ?? [],
                              headline: value(r, table.index(of: "headline")), note: value(r, table.index(of: "note")))
            for name in Set(group.names.map(Group.folded)) {
                if let other = owner[name], other != id {
                    fail("aliases", aliasColumn, CountTable.quoted(name), "this name is also a name of the group '\(other)'; a name must pick one group")
                } else {
                    owner[name] = id
                }
            }
            if group.headline == nil, group.note == nil {
                fail("note", table.index(of: "note"), nil, "a group without a headline needs a note saying why nobody counts it")
            }
            out.append(group)
        }
        return out
    }

    /// A headline must be one of the group's own categories (the series the group stands for).
    private static func checkHeadlines(_ groups: [Group], _ table: CSVTable, file: String, issues: inout IssueList) {
        guard let idColumn = table.index(of: "id"), let headlineColumn = table.index(of: "headline") else { return }
        let byID = Dictionary(groups.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for r in table.records where r.fields.count == table.header.count {
            guard let group = byID[r.fields[idColumn]], let headline = group.headline,
                  !group.categories.contains(headline) else { continue }
            issues.append(ValidationIssue(file: file, line: r.line, column: r.columns[headlineColumn], field: "headline",
                                          value: CountTable.quoted(headline),
                                          message: "not one of the group's categories; expected a category whose 'groups' column names '\(group.id)'"))
        }
    }

    /// The non-empty items of a `;`-separated field, trimmed.
    static func split(_ field: String) -> [String] {
        field.split(separator: separator).map { $0.trimming() }.filter { !$0.isEmpty }
    }

    private static func value(_ r: CSVTable.Record, _ column: Int?) -> String? {
        guard let column, column < r.fields.count, !r.fields[column].isEmpty else { return nil }
        return r.fields[column]
    }
}
