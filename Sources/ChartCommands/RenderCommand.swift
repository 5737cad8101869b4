import ArgumentParser
import TallyCharts
import TallyCLI
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

public struct RenderCommand: ParsableCommand {
    public init() {}

    public static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw a chart from a JSON spec (kind, title, source, series, ...; see docs/chart-spec.md).")

    @Argument(help: "The chart spec, a JSON file.")
    var spec: String

    @OptionGroup var options: ChartOptions

    public func run() throws {
        guard let data = FileManager.default.contents(atPath: spec) else {
            printError("error: \(spec): no such file")
            throw ExitCode(66)
        }
        var chart: ChartSpec
        do {
            chart = try JSONDecoder().decode(ChartSpec.self, from: data)
        } catch {
            printError("error: \(spec): not a valid chart spec: \(error)")
            throw ExitCode(65)
        }
        if options.size != ChartSize(width: 1200, height: 675) || chart.width == 0 {
            chart.width = options.size.width
            chart.height = options.size.height
        }
        options.apply(to: &chart)
        try ChartOutput.write(chart, options: options, sources: [])
    }
}
