import TallyData

/// The columns of a data table and what is derived from them: people's rows, CSV, JSON objects.
public struct DataLayout<Row>: Sendable {
    public var columns: [DataColumn<Row>]

    public init(_ columns: [DataColumn<Row>]) { self.columns = columns }

    var shown: [DataColumn<Row>] { columns.filter { $0.header != nil } }
    var written: [DataColumn<Row>] { columns.filter { $0.csv != nil } }

    public var tableColumns: [ReportTable.Column] { shown.map { .init($0.header!, $0.alignment) } }

    public func rows(_ rows: [Row]) -> [[String]] {
        let shown = shown
        return rows.map { r in shown.map { $0.value(r).text } }
    }

    /// Header and rows, RFC 4180 with formulas neutralised (`CSVField`).
    public func csv(_ rows: [Row]) -> String {
        let written = written
        var out = written.map { CSVField.encode($0.csv!) }.joined(separator: ",") + "\n"
        for r in rows { out += written.map { CSVField.encode($0.value(r).csv) }.joined(separator: ",") + "\n" }
        return out
    }

    /// The row's JSON members (columns with a JSON key), in column order.
    public func jsonMembers(_ row: Row) -> [(String, JSONValue)] {
        columns.compactMap { c in c.json.map { ($0, c.value(row).json) } }
    }

    public func json(_ row: Row) -> JSONValue { .object(jsonMembers(row)) }
}
