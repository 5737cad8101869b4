import TallyCharts
import TallyCLI

/// What the waffle and the card share: one category's chart, built like the others from the
/// dataset (`DataChart`), and refused when the selection names several.
struct SingleFigureChart {
    var chart: DataChart
    var kind: ChartSpec.Kind
    var customise: (inout ChartSpec) -> Void

    func build() throws -> (ChartSpec, [String]) {
        let (spec, sources) = try chart.build(kind: kind, customise: customise)
        let named = spec.series.count + spec.noData.count
        if named > 1 {
            throw CommandError.usage("a \(kind.rawValue) shows one category and \(named) are selected; choose one with --category (or --group NAME without --all)")
        }
        return (spec, sources)
    }
}
