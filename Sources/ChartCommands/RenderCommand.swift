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
        abstract: "Draw a chart from a JSON spec (kind, title, source, series, ...; see docs/chart-spec.md).",
        discussion: "A spec may come from someone else: it is at most 8 MiB, every field is checked (errors name it, "
            + "e.g. series[0].points[3].month), and its logo is a PNG file inside the spec's own folder.")

    @Argument(help: "The chart spec, a JSON file.")
    var spec: String

    @OptionGroup var options: ChartOptions

    public func run() throws {
        let shown = SafeText.clean(spec)
        var chart = try ChartJSONFile.decode(ChartSpec.self, path: spec, limit: ChartLimits.maximumSpecBytes, what: "chart spec")
        if options.size != ChartSize(width: 1200, height: 675) || chart.width == 0 {
            chart.width = options.size.width
            chart.height = options.size.height
        }
        if let logo = chart.logo {
            do {
                chart.logo = try SpecFolder(specPath: spec).resolve(logo, field: "logo")
            } catch {
                throw CommandError.data("\(shown): \(error)")
            }
        }
        options.apply(to: &chart)
        do {
            try chart.validate(scale: options.pngScale)
        } catch {
            throw CommandError.data("\(shown): \(error)")
        }
        try options.checkLogo(chart.logo)
        try ChartOutput.write(chart, options: options, sources: [])
    }
}
