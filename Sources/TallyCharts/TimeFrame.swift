#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The frame every chart over time shares, whatever its marks (`LinePlot`, `StackedAreaPlot`):
/// a legend above the plot, the value axis (linear from zero, or logarithmic) with its grid and
/// labels, and the time axis with the densest ticks whose labels do not touch. The marks are
/// drawn through `x` and `y` inside `plotLeft...plotRight` and `plotTop...plotBottom`.
struct TimeFrame {
    /// The legend, grid, tick marks and tick labels, in drawing order.
    let items: [SceneItem]
    let plotTop: Double
    let plotBottom: Double
    let plotLeft: Double
    let plotRight: Double
    let x: LinearScale
    let y: (Double) -> Double

    /// - Parameters:
    ///   - legend: entries shown above the plot (none: no legend and no room taken).
    ///   - values: every value the marks reach; the axis runs from zero (or, on a log axis, the
    ///     smallest positive value) to the largest.
    ///   - times: the time domain, already padded as the marks want it.
    ///   - labelRoom: width kept free right of the plot (for end labels).
    init(layout: ChartLayout, legend: [(label: String, color: Color)], values: [Double],
         times: (lower: Double, upper: Double), labelRoom: Double,
         top: Double, bottom: Double, left: Double, right: Double) {
        let spec = layout.spec, theme = layout.theme, k = layout.k
        var items: [SceneItem] = []
        var plotTop = top
        if !legend.isEmpty {
            let (legendItems, h) = layout.legend(legend, x: left, top: plotTop, width: right - left)
            items += legendItems
            plotTop += h + 8 * k
        }

        let maxValue = max(values.max() ?? 1, 1)
        let minPositive = values.filter { $0 > 0 }.min() ?? 1
        let tickFont = layout.tickFont
        let tickSize = layout.size("0", tickFont)

        // Y scale and ticks, before the left margin is known (their labels decide it).
        let plotBottom = bottom - tickSize.height - 10 * k
        let yRange = (plotBottom, plotTop + tickSize.height / 2)
        // Ticks about 2.5 label heights apart at the closest, at most eight intervals.
        let maxIntervals = min(8, max(2, Int((plotBottom - plotTop) / (tickSize.height * 2.5))))
        let yTicks: [Double]
        let yStep: Double
        let y: (Double) -> Double
        if spec.logScale {
            let log = LogScale(domain: (minPositive, maxValue), range: yRange).niced()
            yTicks = log.ticks(atMost: maxIntervals + 1)
            yStep = max(1, log.domain.lower)
            y = { log($0) }
        } else {
            let whole = values.allSatisfy { $0 == $0.rounded() }
            let top = LinearScale.niceTop(maximum: maxValue, maxIntervals: maxIntervals, wholeSteps: whole)
            yStep = top.step
            let scale = LinearScale(domain: (0, top.upper), range: yRange)
            yTicks = scale.ticks(step: yStep)
            y = { scale($0) }
        }
        let tickLabels = yTicks.map { layout.valueLabel($0, step: yStep) }
        let yLabelWidth = tickLabels.map { layout.size($0, tickFont).width }.max() ?? 0
        let plotLeft = left + yLabelWidth + 10 * k
        let plotRight = right - labelRoom
        let x = LinearScale(domain: (times.lower, times.upper), range: (plotLeft, plotRight))

        // Grid and y labels.
        for (v, label) in zip(yTicks, tickLabels) {
            let yy = y(v)
            let isBaseline = v == 0
            items.append(.line(from: Point(plotLeft, yy), to: Point(plotRight, yy),
                               color: isBaseline ? theme.axis : theme.grid, width: (isBaseline ? 1.6 : 1) * max(k, 0.6), dash: []))
            items.append(.text(layout.run(label, x: plotLeft - 8 * k, baseline: yy + tickSize.ascent * 0.4, tickFont,
                                          theme.mutedText, anchor: .end, role: "tick-y")))
        }

        // X ticks: the densest candidate whose labels do not touch.
        let gap = tickSize.height * 0.8
        var chosen: [(TimeTicks.Tick, TextRun)] = []
        for ticks in TimeTicks.candidates(lower: times.lower, upper: times.upper) {
            let runs = ticks.map { tick in
                layout.run(spec.locale.date(year: tick.year, month: tick.month, day: nil), x: x(tick.time),
                           baseline: plotBottom + 8 * k + tickSize.ascent, tickFont, theme.mutedText, anchor: .middle, role: "tick-x")
            }
            let fits = zip(runs, runs.dropFirst()).allSatisfy { $0.bounds.maxX + gap <= $1.bounds.x }
                && (runs.first.map { $0.bounds.x >= left - 2 } ?? true)
                && (runs.last.map { $0.bounds.maxX <= spec.width - layout.margin / 2 } ?? true)
            if fits { chosen = Array(zip(ticks, runs)); break }
        }
        for (tick, r) in chosen {
            let xx = x(tick.time)
            items.append(.line(from: Point(xx, plotBottom), to: Point(xx, plotBottom + 5 * k), color: theme.axis, width: max(k, 0.6), dash: []))
            items.append(.text(r))
        }

        self.items = items
        self.plotTop = plotTop
        self.plotBottom = plotBottom
        self.plotLeft = plotLeft
        self.plotRight = plotRight
        self.x = x
        self.y = y
    }
}
