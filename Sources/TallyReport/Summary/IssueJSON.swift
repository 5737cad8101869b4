import TallyData

/// The JSON form of a validation issue (docs/json-output.md, `stats validate`).
public enum IssueJSON {
    public static func encode(_ issue: ValidationIssue) -> JSONValue {
        .object([
            ("severity", .string(issue.severity.rawValue)), ("file", .string(issue.file)),
            ("line", .optional(issue.line)), ("column", .optional(issue.column)),
            ("field", .optional(issue.field)), ("value", .optional(issue.value)),
            ("message", .string(issue.message)),
        ])
    }
}
