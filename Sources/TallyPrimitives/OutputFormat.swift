/// How a command writes its result: `table` for people, `json` for scripts (schema in docs/),
/// `csv` for spreadsheets, `markdown` for reports.
public enum OutputFormat: String, Sendable, CaseIterable {
    case table, json, csv, markdown
}
