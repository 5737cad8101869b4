/// Tally's own schema for a table of counts, enforced on every counts table whatever the package's
/// own schema says (a package's schema may only add constraints): columns `date`, `category`,
/// `count` present; on every row a real date, a category id and a source id of `Identifier`'s shape,
/// a whole count in 0...`DataLimits.maxCount`, a known qualifier, one row per date, category and
/// source; with a categories or sources table, every category and source listed there. A row that
/// breaks any of these is reported, never dropped silently.
enum CountTable {
    /// Ids the counts may refer to (nil: the package has no such table, any well-formed id goes).
    struct KnownIDs {
        var categories: Set<String>?
        var categoriesFile: String?
        var sources: Set<String>?
        var sourcesFile: String?
    }

    static let requiredColumns = ["date", "category", "count"]

    /// Limits checked before any per-row work: the number of rows.
    static func limitIssues(_ table: CSVTable, file: String) -> IssueList {
        var issues = IssueList()
        if table.records.count > DataLimits.maxObservations {
            let first = table.records[DataLimits.maxObservations]
            issues.append(ValidationIssue(file: file, line: first.line, message:
                "more than \(DataLimits.maxObservations) rows of counts (DataLimits.maxObservations); split the dataset"))
        }
        return issues
    }

    static func tooManyCategories(_ count: Int, file: String) -> ValidationIssue {
        ValidationIssue(file: file, field: "category", message:
            "\(count) categories, more than Tally reads (\(DataLimits.maxCategories), DataLimits.maxCategories); split the dataset")
    }

    /// Turns the rows into observations, reporting every row that breaks Tally's count schema.
    /// `readsTimestamps`: a date with the time midnight is that date (`TimestampDate`; tidy CSVs).
    static func read(_ table: CSVTable, file: String, known: KnownIDs, readsTimestamps: Bool = false,
                     into observations: inout [Observation]) -> IssueList {
        var issues = IssueList()
        var columns: [String: Int] = [:]
        for (i, name) in table.header.enumerated() where columns[name] == nil { columns[name] = i }
        let missing = requiredColumns.filter { columns[$0] == nil }
        guard missing.isEmpty, let dateColumn = columns["date"], let categoryColumn = columns["category"],
              let countColumn = columns["count"] else {
            issues.append(ValidationIssue(file: file, line: table.headerLine, field: missing.joined(separator: ","),
                message: "a counts table needs the columns date, category and count (and may have qualifier, source, note); missing: \(missing.joined(separator: ", "))"))
            return issues
        }
        let qualifierColumn = columns["qualifier"], sourceColumn = columns["source"], noteColumn = columns["note"]
        let keyName = sourceColumn == nil ? "date+category" : "date+category+source"
        var keySeen: [String: Int] = [:]
        for r in table.records.prefix(DataLimits.maxObservations) {
            guard r.fields.count == table.header.count else {
                issues.append(ValidationIssue(file: file, line: r.line, column: r.columns.last,
                    message: "row has \(r.fields.count) fields; expected \(table.header.count) as in the header"))
                continue
            }
            var ok = true
            func fail(_ column: Int, _ field: String, _ value: String?, _ message: String) {
                issues.append(ValidationIssue(file: file, line: r.line, column: r.columns[column], field: field,
                                              value: value, message: message))
                ok = false
            }
            let dateText = r.fields[dateColumn], category = r.fields[categoryColumn], countText = r.fields[countColumn]
            var date: PartialDate?
            if dateText.isEmpty {
                fail(dateColumn, "date", dateText, "required value is empty")
            } else if let d = PartialDate(dateText) {
                date = d
            } else if readsTimestamps, case .date(let d) = TimestampDate.read(dateText) {
                date = d
            } else if readsTimestamps, case .timeOfDay(let time) = TimestampDate.read(dateText) {
                fail(dateColumn, "date", dateText, "a time of day (\(time)) is not read: a count is of one day; expected the date alone (YYYY-MM-DD) or midnight (T00:00)")
            } else {
                fail(dateColumn, "date", dateText, "not a real date; expected YYYY, YYYY-MM or YYYY-MM-DD")
            }
            if category.isEmpty {
                fail(categoryColumn, "category", category, "required value is empty")
            } else if !Identifier.isValid(category) {
                fail(categoryColumn, "category", nil, "the category id \(quoted(category)) is not an id; \(Identifier.expected)")
            } else if let ids = known.categories, !ids.contains(category) {
                fail(categoryColumn, "category", category, "unknown category; expected an id listed in \(known.categoriesFile ?? "the categories table")")
            }
            let count = countValue(countText)
            switch count {
            case .failure(let message): fail(countColumn, "count", countText.count > 40 ? nil : countText, message)
            case .success: break
            }
            let qualifierText = qualifierColumn.map { r.fields[$0] }.flatMap { $0.isEmpty ? nil : $0 } ?? "exact"
            let qualifier = Qualifier(rawValue: qualifierText)
            if qualifier == nil, let qualifierColumn {
                fail(qualifierColumn, "qualifier", Identifier.isValid(qualifierText) ? qualifierText : nil,
                     "unknown qualifier; expected one of \(Qualifier.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            let source = sourceColumn.map { r.fields[$0] } ?? ""
            if let sourceColumn, !source.isEmpty {
                if !Identifier.isValid(source) {
                    fail(sourceColumn, "source", nil, "the source id \(quoted(source)) is not an id; \(Identifier.expected)")
                } else if let ids = known.sources, !ids.contains(source) {
                    fail(sourceColumn, "source", source, "unknown source; expected an id listed in \(known.sourcesFile ?? "the sources table")")
                }
            }
            if !dateText.isEmpty, !category.isEmpty {
                // The date as read, so that 2019-06-10 and 2019-06-10T00:00 are one date.
                let key = "\(date?.description ?? dateText)|\(category)|\(source)"
                if let firstLine = keySeen[key] {
                    let parts = [dateText, category] + (sourceColumn == nil ? [] : [source])
                    fail(dateColumn, keyName, parts.joined(separator: ", "), "duplicate primary key; first seen on line \(firstLine)")
                } else {
                    keySeen[key] = r.line
                }
            }
            guard ok, let date, let qualifier, case .success(let n) = count else { continue }
            let note = noteColumn.map { r.fields[$0] }.flatMap { $0.isEmpty ? nil : $0 }
            observations.append(Observation(date: date, category: category, count: n, qualifier: qualifier,
                                            source: source, note: note, file: file, line: r.line))
        }
        return issues
    }

    enum CountResult { case success(Int), failure(String) }

    /// A count: digits only (an optional leading '+' as Swift reads it), 0...`DataLimits.maxCount`.
    static func countValue(_ text: String) -> CountResult {
        if text.isEmpty { return .failure("required value is empty") }
        guard let n = Int(text) else {
            let digits = text.drop { $0 == "-" || $0 == "+" }
            if !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) {
                return .failure("out of range; a count must be at most \(DataLimits.maxCount) (DataLimits.maxCount)")
            }
            if let hint = ThousandsSeparator.hint(text) { return .failure("expected a whole number (integer); \(hint)") }
            return .failure("expected a whole number (integer)")
        }
        if n < 0 { return .failure("must be >= 0") }
        if n > DataLimits.maxCount {
            return .failure("out of range; a count must be at most \(DataLimits.maxCount) (DataLimits.maxCount)")
        }
        return .success(n)
    }

    /// A value for a message: quoted, cut to 40 characters.
    static func quoted(_ text: String) -> String {
        let cut = text.count > 40 ? String(text.prefix(40)) + "..." : text
        return JSONValue.quote(cut)
    }
}
