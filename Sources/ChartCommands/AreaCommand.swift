import ArgumentParser
import TallyCLI

public struct AreaCommand: ParsableCommand {
    public init() {}

    public static let configuration = CommandConfiguration(
        commandName: "area",
        abstract: "Categories stacked as areas over time, on dates where every one has a figure.",
        discussion: "With no --category, the parts of the dataset's default series (docs/datasets.md).")

    @OptionGroup var dataset: DatasetOptions
    @OptionGroup var selection: SelectionOptions
    @OptionGroup var options: ChartOptions
    @OptionGroup var overlays: OverlayOptions
    @OptionGroup var parts: PartsOptions

    var allowMixedBodies: Bool { parts.allowMixedBodies }

    public func run() throws {
        try chart.run(kind: Self.kind, customise: customise)
    }
}
