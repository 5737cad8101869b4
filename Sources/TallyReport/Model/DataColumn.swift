import TallyData

/// A column of a data table (rows that are not statistics: categories, observations, dates),
/// described once: its header for people, its CSV name, its JSON key, and how a row gives its
/// value. A nil name leaves the column out of that format.
public struct DataColumn<Row>: Sendable {
    public var header: String?
    public var csv: String?
    public var json: String?
    public var alignment: ReportTable.Alignment
    public let value: @Sendable (Row) -> Figure

    public init(header: String?, csv: String?, json: String?, _ alignment: ReportTable.Alignment = .left,
                value: @escaping @Sendable (Row) -> Figure) {
        self.header = header
        self.csv = csv
        self.json = json
        self.alignment = alignment
        self.value = value
    }
}
