import TallyPrimitives

/// The header of a tidy CSV as people write it: names in any case and with spaces around them
/// (`Date`, ` COUNT `) are the columns Tally reads; any other column (an unnamed one too, as a
/// spreadsheet's trailing comma makes) is left out and named in a warning; two columns that name
/// the same one are an error, since Tally would have to choose between them.
struct TidyHeader {
    /// Warnings for the columns left out, errors for columns named twice.
    var issues: [ValidationIssue] = []
    /// 0-based indices of the columns left out.
    var ignored: Set<Int> = []

    /// Renames `table`'s header names that match `known` to the known name.
    init(_ table: inout CSVTable, file: String, known: [String]) {
        var first: [String: Int] = [:]
        for (i, written) in table.header.enumerated() {
            let column = i < table.headerColumns.count ? table.headerColumns[i] : nil
            let name = written.trimming(.spacesAndTabs).lowercased()
            guard known.contains(name) else {
                ignored.insert(i)
                issues.append(ValidationIssue(.warning, file: file, line: table.headerLine, column: column,
                                              field: written.isEmpty ? nil : written, message:
                    "\(written.isEmpty ? "a column without a name" : "this column") is not read; Tally reads \(known.joined(separator: ", "))"))
                continue
            }
            if let j = first[name] {
                issues.append(ValidationIssue(file: file, line: table.headerLine, column: column, field: name, value: written, message:
                    "a second column for \(name) (the first is column \(j + 1), \(CountTable.quoted(table.header[j]))); keep one"))
                ignored.insert(i)
                continue
            }
            first[name] = i
            table.header[i] = name
        }
    }
}
