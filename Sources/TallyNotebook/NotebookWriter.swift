import Foundation
import TallyData
import TallyReport

/// Turns a notebook's outputs into files (relative paths and bytes): `index.md`, a self-contained
/// `index.html`, `<name>.ipynb` (nbformat 4.5), `figures/` and `tables/`. Everything is
/// deterministic: no dates, no machine names, keys in a fixed order.
///
/// Every text comes from a spec or data that may be hostile, so each is escaped for the format it
/// lands in: Markdown goes through `SafeMarkdown` (no raw HTML, no unsafe links or remote images),
/// plain text into Markdown through `MarkdownText.escaped`, into HTML through `escape`, and commands
/// into the Jupyter notebook as a Python list of string literals (never a shell line).
public struct NotebookWriter {
    public var spec: NotebookSpec
    public var results: [(cell: NotebookSpec.Cell, output: NotebookRunner.Output)]
    /// How the pages name the spec: the same from any working folder (see `NotebookBuild.render`).
    public var specDisplay: String

    public init(spec: NotebookSpec, results: [(cell: NotebookSpec.Cell, output: NotebookRunner.Output)], specDisplay: String) {
        self.spec = spec
        self.results = results
        self.specDisplay = specDisplay
    }

    /// The command that writes a chart cell's figures, as the notebook shows it.
    static func chartCommand(_ command: String, id: String) -> String {
        "\(command) --scale 2 --out figures/\(id).png --out figures/\(id).svg --out figures/\(id).pdf"
    }

    /// A command as pages show it: the words the build ran, each quoted for a POSIX shell where
    /// it needs quoting, so a line pasted into a terminal runs that command and nothing else
    /// (`$(...)`, backticks and `;` inside a word stay inside single quotes).
    static func shellLine(_ command: String) -> String {
        let words = (try? NotebookSpec.words(command)) ?? []
        return words.map(shellQuoted).joined(separator: " ")
    }

    static func shellQuoted(_ word: String) -> String {
        let plain = !word.isEmpty && word.unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_./=:,+@%".unicodeScalars.contains($0))
        }
        return plain ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// Between cells in `index.md`: a line at the left margin that ends every open list, quote
    /// or indented block, so one cell's Markdown cannot continue into the next (each cell is
    /// cleaned on its own; joined, an indented cell after a list would become part of it).
    static let cellSeparator = "<!-- end of cell -->\n\n"

    /// The first sentence of the alt text, for the image's `alt` attribute; the whole text is in
    /// `figures/<id>.txt`.
    static func shortAlt(_ alt: String) -> String {
        let firstLine = alt.split(separator: "\n").first.map(String.init) ?? alt
        return firstLine.count > 300 ? String(firstLine.prefix(300)) + "…" : firstLine
    }

    public func files() -> [(path: String, bytes: [UInt8])] {
        var files: [(String, [UInt8])] = []
        for (cell, output) in results {
            switch output {
            case .text: break
            case .analysis(_, let plain, _, let json, let csv, _):
                files.append(("tables/\(cell.id).csv", Array(csv.utf8)))
                files.append(("tables/\(cell.id).json", Array(json.utf8)))
                files.append(("tables/\(cell.id).txt", Array(plain.utf8)))
            case .chart(_, let png, let svg, let pdf, let alt, _):
                files.append(("figures/\(cell.id).png", png))
                files.append(("figures/\(cell.id).svg", svg))
                files.append(("figures/\(cell.id).pdf", pdf))
                files.append(("figures/\(cell.id).txt", Array(alt.utf8)))
            }
        }
        files.append(("index.md", Array(markdown().utf8)))
        files.append(("index.html", Array(html().utf8)))
        files.append(("\(spec.name).ipynb", Array(notebook().serialized().utf8)))
        return files
    }

    // MARK: - Markdown

