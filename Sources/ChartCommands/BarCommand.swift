import ArgumentParser
import TallyCharts
import TallyCLI

public struct BarCommand: ParsableCommand {
    public init() {}

    public static let configuration = CommandConfiguration(
        commandName: "bar",
        abstract: "Bars for each published date: stacked (default) or grouped, vertical or horizontal.",
        discussion: "With no --category, the parts of the dataset's default series (docs/datasets.md).")

    @OptionGroup var dataset: DatasetOptions
    @OptionGroup var selection: SelectionOptions
    @OptionGroup var options: ChartOptions
    @OptionGroup var overlays: OverlayOptions
    @OptionGroup var parts: PartsOptions

    var allowMixedBodies: Bool { parts.allowMixedBodies }

    @Flag(name: .long, help: "Bars side by side instead of stacked.")
    var grouped = false

    @Flag(name: .long, help: "Horizontal bars.")
    var horizontal = false

    func customise(_ spec: inout ChartSpec) {
        spec.stacked = !grouped
        spec.horizontal = horizontal
    }

    public func run() throws {
        try chart.run(kind: Self.kind, customise: customise)
    }
}
