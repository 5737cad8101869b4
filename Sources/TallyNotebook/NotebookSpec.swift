import TallyData

/// A notebook: cells in order, each text (Markdown), an analysis (a `stats` command line) or a
/// chart (a `chart` command line), as a JSON file kept with its dataset:
///
///     {"name": "memorial-political-prisoners", "title": "...",
///      "cells": [{"id": "intro", "text": "..."},
///                {"id": "seed-claim", "analysis": "stats trend --from 2015-06 --to 2019-06"},
///                {"id": "total", "chart": "chart line --annotate '2019-06-10=296'", "caption": "..."}]}
///
/// Commands are written exactly as a user would type them in the project folder; the runner
/// executes them in-process and the Jupyter notebook shows them as shell commands.
public struct NotebookSpec: Sendable {
    public enum Cell: Sendable {
        case text(id: String, markdown: String)
        case analysis(id: String, command: String, caption: String?)
        case chart(id: String, command: String, caption: String?)

        public var id: String {
            switch self {
            case .text(let id, _), .analysis(let id, _, _), .chart(let id, _, _): return id
            }
        }
    }

    public var name: String
    public var title: String
    public var cells: [Cell]
    /// The spec file and its bytes (hashed into provenance).
    public var path: String
    public var bytes: [UInt8]

    public struct Invalid: Error, Sendable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    /// The largest spec read (a report's spec is a few kilobytes).
    public static let maximumBytes = 1 << 20
    /// The most cells a notebook may hold.
    public static let maximumCells = 500
    /// The longest name: it names a folder and a file.
    public static let maximumNameLength = 64
    /// The largest text cell or caption, in UTF-8 bytes. Debian's cmark-gfm (0.29.0.gfm.6) takes
    /// time quadratic in the size of some crafted Markdown; at 8 KiB that stays near a second.
    public static let maximumTextBytes = 8 << 10
    /// All text cells and captions together, in UTF-8 bytes.
    public static let maximumTotalTextBytes = 64 << 10
    /// The most words in one cell's command (a report's commands have fewer than 30).
    public static let maximumWords = 200
    /// The most chart cells: each draws PNG, SVG and PDF.
    public static let maximumCharts = 100
    /// Options that write files: a cell's outputs are the notebook's, and a command carried into
    /// the Jupyter notebook must not write anywhere else when it is run there.
    static let writingOptions = ["--out", "--flows"]
    /// Cell ids the writers use themselves.
    static let reservedIDs: Set<String> = ["title"]

