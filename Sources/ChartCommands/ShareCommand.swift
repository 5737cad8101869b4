import ArgumentParser
import TallyCharts
import TallyCLI

public struct ShareCommand: ParsableCommand {
    public init() {}

    public static let configuration = CommandConfiguration(
        commandName: "share",
        abstract: "Each category's share of their sum (100% bars), on dates where every one has a figure.",
        discussion: "With no --category, the parts of the dataset's default series (docs/datasets.md).")

    @OptionGroup var dataset: DatasetOptions
    @OptionGroup var selection: SelectionOptions
    @OptionGroup var options: ChartOptions
    @OptionGroup var overlays: OverlayOptions
    @OptionGroup var parts: PartsOptions

    var allowMixedBodies: Bool { parts.allowMixedBodies }

    @Flag(name: .long, help: "Horizontal bars.")
    var horizontal = false

    func customise(_ spec: inout ChartSpec) {
        spec.horizontal = horizontal
    }

    public func run() throws {
        try chart.run(kind: Self.kind, customise: customise)
    }
}
