import ArgumentParser
import TallyCLI
import ChartCommands

@main
struct Chart: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chart",
        abstract: "Draw publication-ready charts of the counts to PNG, SVG and PDF.",
        discussion: """
            Examples:
              chart line --out total.png --out total.svg
              chart line --category political --category religious --from 2016-10 --theme press --size square --out split.png
              chart share --category political --category religious --locale ru --out share-ru.pdf
              chart facets --locale ru --out groups-ru.png
              chart render spec.json --out chart.svg
            Every chart carries a title, a source line, marks for approximate and lower-bound figures,
            and alt text (SVG <title>/<desc>, PDF metadata, and a .txt file beside the outputs).
            Exit codes: 0 success, 1 an internal failure (please report it), 64 wrong usage, 65 invalid data or spec,
            66 missing input, 73 cannot create output, 74 drawing or writing an output failed, 130 interrupted.
            """,
        subcommands: [LineCommand.self, AreaCommand.self, BarCommand.self, ShareCommand.self, FacetsCommand.self, SlopeCommand.self, WaffleCommand.self, CardCommand.self, CheckColorsCommand.self, RenderCommand.self])

    /// ArgumentParser's messages, which echo arguments, with control characters made visible.
    static func main() { CommandMain.run(Self.self) }
}
