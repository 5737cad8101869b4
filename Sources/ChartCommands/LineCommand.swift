import ArgumentParser
import TallyCharts
import TallyCLI
import TallyData

public struct LineCommand: ParsableCommand {
    public init() {}

    public static let configuration = CommandConfiguration(
        commandName: "line",
        abstract: "One line per category over time, labelled at its end; markers at published figures.")

    @OptionGroup var dataset: DatasetOptions
    @OptionGroup var selection: SelectionOptions
    @OptionGroup var options: ChartOptions
    @OptionGroup var overlays: OverlayOptions

    @Flag(name: .long, help: "Logarithmic value axis (equal steps are equal growth rates).")
    var log = false

    @Option(name: .long, help: "A category whose label is placed first (repeatable).")
    var focus: [String] = []

    @Option(name: .long, help: "A note pointing at a figure, as DATE=TEXT, e.g. '2019-06-10=296 in June 2019' (repeatable; on the first category).")
    var annotate: [String] = []

    public func validate() throws {
        if annotate.count > ChartLimits.maximumAnnotations {
            throw ValidationError("--annotate: \(annotate.count) annotations, at most \(ChartLimits.maximumAnnotations)")
        }
        for a in annotate where a.count > ChartLimits.maximumLabelLength + 11 {
            throw ValidationError("--annotate: \(a.count) characters, at most \(ChartLimits.maximumLabelLength) of text after DATE=")
        }
        for a in annotate where a.firstIndex(of: "=").flatMap({ PartialDate(String(a[..<$0])) }) == nil {
            throw ValidationError("--annotate \(SafeText.clean(a)): give DATE=TEXT with the date as YYYY, YYYY-MM or YYYY-MM-DD")
        }
    }

    func customise(_ spec: inout ChartSpec) {
        spec.logScale = log
        spec.focus = focus
        guard let first = spec.series.first else { return }
        for a in annotate {
            let eq = a.firstIndex(of: "=")!
            let date = PartialDate(String(a[..<eq]))!
            spec.annotations.append(Annotation(series: first.id, time: date.decimalYear, text: String(a[a.index(after: eq)...]),
                                               year: date.year, month: date.month, day: date.day))
        }
    }

    public func run() throws {
        try chart.run(kind: Self.kind, customise: customise)
    }
}
