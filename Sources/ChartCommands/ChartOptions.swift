import ArgumentParser
import TallyCharts
import TallyCLI
import TallyData
import TallyReport
import TallyRender

/// The look and the outputs, shared by every chart command.
public struct ChartOptions: ParsableArguments {
    public init() {}

    @Option(name: .long, help: "Title (default: the series' label).")
    var title: String?

    @Option(name: .long, help: "Subtitle (default: the date range).")
    var subtitle: String?

    @Option(name: .long, help: "A note under the chart (repeatable).")
    var note: [String] = []

    @Option(name: .long, help: "report, press or dark, or a theme file (JSON).")
    var theme: String = "report"

    @Option(name: .long, help: "social (1200x675), square, story, report (88 mm print column), report:WIDTHmm, or WxH in CSS pixels.")
    var size: ChartSize = ChartSize(width: 1200, height: 675)

    @Option(name: .long, help: "PNG pixels per CSS pixel: 1, 2 or 3 (default 1; 300 dpi for report sizes).")
    var scale: Double?

    @Option(name: .long, help: "Language of labels, numbers and dates: en, fr, ru or uk.")
    var locale: ChartLocale = .en

    @Flag(name: .long, help: "PNG with a transparent background.")
    var transparent = false

    @Option(name: .long, help: "A PNG logo drawn in the footer.")
    var logo: String?

    @Option(name: .long, help: "Alt text (default: written from the data).")
    var alt: String?

    @Option(name: .long, help: "Output file: .png, .svg or .pdf (repeatable; at least one).")
    var out: [String] = []

    public func validate() throws {
        for path in out where ChartFormat(path: path) == nil {
            throw ValidationError("--out \(path): unknown format; end the name with .png, .svg or .pdf")
        }
        if let scale, ![1.0, 2.0, 3.0].contains(scale), !(scale > 0 && scale <= 4) {
            throw ValidationError("--scale \(scale): use 1, 2 or 3")
        }
    }

    var pngScale: Double { scale ?? size.defaultScale }

    func resolvedTheme() throws -> Theme {
        if let builtIn = Theme.builtIn[theme] { return builtIn }
        return try ChartOutput.loadTheme(theme)
    }

    /// Applies the look options to a spec built from data or read from a file.
    func apply(to spec: inout ChartSpec) {
        spec.notes += note
        spec.transparent = transparent
        if let alt { spec.altText = alt }
        if let logo { spec.logo = logo }
    }
}

extension ChartLocale: ExpressibleByArgument {}
