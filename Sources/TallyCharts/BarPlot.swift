#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Bars per date: grouped or stacked, vertical or horizontal; in share mode, stacked bars of
/// each series' share of the whole (`ShareTable`: the published whole, else the parts' sum), with
/// what the parts leave of a published whole as a grey segment of its own. Stacked kinds draw only
/// the dates where every series has a figure (`ChartLayout.drawnTimes`; the others are named in
/// the footer): a part without a figure is never drawn as zero. Grouped bars mark a missing
/// figure with a dash. Dates are bands in date order: bars compare published snapshots, not a
/// continuous axis.
struct BarPlot {
    let layout: ChartLayout
    let share: Bool

    var spec: ChartSpec { layout.spec }
    var theme: Theme { layout.theme }
    var k: Double { layout.k }
    /// The colour of the segment no part accounts for.
    var notAttributedColor: Color { theme.mutedText.with(alpha: 0.4) }

    func items(top: Double, bottom: Double, left: Double, right: Double) throws(ChartSpecError) -> [SceneItem] {
        var items: [SceneItem] = []
        let series = spec.series.filter { !$0.points.isEmpty }
        let stacked = share || spec.stacked

        // Bands: the dates drawn, with each date's figure as published (its precision labels the band).
        // Each series' first point at each time: lookups in constant time, not a scan per date.
        let byTime = series.map { $0.pointsByTime() }
        let times = ChartLayout.drawnTimes(spec)
        if share {
            guard !times.isEmpty else {
                throw ChartSpecError("a share chart needs dates on which every selected series has a figure; none has")
            }
        }
        let dates: [DataPoint] = times.map { t in byTime.lazy.compactMap { $0[t] }.first! }
        func value(_ i: Int, _ d: DataPoint) -> DataPoint? { byTime[i][d.time] }
        let shares = share ? ShareTable(spec) : nil
        var totals: [Double] = dates.map { d in series.indices.reduce(0) { $0 + (value($1, d)?.value ?? 0) } }
        if let shares { totals = shares.rows.map(\.whole) }
        if !share && !stacked { totals = dates.map { d in series.indices.compactMap { value($0, d)?.value }.max() ?? 0 } }

        // Legend above the plot (always: bars carry no end labels).
        var plotTop = top
        var entries = series.enumerated().map { (label: $0.element.label, color: layout.color($0.offset)) }
        if shares?.hasNotAttributed == true { entries.append((spec.locale.word(.unattributed), notAttributedColor)) }
        let (legendItems, legendHeight) = layout.legend(entries, x: left, top: plotTop, width: right - left)
        items += legendItems
        plotTop += legendHeight + 8 * k

        let tickFont = layout.tickFont
        let ts = layout.size("0", tickFont)
        let maxValue = share ? 100 : max(totals.max() ?? 1, 1)
        let bandLabels = Self.bandLabels(dates, spec.locale)
        let horizontal = spec.horizontal

        // Value axis ticks.
        let valueLength = horizontal ? (right - left) * 0.7 : (bottom - plotTop)
        let maxIntervals = min(8, max(2, Int(valueLength / (horizontal ? 90 * k : ts.height * 2.5))))
        let whole = share || series.allSatisfy { $0.points.allSatisfy { $0.value == $0.value.rounded() } }
        let (step, upper) = LinearScale.niceTop(maximum: maxValue, maxIntervals: maxIntervals, wholeSteps: whole)
        let ticks = LinearScale(domain: (0, upper), range: (0, 1)).ticks(step: step)
        let tickLabels = ticks.map { share ? spec.locale.percent(layout.valueLabel($0, step: step)) : layout.valueLabel($0, step: step) }

        if !horizontal {
            let yLabelWidth = tickLabels.map { layout.size($0, tickFont).width }.max() ?? 0
            let plotLeft = left + yLabelWidth + 10 * k
            // Band labels may need two lines' room when rotated is not allowed: thin them instead.
            let plotBottom = bottom - ts.height - 10 * k
            let y = LinearScale(domain: (0, upper), range: (plotBottom, plotTop + ts.height / 2))
            for (v, label) in zip(ticks, tickLabels) {
                items.append(.line(from: Point(plotLeft, y(v)), to: Point(right, y(v)), color: v == 0 ? theme.axis : theme.grid,
                                   width: (v == 0 ? 1.6 : 1) * max(k, 0.6), dash: []))
                items.append(.text(layout.run(label, x: plotLeft - 8 * k, baseline: y(v) + ts.ascent * 0.4, tickFont, theme.mutedText,
                                              anchor: .end, role: "tick-y")))
            }
            let band = (right - plotLeft) / Double(dates.count)
            let barArea = band * 0.78
            for (j, d) in dates.enumerated() {
                let x0 = plotLeft + band * Double(j) + (band - barArea) / 2
                var base = 0.0
                for i in series.indices {
                    guard let p = value(i, d) else {
                        // No figure is not zero: a dash where the bar would stand.
                        if !stacked {
                            let w = barArea / Double(series.count)
                            items.append(.text(layout.run("–", x: x0 + w * (Double(i) + 0.46), baseline: y(0) - 4 * k, layout.labelFont,
                                                          layout.color(i), anchor: .middle, role: "missing")))
                        }
                        continue
                    }
                    let v = share ? 100 * p.value / max(totals[j], 1e-300) : p.value
                    let rect: Rect
                    if stacked {
                        rect = Rect(x: x0, y: y(base + v), width: barArea, height: y(base) - y(base + v))
                        base += v
                    } else {
                        let w = barArea / Double(series.count)
                        rect = Rect(x: x0 + w * Double(i), y: y(v), width: w * 0.92, height: y(0) - y(v))
                    }
                    items.append(.rect(rect, fill: layout.color(i)))
                    if p.qualifier != .exact {
                        items.append(.marker(Point(rect.x + rect.width / 2, rect.y), shape: p.marker,
                                             size: min(theme.markerSize * k, rect.width * 0.8), color: theme.text, background: theme.background))
                    }
                }
                if let rest = shares?.rows[j].notAttributed {
                    items.append(.rect(Rect(x: x0, y: y(base + 100 * rest), width: barArea, height: y(base) - y(base + 100 * rest)), fill: notAttributedColor))
                }
            }
            // Band labels, thinned to every n-th so they never touch.
            let runs = dates.indices.map { j in
                layout.run(bandLabels[j], x: plotLeft + band * (Double(j) + 0.5), baseline: plotBottom + 8 * k + ts.ascent,
                           tickFont, theme.mutedText, anchor: .middle, role: "tick-x")
            }
            let every = thinning(runs.map(\.bounds), horizontal: true, gap: ts.height * 0.6)
            for (j, r) in runs.enumerated() where j % every == 0 { items.append(.text(r)) }
        } else {
            let labelWidth = min(bandLabels.map { layout.size($0, tickFont).width }.max() ?? 0, (right - left) * 0.3)
            let plotLeft = left + labelWidth + 10 * k
            let plotBottom = bottom - ts.height - 10 * k
            let lastLabelWidth = layout.size(tickLabels.last ?? "", tickFont).width
            let x = LinearScale(domain: (0, upper), range: (plotLeft, right - lastLabelWidth / 2))
            for (v, label) in zip(ticks, tickLabels) {
                items.append(.line(from: Point(x(v), plotTop), to: Point(x(v), plotBottom), color: v == 0 ? theme.axis : theme.grid,
                                   width: (v == 0 ? 1.6 : 1) * max(k, 0.6), dash: []))
                items.append(.text(layout.run(label, x: x(v), baseline: plotBottom + 8 * k + ts.ascent, tickFont, theme.mutedText,
                                              anchor: .middle, role: "tick-x")))
            }
            let band = (plotBottom - plotTop) / Double(dates.count)
            let barArea = band * 0.78
            for (j, d) in dates.enumerated() {
                let y0 = plotTop + band * Double(j) + (band - barArea) / 2
                var base = 0.0
                for i in series.indices {
                    guard let p = value(i, d) else {
                        // No figure is not zero: a dash where the bar would stand (grouped bars only;
                        // stacked kinds draw no date with a part missing).
                        let h = barArea / Double(series.count)
                        items.append(.text(layout.run("–", x: x(0) + 4 * k, baseline: y0 + h * (Double(i) + 0.5) + ts.ascent * 0.4,
                                                      layout.labelFont, layout.color(i), anchor: .start, role: "missing")))
                        continue
                    }
                    let v = share ? 100 * p.value / max(totals[j], 1e-300) : p.value
                    let rect: Rect
                    if stacked {
                        rect = Rect(x: x(base), y: y0, width: x(base + v) - x(base), height: barArea)
                        base += v
                    } else {
                        let h = barArea / Double(series.count)
                        rect = Rect(x: x(0), y: y0 + h * Double(i), width: x(v) - x(0), height: h * 0.92)
                    }
                    items.append(.rect(rect, fill: layout.color(i)))
                    if p.qualifier != .exact {
                        items.append(.marker(Point(rect.maxX, rect.y + rect.height / 2), shape: p.marker,
                                             size: min(theme.markerSize * k, rect.height * 0.8), color: theme.text, background: theme.background))
                    }
                }
                if let rest = shares?.rows[j].notAttributed {
                    items.append(.rect(Rect(x: x(base), y: y0, width: x(base + 100 * rest) - x(base), height: barArea), fill: notAttributedColor))
                }
            }
            let runs = dates.indices.map { j in
                layout.run(bandLabels[j], x: plotLeft - 8 * k, baseline: plotTop + band * (Double(j) + 0.5) + ts.ascent * 0.4,
                           tickFont, theme.mutedText, anchor: .end, role: "tick-y")
            }
            let every = thinning(runs.map(\.bounds), horizontal: false, gap: ts.height * 0.15)
            for (j, r) in runs.enumerated() where j % every == 0 { items.append(.text(r)) }
        }
        return items
    }