    public func markdown() -> String {
        var out = "# \(MarkdownText.escaped(spec.title))\n\n"
        out += "_Built by `notebook build` from \(MarkdownText.escaped(specDisplay)); `notebook verify` rebuilds it and checks every file against `provenance.json`._\n\n"
        for (cell, output) in results {
            switch output {
            case .text(let md):
                out += SafeMarkdown(md).commonMark + "\n" + Self.cellSeparator
            case .analysis(let command, _, let md, _, _, let caption):
                out += Self.codeBlock("$ " + Self.shellLine(command))
                if let caption { out += "_\(MarkdownText.escaped(caption))_\n\n" }
                out += SafeMarkdown(md).commonMark + "\n" + Self.cellSeparator
                out += "Tables: [CSV](tables/\(cell.id).csv), [JSON](tables/\(cell.id).json), [text](tables/\(cell.id).txt)\n\n"
            case .chart(let command, _, _, _, let alt, let caption):
                out += Self.codeBlock("$ " + Self.shellLine(Self.chartCommand(command, id: cell.id)))
                out += "![\(MarkdownText.escaped(Self.shortAlt(alt)))](figures/\(cell.id).png)\n\n"
                if let caption { out += "_\(MarkdownText.escaped(caption))_ " }
                out += "[SVG](figures/\(cell.id).svg) · [PDF](figures/\(cell.id).pdf) · [alt text and sources](figures/\(cell.id).txt)\n\n"
            }
        }
        return out
    }

    /// A fenced code block that its content cannot close: the fence is longer than any run of
    /// backticks inside (commands hold no line breaks; `NotebookSpec` refuses them).
    static func codeBlock(_ text: String) -> String {
        var longest = 0, run = 0
        for ch in text { run = ch == "`" ? run + 1 : 0; longest = max(longest, run) }
        let fence = String(repeating: "`", count: max(3, longest + 1))
        return "\(fence)sh\n\(text)\n\(fence)\n\n"
    }

