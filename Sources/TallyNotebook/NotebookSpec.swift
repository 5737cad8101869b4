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

    public init(path: String, bytes: [UInt8]) throws {
        self.path = path
        self.bytes = bytes
        let json: JSONValue
        do { json = try JSONParser.parse(bytes) } catch {
            throw Invalid(message: "\(path):\(error.line):\(error.column): not valid JSON: \(error.message)")
        }
        guard let name = json["name"]?.stringValue, !name.isEmpty,
              name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
            throw Invalid(message: "\(path): 'name' must be letters, digits, '-' or '_' (it names the output folder)")
        }
        guard let list = json["cells"]?.arrayValue, !list.isEmpty else {
            throw Invalid(message: "\(path): 'cells' must be a non-empty list")
        }
        self.name = name
        title = json["title"]?.stringValue ?? name
        var cells: [Cell] = []
        var ids = Set<String>()
        for (k, c) in list.enumerated() {
            let id = c["id"]?.stringValue ?? "cell-\(k + 1)"
            guard id.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }), ids.insert(id).inserted else {
                throw Invalid(message: "\(path): cells[\(k)]: id '\(id)' must be unique and made of letters, digits, '-' or '_'")
            }
            let caption = c["caption"]?.stringValue
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
