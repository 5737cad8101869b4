#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The axes of one small panel (a facet, a card's sparkline): a value axis from zero to a nice
/// maximum with a few ticks, and a time axis with the densest year or month ticks whose labels
/// fit. Marks are drawn through `x` and `y` inside `plot`.
struct PanelAxes {
    let items: [SceneItem]
    let plot: Rect
    let x: LinearScale
    let y: LinearScale

    /// The value ticks for `maxValue` in a plot `height` high: a nice step, the top tick at or
    /// above the maximum.
    static func valueTicks(maxValue: Double, height: Double, tickHeight: Double) -> (ticks: [Double], step: Double) {
        let wanted = min(4, max(2, Int(height / (tickHeight * 2.6))))
        let step = LinearScale.niceStep(span: max(maxValue, 1), count: wanted)
        let upper = ceil(max(maxValue, 1) / step) * step
        return (LinearScale(domain: (0, upper), range: (0, 1)).ticks(step: step), step)
    }

    /// - Parameters:
    ///   - area: the panel below its header, axis labels included.
    ///   - yLabelWidth: room kept left of the plot for the value labels (the same in every panel
    ///     when they share a scale, so the plots line up).
    ///   - rightRoom: room kept right of the plot (for the last figure's label).
    init(layout: ChartLayout, area: Rect, maxValue: Double, times: (lower: Double, upper: Double),
         yLabelWidth: Double, rightRoom: Double) {
        let theme = layout.theme, k = layout.k, locale = layout.spec.locale
        let f = layout.tickFont
        let ts = layout.size("0", f)
        var items: [SceneItem] = []
        let plotBottom = area.maxY - ts.height - 8 * k
        let plotTop = area.y + ts.height / 2
        let (ticks, step) = Self.valueTicks(maxValue: maxValue, height: plotBottom - plotTop, tickHeight: ts.height)
        let plotLeft = area.x + yLabelWidth + 8 * k
        let plotRight = max(plotLeft + 10, area.maxX - rightRoom)
        let y = LinearScale(domain: (0, ticks.last ?? 1), range: (plotBottom, plotTop))
        let x = LinearScale(domain: (times.lower, times.upper), range: (plotLeft, plotRight))
        for v in ticks {
            items.append(.line(from: Point(plotLeft, y(v)), to: Point(plotRight, y(v)), color: v == 0 ? theme.axis : theme.grid,
                               width: (v == 0 ? 1.4 : 1) * max(k, 0.6), dash: []))
            items.append(.text(layout.run(layout.valueLabel(v, step: step), x: plotLeft - 6 * k, baseline: y(v) + ts.ascent * 0.4,
                                          f, theme.mutedText, anchor: .end, role: "tick-y")))
        }
        let gap = ts.height * 0.8
        for candidate in TimeTicks.candidates(lower: times.lower, upper: times.upper) {
            let runs = candidate.map { tick in
                layout.run(locale.date(year: tick.year, month: tick.month, day: nil), x: x(tick.time),
                           baseline: plotBottom + 6 * k + ts.ascent, f, theme.mutedText, anchor: .middle, role: "tick-x")
            }
            let fits = zip(runs, runs.dropFirst()).allSatisfy { $0.bounds.maxX + gap <= $1.bounds.x }
                && (runs.first.map { $0.bounds.x >= area.x } ?? true)
                && (runs.last.map { $0.bounds.maxX <= area.maxX } ?? true)
            guard fits else { continue }
            for (tick, r) in zip(candidate, runs) {
                items.append(.line(from: Point(x(tick.time), plotBottom), to: Point(x(tick.time), plotBottom + 4 * k),
                                   color: theme.axis, width: max(k, 0.6), dash: []))
                items.append(.text(r))
            }
            break
        }
        self.items = items
        self.plot = Rect(x: plotLeft, y: plotTop, width: plotRight - plotLeft, height: plotBottom - plotTop)
        self.x = x
        self.y = y
    }
}