    public init(path: String, bytes: [UInt8]) throws {
        self.path = path
        self.bytes = bytes
        guard bytes.count <= Self.maximumBytes else {
            throw Invalid(message: "\(path): \(bytes.count) bytes; a notebook spec may hold at most \(Self.maximumBytes) bytes")
        }
        let json: JSONValue
        do { json = try JSONParser.parse(bytes) } catch {
            throw Invalid(message: "\(path):\(error.line):\(error.column): not valid JSON: \(error.message)")
        }
        guard let name = json["name"]?.stringValue, Self.isIdentifier(name, maximumLength: Self.maximumNameLength) else {
            throw Invalid(message: "\(path): 'name' must be 1 to \(Self.maximumNameLength) ASCII letters, digits, '-' or '_', not starting with '-' (it names the output folder)")
        }
        guard let list = json["cells"]?.arrayValue, !list.isEmpty, list.count <= Self.maximumCells else {
            throw Invalid(message: "\(path): 'cells' must be a list of 1 to \(Self.maximumCells) cells")
        }
        self.name = name
        title = json["title"]?.stringValue ?? name
        var cells: [Cell] = []
        var ids = Set<String>()
        var totalText = 0, charts = 0
        for (k, c) in list.enumerated() {
            let id = c["id"]?.stringValue ?? "cell-\(k + 1)"
            guard Self.isIdentifier(id, maximumLength: Self.maximumNameLength), !Self.reservedIDs.contains(id), ids.insert(id).inserted else {
                throw Invalid(message: "\(path): cells[\(k)]: id '\(Self.visible(id))' must be unique, not 'title', and made of 1 to \(Self.maximumNameLength) ASCII letters, digits, '-' or '_', not starting with '-'")
            }
            let caption = c["caption"]?.stringValue
            let place = "\(path): cells[\(k)] (\(id))"
            for key in ["analysis", "chart"] {
                guard let command = c[key]?.stringValue else { continue }
                if let bad = command.unicodeScalars.first(where: Self.isControl) {
                    let what = bad == "\n" || bad == "\r" ? "a line break" : "the control character"
                    throw Invalid(message: "\(place): the command holds \(what) U+\(Self.hex(bad)); a cell runs one command on one line")
                }
                let words = try Self.words(command)
                guard words.count <= Self.maximumWords else {
                    throw Invalid(message: "\(place): the command has \(words.count) words; at most \(Self.maximumWords)")
                }
                if let writing = words.first(where: { w in Self.writingOptions.contains { w == $0 || w.hasPrefix($0 + "=") } }) {
                    throw Invalid(message: "\(place): \(writing.prefix(20)) is not allowed in a cell: the notebook writes each cell's tables and figures itself (tables/, figures/)")
                }
            }
            for (key, text) in [("text", c["text"]?.stringValue), ("caption", caption)] {
                guard let text else { continue }
                guard text.utf8.count <= Self.maximumTextBytes else {
                    throw Invalid(message: "\(place): the \(key) is \(text.utf8.count) bytes; at most \(Self.maximumTextBytes) (split it into several cells)")
                }
                totalText += text.utf8.count
            }
            guard totalText <= Self.maximumTotalTextBytes else {
                throw Invalid(message: "\(place): text cells and captions pass \(Self.maximumTotalTextBytes) bytes in all")
            }
            if c["chart"] != nil { charts += 1 }
            guard charts <= Self.maximumCharts else {
                throw Invalid(message: "\(place): more than \(Self.maximumCharts) chart cells")
            }
            if let text = c["text"]?.stringValue {
                cells.append(.text(id: id, markdown: text))
            } else if let command = c["analysis"]?.stringValue {
                guard command.hasPrefix("stats ") else {
                    throw Invalid(message: "\(path): cells[\(k)] (\(id)): an analysis is a 'stats ...' command, got '\(command)'")
                }
                cells.append(.analysis(id: id, command: command, caption: caption))
            } else if let command = c["chart"]?.stringValue {
                guard command.hasPrefix("chart ") else {
                    throw Invalid(message: "\(path): cells[\(k)] (\(id)): a chart is a 'chart ...' command, got '\(command)'")
                }
                cells.append(.chart(id: id, command: command, caption: caption))
            } else {
                throw Invalid(message: "\(path): cells[\(k)] (\(id)): expected one of 'text', 'analysis' or 'chart'")
            }
        }
        self.cells = cells
    }

    /// Names and cell ids become folder and file names and HTML ids: plain ASCII only.
    static func isIdentifier(_ s: String, maximumLength: Int) -> Bool {
        !s.isEmpty && s.utf8.count <= maximumLength && !s.hasPrefix("-")
            && s.unicodeScalars.allSatisfy { ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) || $0 == "-" || $0 == "_" }
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029
            || scalar.properties.generalCategory == .format
    }

    static func hex(_ scalar: Unicode.Scalar) -> String {
        let digits = String(scalar.value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// A text for an error message: control and format characters shown as U+XXXX.
    static func visible(_ s: String) -> String {
        s.unicodeScalars.map { isControl($0) ? "U+\(hex($0))" : String($0) }.joined()
    }

    /// Splits a command line into words as a POSIX shell would for the quoting used here:
    /// single quotes, double quotes and backslash escapes outside single quotes.
    public static func words(_ line: String) throws -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for ch in line {
            if escaped { current.append(ch); escaped = false; inWord = true; continue }
            if let q = quote {
                if ch == q { quote = nil } else if ch == "\\" && q == "\"" { escaped = true } else { current.append(ch) }
                continue
            }
            switch ch {
            case "'", "\"": quote = ch; inWord = true
            case "\\": escaped = true
            case " ", "\t":
                if inWord { words.append(current); current = ""; inWord = false }
            default: current.append(ch); inWord = true
            }
        }
        guard quote == nil, !escaped else { throw Invalid(message: "unbalanced quotes in: \(line)") }
        if inWord { words.append(current) }
        return words
    }
}
