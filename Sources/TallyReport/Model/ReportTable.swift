import TallyPrimitives

/// A table of results with its title and footnotes, written as aligned text, Markdown or CSV.
public struct ReportTable: Sendable {
    public enum Alignment: Sendable { case left, right }

    public struct Column: Sendable {
        public var header: String
        public var alignment: Alignment
        public init(_ header: String, _ alignment: Alignment = .right) {
            self.header = header
            self.alignment = alignment
        }
    }

    public var title: String?
    public var columns: [Column]
    public var rows: [[String]]
    /// Lines printed under the table: sources, qualifiers, method notes.
    public var notes: [String]

    public init(title: String? = nil, columns: [Column], rows: [[String]] = [], notes: [String] = []) {
        self.title = title
        self.columns = columns
        self.rows = rows
        self.notes = notes
    }

    public func render(_ format: OutputFormat) -> String {
        switch format {
        case .table, .json: return text()
        case .markdown: return markdown()
        case .csv: return csv()
        }
    }

    /// Display width: characters, not bytes (Cyrillic labels align).
    static func width(_ s: String) -> Int { s.count }

    /// Aligned text for a terminal; control characters from data are shown as visible escapes
    /// (`TerminalText`), never sent raw.
    func text() -> String {
        let header = columns.map { TerminalText.visible($0.header) }
        let cells = rows.map { $0.map { TerminalText.visible($0) } }
        var widths = header.map(Self.width)
        for row in cells {
            for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], Self.width(cell)) }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, cell in
                let padding = String(repeating: " ", count: max(0, widths[i] - Self.width(cell)))
                return columns[i].alignment == .left ? cell + padding : padding + cell
            }.joined(separator: "  ").replacingTrailingSpaces()
        }
        var out = ""
        if let title { out += TerminalText.visible(title) + "\n\n" }
        out += line(header) + "\n"
        out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        for row in cells { out += line(row) + "\n" }
        if !notes.isEmpty { out += "\n" + notes.map { TerminalText.visible($0) }.joined(separator: "\n") + "\n" }
        return out
    }

    /// Markdown in which every text from data renders literally (`MarkdownText`).
    func markdown() -> String {
        let esc = MarkdownText.escaped
        var out = ""
        if let title { out += "**\(esc(title))**\n\n" }
        out += "| " + columns.map { esc($0.header) }.joined(separator: " | ") + " |\n"
        out += "|" + columns.map { $0.alignment == .left ? " :--- |" : " ---: |" }.joined() + "\n"
        for row in rows { out += "| " + row.map(esc).joined(separator: " | ") + " |\n" }
        if !notes.isEmpty { out += "\n" + notes.map { $0.isEmpty ? "" : "- " + esc($0) }.joined(separator: "\n") + "\n" }
        return out
    }

    /// RFC 4180 with formulas neutralised (`CSVField`); notes are left out.
    func csv() -> String {
        var out = columns.map { CSVField.encode($0.header) }.joined(separator: ",") + "\n"
        for row in rows { out += row.map(CSVField.encode).joined(separator: ",") + "\n" }
        return out
    }

    /// Text for Markdown that renders literally (kept for callers; see `MarkdownText`).
    public static func markdownEscaped(_ s: String) -> String { MarkdownText.escaped(s) }

    /// One CSV field (kept for callers; see `CSVField`).
    public static func csvField(_ s: String) -> String { CSVField.encode(s) }
}

extension String {
    func replacingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
