/// References from one table of a package to another, as the package's schemas declare them.
/// Only single-field keys are supported; a composite one is an error, not skipped. References to
/// a table that could not be read (already reported) are not checked.
enum ForeignKeyCheck {
    static func issues(_ tables: [String: PackageLoader.Table], unreadable: Set<String> = []) -> [ValidationIssue] {
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
}
