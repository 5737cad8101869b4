/// Which parts of a report's statistics appear as columns, in order: one layout for the table
/// people read (and its Markdown) and one for the CSV, both over the same `Statistic` values.
public struct StatisticLayout: Sendable {
    public var columns: [StatisticColumn]

    public init(_ columns: [StatisticColumn]) { self.columns = columns }

    public var tableColumns: [ReportTable.Column] { columns.map { .init($0.header, $0.alignment) } }

    /// People's cells of the statistics shown in tables.
    public func rows(_ statistics: [Statistic]) -> [[String]] {
        statistics.filter(\.inTables).map { s in columns.map { $0.text(s) } }
    }

    public var csvHeader: String { columns.map { CSVField.encode($0.header) }.joined(separator: ",") + "\n" }

    /// One CSV line per statistic (machine cells, every statistic), without the header.
    public func csvLines(_ statistics: [Statistic]) -> String {
        statistics.map { s in columns.map { CSVField.encode($0.machine(s)) }.joined(separator: ",") + "\n" }.joined()
    }
}
