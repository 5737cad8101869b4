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
        // What the command line says overrides the spec: the size, language, title and subtitle.
        if let size = options.sizeGiven {
            chart.width = size.width
            chart.height = size.height
        } else if chart.width == 0 {
            chart.width = ChartSize.social.width
            chart.height = ChartSize.social.height
        }
        if let locale = options.localeGiven { chart.locale = locale }
        if let title = options.title { chart.title = title }
        if let subtitle = options.subtitle { chart.subtitle = subtitle }
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