    // MARK: - HTML

    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }

    static let style = """
        body{font-family:"Noto Sans","DejaVu Sans",sans-serif;color:#1a1a1a;background:#fff;max-width:52rem;margin:0 auto;padding:1rem;line-height:1.5}
        h1{font-size:1.7rem;line-height:1.25}h2{font-size:1.3rem;margin-top:2rem}
        pre{background:#f4f4f4;padding:.6rem;overflow-x:auto;font-size:.85rem;white-space:pre-wrap;word-break:break-word}
        table{border-collapse:collapse;display:block;overflow-x:auto;font-size:.85rem;margin:.5rem 0}
        th,td{border-bottom:1px solid #ddd;padding:.25rem .5rem;text-align:right}th:first-child,td:first-child,th:last-child,td:last-child{text-align:left}
        figure{margin:1rem 0}img{max-width:100%;height:auto}figcaption{font-size:.85rem;color:#595959}
        .links{font-size:.85rem}
        @media print{body{max-width:none}pre{white-space:pre-wrap}a{color:inherit}figure{break-inside:avoid}}
        """

    public func html() -> String {
        var body = "<h1>\(Self.escape(spec.title))</h1>\n"
        for (cell, output) in results {
            body += "<section id=\"\(cell.id)\">\n"
            switch output {
            case .text(let md):
                body += SafeMarkdown(md).html
            case .analysis(let command, _, let md, _, _, let caption):
                body += "<pre><code>$ \(Self.escape(Self.shellLine(command)))</code></pre>\n"
                if let caption { body += "<p><em>\(Self.escape(caption))</em></p>\n" }
                body += SafeMarkdown(md).html
            case .chart(let command, let png, _, _, let alt, let caption):
                body += "<pre><code>$ \(Self.escape(Self.shellLine(Self.chartCommand(command, id: cell.id))))</code></pre>\n"
                body += "<figure><img src=\"data:image/png;base64,\(Data(png).base64EncodedString())\" alt=\"\(Self.escape(Self.shortAlt(alt)))\">"
                body += "<figcaption>\(caption.map { Self.escape($0) + " " } ?? "")<span class=\"links\"><a href=\"figures/\(cell.id).svg\">SVG</a> · <a href=\"figures/\(cell.id).pdf\">PDF</a> · <a href=\"figures/\(cell.id).txt\">alt text and sources</a></span></figcaption></figure>\n"
            }
            body += "</section>\n"
        }
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(Self.escape(spec.title))</title>
            <style>\(Self.style)</style>
            </head>
            <body>
            \(body)</body>
            </html>

            """
    }

    // MARK: - Jupyter

    /// Source text as nbformat stores it: a list of lines, each but the last ending in "\n".
    static func lines(_ s: String) -> JSONValue {
        var parts = s.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if parts.last == "" { parts.removeLast() }
        return .array(parts.enumerated().map { i, line in .string(i + 1 < parts.count ? line + "\n" : line) })
    }

    /// A cell's command as Python: the words the build ran, as a list of string literals passed
    /// to `subprocess.run`, so nothing in them is read by a shell or by IPython.
    static func pythonCall(_ command: String) -> String {
        let words = (try? NotebookSpec.words(command)) ?? []
        return "import subprocess\nsubprocess.run([\(words.map(pythonString).joined(separator: ", "))], check=True)"
    }

    /// A Python string literal that holds exactly `text`: quotes and backslashes escaped, and
    /// every control, format, separator or unassigned character written as an escape.
    static func pythonString(_ text: String) -> String {
        var out = "'"
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "'": out += "\\'"
            default:
                let category = scalar.properties.generalCategory
                let printable = scalar.value >= 0x20 && scalar.value != 0x7F
                    && ![.control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .privateUse, .unassigned].contains(category)
                if printable {
                    out.unicodeScalars.append(scalar)
                } else {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\U" + String(repeating: "0", count: 8 - hex.count) + hex
                }
            }
        }
        return out + "'"
    }

    public func notebook() -> JSONValue {
        var cells: [JSONValue] = [.object([
            ("cell_type", .string("markdown")), ("id", .string("title")), ("metadata", .object([])),
            ("source", Self.lines("# \(MarkdownText.escaped(spec.title))\n\nRebuild with `notebook build`; check with `notebook verify`.")),
        ])]
        for (cell, output) in results {
            switch output {
            case .text(let md):
                cells.append(.object([("cell_type", .string("markdown")), ("id", .string(cell.id)), ("metadata", .object([])),
                                      ("source", Self.lines(SafeMarkdown(md).commonMark))]))
            case .analysis(let command, let plain, let md, _, _, _):
                cells.append(.object([
                    ("cell_type", .string("code")), ("execution_count", .null), ("id", .string(cell.id)), ("metadata", .object([])),
                    ("outputs", .array([.object([
                        ("data", .object([("text/html", Self.lines(SafeMarkdown(md).html)), ("text/plain", Self.lines(plain))])),
                        ("metadata", .object([])), ("output_type", .string("display_data")),
                    ])])),
                    ("source", Self.lines(Self.pythonCall(command))),
                ]))
            case .chart(let command, let png, let svg, _, let alt, _):
                cells.append(.object([
                    ("cell_type", .string("code")), ("execution_count", .null), ("id", .string(cell.id)), ("metadata", .object([])),
                    ("outputs", .array([.object([
                        ("data", .object([
                            ("image/png", .string(Data(png).base64EncodedString())),
                            ("image/svg+xml", Self.lines(String(decoding: svg, as: UTF8.self))),
                            ("text/plain", Self.lines(alt)),
                        ])),
                        ("metadata", .object([])), ("output_type", .string("display_data")),
                    ])])),
                    ("source", Self.lines(Self.pythonCall(Self.chartCommand(command, id: cell.id)))),
                ]))
            }
        }
        return .object([
            ("cells", .array(cells)),
            ("metadata", .object([
                ("kernelspec", .object([("display_name", .string("Python 3")), ("language", .string("python")), ("name", .string("python3"))])),
                ("language_info", .object([("name", .string("python"))])),
            ])),
            ("nbformat", .int(4)),
            ("nbformat_minor", .int(5)),
        ])
    }
}