    /// The dates' labels at one precision, the coarsest that still tells every band apart:
    /// "2015", "2016", ... when each year has one band, else "Sep 2016" when each month has one,
    /// else each date as published (a date published only to a year or a month is never given a
    /// day it does not have).
    static func bandLabels(_ dates: [DataPoint], _ locale: ChartLocale) -> [String] {
        if Set(dates.map(\.year)).count == dates.count { return dates.map { String($0.year) } }
        let months = dates.map { d in d.month.map { d.year * 100 + $0 } }
        if !months.contains(nil), Set(months).count == dates.count {
            return dates.map { locale.date(year: $0.year, month: $0.month, day: nil) }
        }
        return dates.map { locale.date(year: $0.year, month: $0.month, day: $0.day) }
    }

    /// The smallest n such that every n-th label clears the next kept one by `gap`.
    func thinning(_ boxes: [Rect], horizontal: Bool, gap: Double) -> Int {
        guard boxes.count > 1 else { return 1 }
        for n in 1...boxes.count {
            let kept = stride(from: 0, to: boxes.count, by: n).map { boxes[$0] }
            let clear = zip(kept, kept.dropFirst()).allSatisfy { a, b in
                horizontal ? a.maxX + gap <= b.x : a.maxY + gap <= b.y
            }
            if clear { return n }
        }
        return boxes.count
    }
}
