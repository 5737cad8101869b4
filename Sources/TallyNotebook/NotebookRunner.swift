import ArgumentParser
import ChartCommands
import StatsCommands
import TallyCLI
import TallyReport
import TallyPrimitives
import TallyRender

/// Runs a notebook's cells in-process, in order, and keeps every output in memory.
public struct NotebookRunner {
    /// What one cell produced.
    public enum Output: Sendable {
        case text(markdown: String)
        /// A table for people (`plain`), its Markdown form, and JSON and CSV for `tables/`.
        case analysis(command: String, plain: String, markdown: String, json: String, csv: String, caption: String?)
        /// PNG at 2x, SVG, PDF and the alt text with sources.
        case chart(command: String, png: [UInt8], svg: [UInt8], pdf: [UInt8], alt: String, caption: String?)
    }

    public struct CellFailure: Error, Sendable, CustomStringConvertible {
        public var cell: String
        public var command: String
        public var message: String
        public var description: String { "cell '\(cell)' (\(command)) failed: \(message)" }
    }

    /// The largest Markdown one analysis cell may put on the page (a table of about 10,000
    /// columns): Debian's cmark-gfm takes time quadratic in a table's width.
    public static let maximumCellMarkdownBytes = 256 << 10
    /// All analysis cells' Markdown together.
    public static let maximumMarkdownBytes = 1 << 20

    public var spec: NotebookSpec
    /// Called before each cell: index (1-based), count, cell.
    public var progress: (Int, Int, NotebookSpec.Cell) -> Void = { _, _, _ in }

    public init(spec: NotebookSpec) { self.spec = spec }

    public func run() throws -> [(cell: NotebookSpec.Cell, output: Output)] {
        var results: [(NotebookSpec.Cell, Output)] = []
        var markdownBytes = 0
        for (i, cell) in spec.cells.enumerated() {
            progress(i + 1, spec.cells.count, cell)
            switch cell {
            case .text(_, let markdown):
                results.append((cell, .text(markdown: markdown)))
            case .analysis(let id, let command, let caption):
                do {
                    let words = try NotebookSpec.words(command)
                    let render = try Self.analysis(Array(words.dropFirst()))
                    let markdown = try render(.markdown)
                    markdownBytes += markdown.utf8.count
                    guard markdown.utf8.count <= Self.maximumCellMarkdownBytes, markdownBytes <= Self.maximumMarkdownBytes else {
                        throw NotebookSpec.Invalid(message: "its result is too large for a page (\(markdown.utf8.count) bytes of Markdown; at most \(Self.maximumCellMarkdownBytes) a cell and \(Self.maximumMarkdownBytes) in all): select fewer categories or dates")
                    }
                    results.append((cell, .analysis(command: command, plain: try render(.table), markdown: markdown,
                                                    json: try render(.json), csv: try render(.csv), caption: caption)))
                } catch {
                    throw CellFailure(cell: id, command: command, message: Self.describe(error))
                }
            case .chart(let id, let command, let caption):
                do {
                    let words = try NotebookSpec.words(command)
                    let chart = try Self.chart(Array(words.dropFirst()))
                    let vector = try chart.draw(formats: [.svg, .pdf], scale: 1)
                    let raster = try chart.draw(formats: [.png], scale: 2)
                    results.append((cell, .chart(command: command, png: raster.files[0].bytes, svg: vector.files[0].bytes,
                                                 pdf: vector.files[1].bytes, alt: vector.altText, caption: caption)))
                } catch {
                    throw CellFailure(cell: id, command: command, message: Self.describe(error))
                }
            }
        }
        return results
    }

    static func describe(_ error: Error) -> String {
        if let failure = error as? CommandError { return failure.explanation }
        if let spec = error as? NotebookSpec.Invalid { return spec.message }
        return "\(error)"
    }

    /// The analysis commands a notebook may run, parsed with their own argument rules.
    static func analysis(_ args: [String]) throws -> (OutputFormat) throws -> String {
        guard let sub = args.first else { throw NotebookSpec.Invalid(message: "no stats subcommand") }
        let rest = Array(args.dropFirst())
        do {
            switch sub {
            case "trend": let c = try TrendCommand.parse(rest); return { try c.render($0) }
            case "breakdown": let c = try BreakdownCommand.parse(rest); return { try c.render($0) }
            case "show": let c = try ShowCommand.parse(rest); return { try c.render($0) }
            case "validate": let c = try ValidateCommand.parse(rest); return { try c.render($0) }
            case "joinpoint": let c = try JoinpointCommand.parse(rest + ["--quiet"]); return { try c.render($0) }
            default:
                throw NotebookSpec.Invalid(message: "'stats \(sub)' cannot run in a notebook; use trend, joinpoint, breakdown, show or validate")
            }
        } catch let invalid as NotebookSpec.Invalid {
            throw invalid
        } catch {
            throw NotebookSpec.Invalid(message: TrendCommand.message(for: error))
        }
    }

    static func chart(_ args: [String]) throws -> any ChartDrawing {
        guard let sub = args.first else { throw NotebookSpec.Invalid(message: "no chart subcommand") }
        let rest = Array(args.dropFirst())
        do {
            switch sub {
            case "line": return try LineCommand.parse(rest)
            case "area": return try AreaCommand.parse(rest)
            case "bar": return try BarCommand.parse(rest)
            case "share": return try ShareCommand.parse(rest)
            case "facets": return try FacetsCommand.parse(rest)
            case "slope": return try SlopeCommand.parse(rest)
            case "waffle": return try WaffleCommand.parse(rest)
            case "card": return try CardCommand.parse(rest)
            default: throw NotebookSpec.Invalid(message: "'chart \(sub)' cannot run in a notebook; use line, area, bar, share, facets, slope, waffle or card")
            }
        } catch let invalid as NotebookSpec.Invalid {
            throw invalid
        } catch {
            throw NotebookSpec.Invalid(message: LineCommand.message(for: error))
        }
    }
}
