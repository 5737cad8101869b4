/// Checks a CSV table against a Table Schema: header, row shape, types, constraints, primary key.
/// Foreign keys need the other tables and are checked by `ForeignKeyCheck`.
///
/// Patterns run on `LinearPattern` (time linear in the value); a pattern it cannot run is an
/// error, never skipped. Issues past `DataLimits.maxIssues` are counted, not stored.
public struct TableValidator {
    public var schema: TableSchema
    public var file: String
    /// Whether a header column the schema does not name is an error (true for a package's own
    /// schema; false for Tally's count schema laid over it, which only adds checks).
    public var reportsUnknownColumns = true
    /// Header columns (0-based) not read at all: a tidy CSV's columns Tally does not know, which
    /// its reader has already named in a warning (an unnamed one included).
    var ignoredColumns: Set<Int> = []

    /// Most pattern work per table: the sum over the values checked of the pattern's cost times the
    /// value's length (about a second of matching). A table past it has the rest of that field's
    /// values reported as unchecked, once, instead of running for hours on a 64 MiB file.
    public static let maxPatternWork = 400_000_000

    public init(schema: TableSchema, file: String) {
        self.schema = schema
        self.file = file
    }

    /// Every problem found, in file order. Rows that fail are still checked field by field.
    public func issues(in table: CSVTable) -> [ValidationIssue] {
        collect(in: table).list(file: file)
    }

    func collect(in table: CSVTable) -> IssueList {
        var issues = IssueList()
        let header = table.header
        let schemaNames = Set(schema.fields.map(\.name))
        var firstColumn: [String: Int] = [:]
        for (i, name) in header.enumerated() where !ignoredColumns.contains(i) {
            if name.isEmpty {
                issues.append(.init(file: file, line: table.headerLine, field: nil, value: name,
                                    message: "empty column name in header (column \(i + 1)); expected one of \(expectedNames)"))
            } else if firstColumn[name] != nil {
                issues.append(.init(file: file, line: table.headerLine, field: name, value: name,
                                    message: "column named twice in header"))
            } else if reportsUnknownColumns, !schemaNames.contains(name) {
                issues.append(.init(file: file, line: table.headerLine, field: name, value: name,
                                    message: "unknown column in header; expected one of \(expectedNames)"))
            }
            if firstColumn[name] == nil { firstColumn[name] = i }
        }
        for field in schema.fields where firstColumn[field.name] == nil {
            if field.constraints?.required == true {
                issues.append(.init(file: file, line: table.headerLine, field: field.name,
                                    message: "required column missing from header; expected columns \(expectedNames)"))
            }
        }

        var uniqueSeen: [String: [String: Int]] = [:]
        var keySeen: [[String]: Int] = [:]
        let keyIndices = schema.primaryKey.compactMap { firstColumn[$0] }
        var patterns: [String: LinearPattern] = [:]
        for f in schema.fields {
            guard let p = f.constraints?.pattern else { continue }
            do {
                patterns[f.name] = try LinearPattern(p)
            } catch {
                issues.append(.init(file: file, field: f.name, value: p,
                                    message: "the schema's pattern cannot be used: \(error); \(Self.patternHelp)"))
            }
        }
        var patternWork = 0
        var patternsStopped = Set<String>()
        let enums: [String: Set<String>] = schema.fields.reduce(into: [:]) { acc, f in
            if let values = f.constraints?.enum { acc[f.name] = Set(values) }
        }

        let present: [(field: TableSchema.Field, index: Int)] = schema.fields.compactMap { f in
            firstColumn[f.name].map { (f, $0) }
        }
        for record in table.records {
            if record.fields.count != header.count {
                issues.append(.init(file: file, line: record.line, column: record.columns.last,
                                    message: "row has \(record.fields.count) fields; expected \(header.count) as in the header"))
                continue
            }
            for (field, idx) in present {
                let value = record.fields[idx]
                let col = record.columns[idx]
                func fail(_ message: String) {
                    issues.append(.init(file: file, line: record.line, column: col, field: field.name,
                                        value: value, message: message))
                }
                let c = field.constraints
                if value.isEmpty {
                    if c?.required == true { fail("required value is empty") }
                    continue
                }
                var number: Double?
                switch field.type ?? "string" {
                case "integer":
                    guard let n = Int(value) else {
                        let digits = value.drop { $0 == "-" || $0 == "+" }
                        let isLong = !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
                        if isLong {
                            fail("a whole number out of range (beyond ±9223372036854775807)")
                        } else if let hint = ThousandsSeparator.hint(value) {
                            fail("expected a whole number (integer); \(hint)")
                        } else {
                            fail("expected a whole number (integer)")
                        }
                        continue
                    }
                    number = Double(n)
                case "number":
                    guard let n = Double(value), n.isFinite else { fail("expected a number"); continue }
                    number = n
                case "date":
                    guard let d = PartialDate(value), d.precision == .day else {
                        fail("expected a date as YYYY-MM-DD"); continue
                    }
                default:
                    break
                }
                if let n = number, let min = c?.minimum, n < min { fail("must be >= \(formatBound(min))") }
                if let n = number, let max = c?.maximum, n > max { fail("must be <= \(formatBound(max))") }
                if let allowed = enums[field.name], !allowed.contains(value) {
                    fail("not an allowed value; expected one of \((c?.enum ?? []).joined(separator: ", "))")
                }
                if let p = patterns[field.name], !patternsStopped.contains(field.name) {
                    patternWork += p.cost * value.utf8.count
                    if patternWork > Self.maxPatternWork {
                        patternsStopped.insert(field.name)
                        fail("the pattern \(p.source) is too costly for this table (more than \(Self.maxPatternWork) steps, TableValidator.maxPatternWork); values from here on are not checked against it, so the table is refused: simplify the pattern or shorten the values")
                    } else if !p.matches(value) {
                        fail("does not match the pattern \(p.source)")
                    }
                }
                if c?.unique == true {
                    if let firstLine = uniqueSeen[field.name]?[value] {
                        fail("duplicate value; must be unique (first seen on line \(firstLine))")
                    } else {
                        uniqueSeen[field.name, default: [:]][value] = record.line
                    }
                }
            }
            if !keyIndices.isEmpty, keyIndices.count == schema.primaryKey.count {
                let key = keyIndices.map { record.fields[$0] }
                if let firstLine = keySeen[key] {
                    issues.append(.init(file: file, line: record.line, column: record.columns[keyIndices[0]],
                                        field: schema.primaryKey.joined(separator: "+"),
                                        value: key.joined(separator: ", "),
                                        message: "duplicate primary key; first seen on line \(firstLine)"))
                } else {
                    keySeen[key] = record.line
                }
            }
        }
        return issues
    }

    static let patternHelp = "patterns must match in linear time: literals, escapes, '.', classes, \\d \\w \\s, groups, '|', '* + ?' and {m,n}; no backreferences or lookaround"

    private var expectedNames: String { schema.fields.map(\.name).joined(separator: ",") }

    private func formatBound(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(x)
    }
}
