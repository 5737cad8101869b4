#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Marks over a time axis: one line per series (with markers, gaps and end labels), or series
/// stacked as areas.
struct TimePlot {
    enum Mode { case lines, stacked(share: Bool) }

    let layout: ChartLayout
    let mode: Mode
    /// Series whose end labels did not fit in an earlier pass: shown in a legend above the plot.
    var legendForDropped: [(label: String, color: Color)] = []

    var spec: ChartSpec { layout.spec }
    var theme: Theme { layout.theme }
    var k: Double { layout.k }

    /// For stacking: the times at which every series has a figure, and each series' value there.
    func commonTimes() -> [Double] {
        let sets = spec.series.filter { !$0.points.isEmpty }.map { Set($0.points.map(\.time)) }
        guard var common = sets.first else { return [] }
        for s in sets.dropFirst() { common.formIntersection(s) }
        return common.sorted()
    }

    func items(top: Double, bottom: Double, left: Double, right: Double) throws(ChartSpecError) -> [SceneItem] {
        var items: [SceneItem] = []
        let series = spec.series.filter { !$0.points.isEmpty }
        let isLines: Bool
        let share: Bool
        switch mode {
        case .lines: isLines = true; share = false
        case .stacked(let s): isLines = false; share = s
        }

        // Stacked values at common times.
        var times: [Double] = []
        var stacks: [[Double]] = []   // stacks[i][j]: cumulative top of series i at time j
        // Each series' first point at each time: lookups in constant time, not a scan per date.
        let byTime = series.map { $0.pointsByTime() }
        if !isLines {
            times = commonTimes()
            guard times.count >= 2 else {
                throw ChartSpecError("a stacked chart needs at least two dates on which every selected series has a figure; draw a line chart instead")
            }
            var cumulative = Array(repeating: 0.0, count: times.count)
            var totals = Array(repeating: 0.0, count: times.count)
            for s in byTime {
                for (j, t) in times.enumerated() { totals[j] += s[t]!.value }
            }
            for s in byTime {
                for (j, t) in times.enumerated() {
                    let v = s[t]!.value
                    cumulative[j] += share ? (totals[j] > 0 ? 100 * v / totals[j] : 0) : v
                }
                stacks.append(cumulative)
            }
        }

        // Legend: stacked charts always; line charts only for labels that did not fit (second pass).
        var plotTop = top
        var legendEntries: [(label: String, color: Color)] = []
        if !isLines {
            legendEntries = series.enumerated().map { ($0.element.label, layout.color($0.offset)) }
        } else {
            legendEntries = legendForDropped
        }
        if !legendEntries.isEmpty {
            let (legendItems, h) = layout.legend(legendEntries, x: left, top: plotTop, width: right - left)
            items += legendItems
            plotTop += h + 8 * k
        }

        // Value domain.
        let allValues = isLines ? series.flatMap { $0.points.map(\.value) } : (stacks.last ?? [])
        let maxValue = share ? 100 : max(allValues.max() ?? 1, 1)
        let minPositive = allValues.filter { $0 > 0 }.min() ?? 1

        let tickFont = layout.tickFont
        let tickSize = layout.size("0", tickFont)

        // End labels take room on the right (line charts).
        let labelFont = layout.labelFont
        var labelRoom = 0.0
        if isLines {
            let widest = series.map { layout.size(endLabel($0), labelFont).width }.max() ?? 0
            labelRoom = min(widest + 12 * k, (right - left) * 0.24)
        }

        // Y scale and ticks, before the left margin is known (labels decide it).
        let plotBottom = bottom - tickSize.height - 10 * k
        let ticksWanted = max(2, Int((plotBottom - plotTop) / (tickSize.height * 3.2)))
        var yTicks: [Double]
        var yStep = 1.0
        let yScaleFor: (Double, Double) -> (Double) -> Double
        if spec.logScale {
            let log = LogScale(domain: (minPositive, maxValue), range: (plotBottom, plotTop + tickSize.height / 2)).niced()
            yTicks = log.ticks(dense: true)
            if yTicks.count > ticksWanted { yTicks = log.ticks(dense: false) }
            yStep = max(1, log.domain.lower)
            let d = log.domain
            yScaleFor = { lo, hi in { LogScale(domain: d, range: (lo, hi))($0) } }
        } else {
            var scale = LinearScale(domain: (0, maxValue), range: (plotBottom, plotTop + tickSize.height / 2)).niced(count: ticksWanted)
            yStep = LinearScale.niceStep(span: scale.domain.upper - scale.domain.lower, count: ticksWanted)
            scale = LinearScale(domain: (0, ceil(maxValue / yStep) * yStep), range: scale.range)
            yTicks = scale.ticks(step: yStep)
            let d = scale.domain
            yScaleFor = { lo, hi in { LinearScale(domain: d, range: (lo, hi))($0) } }
        }
        let y = yScaleFor(plotBottom, plotTop + tickSize.height / 2)
        let tickLabels = yTicks.map { layout.valueLabel($0, step: yStep) + (share ? "%" : "") }
        let yLabelWidth = tickLabels.map { layout.size($0, tickFont).width }.max() ?? 0
        let plotLeft = left + yLabelWidth + 10 * k
        let plotRight = right - labelRoom

        // X scale.
        let allTimes = series.flatMap { $0.points.map(\.time) }
        var t0 = isLines ? (allTimes.min() ?? 0) : times.first!
        var t1 = isLines ? (allTimes.max() ?? 1) : times.last!
        let pad = isLines ? max((t1 - t0) * 0.02, 0.1) : 0
        t0 -= pad
        t1 += pad
        let x = LinearScale(domain: (t0, t1), range: (plotLeft, plotRight))

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
        let candidates = TimeTicks.candidates(lower: t0, upper: t1)
        let gap = tickSize.height * 0.8
        var chosen: [(TimeTicks.Tick, TextRun)] = []
        for ticks in candidates {
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

        if isLines {
            let (marks, dropped) = lineMarks(series: series, x: x, y: y, plotTop: plotTop, plotBottom: plotBottom, plotRight: plotRight, right: right)
            let missing = dropped.filter { d in !legendForDropped.contains { $0.label == d.label } }
            if !missing.isEmpty, legendForDropped.count < series.count {
                // Lay out again with room for a legend of the labels that did not fit.
                var again = self
                again.legendForDropped = legendForDropped + missing.map { (label: $0.label, color: $0.color) }
                return try again.items(top: top, bottom: bottom, left: left, right: right)
            }
            items += marks
        } else {
            // Areas, bottom series first.
            for i in series.indices {
                var polygon: [Point] = times.indices.map { Point(x(times[$0]), y(stacks[i][$0])) }
                let lower: [Point] = times.indices.reversed().map { Point(x(times[$0]), y(i == 0 ? 0 : stacks[i - 1][$0])) }
                polygon += lower
                items.append(.polygon(polygon, fill: layout.color(i).with(alpha: 0.85)))
                items.append(.polyline(times.indices.map { Point(x(times[$0]), y(stacks[i][$0])) },
                                       color: theme.background, width: max(1, k), dash: []))
            }
            // Where the figures are: a small dot on the top edge at every date drawn.
            if let topIndex = series.indices.last {
                for (j, t) in times.enumerated() {
                    items.append(.marker(Point(x(t), y(stacks[topIndex][j])), shape: .filledCircle, size: theme.markerSize * k * 0.55,
                                         color: theme.text, background: theme.background))
                }
            }
            // Qualified figures marked on the top edge of their band.
            for i in series.indices {
                for (j, t) in times.enumerated() {
                    let p = byTime[i][t]!
                    if p.qualifier != .exact {
                        items.append(.marker(Point(x(t), y(stacks[i][j])), shape: p.marker, size: theme.markerSize * k,
                                             color: theme.text, background: theme.background))
                    }
                }
            }
        }
        return items
    }

    // MARK: - Lines

    /// A line's end label: its name, or with a single series (named by the title) its last figure.
    func endLabel(_ s: SeriesData) -> String {
        guard spec.series.filter({ !$0.points.isEmpty }).count == 1, let last = s.points.last else { return s.label }
        let mark: String
        switch last.qualifier {
        case .exact: mark = ""
        case .approx, .closeTo: mark = "~"
        case .atLeast: mark = "≥"
        case .moreThan: mark = ">"
        }
        return mark + spec.locale.number(last.value)
    }

    func lineMarks(series: [SeriesData], x: LinearScale, y: (Double) -> Double, plotTop: Double, plotBottom: Double,
                   plotRight: Double, right: Double) -> ([SceneItem], [EndLabelPlacement.Candidate]) {
        var items: [SceneItem] = []
        let width = theme.lineWidth * k
        let sparse = series.allSatisfy { $0.points.count <= 80 }
        // Draw in reverse so that the first series (usually the focus) lies on top.
        for (i, s) in series.enumerated().reversed() {
            let c = layout.color(spec.series.firstIndex { $0.id == s.id } ?? i)
            let gaps = layout.gapSegments(s)
            var run: [Point] = []
            for (j, p) in s.points.enumerated() {
                let pt = Point(x(p.time), y(p.value))
                if j > 0, gaps.contains(j - 1) {
                    if run.count > 1 { items.append(.polyline(run, color: c, width: width, dash: [])) }
                    items.append(.line(from: run.last!, to: pt, color: c, width: width * 0.6, dash: [width * 0.6, width * 1.6]))
                    run = []
                }
                run.append(pt)
            }
            if run.count > 1 { items.append(.polyline(run, color: c, width: width, dash: [])) }
            for p in s.points where sparse || p.qualifier != .exact {
                items.append(.marker(Point(x(p.time), y(p.value)), shape: p.marker,
                                     size: theme.markerSize * k * (p.qualifier == .exact ? 1 : 1.25),
                                     color: c, background: theme.background))
            }
        }

        // End labels, fit or drop.
        let placement = EndLabelPlacement(layout: layout)
        let anchors = series.enumerated().compactMap { (i, s) -> EndLabelPlacement.Candidate? in
            guard let last = s.points.last else { return nil }
            let c = layout.color(spec.series.firstIndex { $0.id == s.id } ?? i)
            return .init(id: s.id, label: endLabel(s), color: c, anchor: Point(x(last.time), y(last.value)), value: last.value)
        }
        let markerBoxes = series.flatMap { s in
            s.points.map { p -> Rect in
                let r = theme.markerSize * k
                return Rect(x: x(p.time) - r, y: y(p.value) - r, width: 2 * r, height: 2 * r)
            }
        }
        let placed = placement.place(anchors, x: plotRight + 10 * k, top: plotTop, bottom: plotBottom + 6 * k,
                                     maxWidth: right - plotRight - 10 * k, obstacles: markerBoxes)
        items += placed.items
        var occupied = placed.items.compactMap { item -> Rect? in
            if case .text(let r) = item { return r.bounds } else { return nil }
        }
        // Annotations keep off the data: the markers, and the lines sampled every few pixels
        // (`LineSamples`, tested a segment at a time without building every sample's box).
        let lines = spec.annotations.isEmpty ? LineSamples(segments: [], halfWidth: 0)
            : LineSamples(series.map { s in s.points.map { Point(x($0.time), y($0.value)) } }, spacing: 4 * k, halfWidth: theme.lineWidth * k)

        // Annotations: a short text above (or below) its point, kept inside the plot.
        let f = layout.font(theme.tickSize, bold: false)
        for a in spec.annotations {
            guard let s = series.first(where: { $0.id == a.series }),
                  let p = s.points.min(by: { abs($0.time - a.time) < abs($1.time - a.time) }) else { continue }
            let pt = Point(x(p.time), y(p.value))
            let anchor: TextRun.Anchor = pt.x > (x.range.lower + x.range.upper) / 2 ? .end : .start
            let ts = layout.size(a.text, f)
            let dx = anchor == .end ? -10 * k : 10 * k
            var baseline = pt.y - 14 * k
            if baseline - ts.ascent < plotTop { baseline = pt.y + 14 * k + ts.ascent }
            var r = layout.run(a.text, x: pt.x + dx, baseline: baseline, f, theme.text, anchor: anchor, role: "annotation")
            // The text only moves up: only data within its horizontal reach can be in its way.
            let near = Rect(x: r.bounds.x, y: -Double.greatestFiniteMagnitude, width: r.bounds.width, height: .infinity)
            let nearMarkers = markerBoxes.filter { $0.x < near.maxX && near.x < $0.maxX }
            let nearLines = lines.within(x: near.x, maxX: near.maxX)
            func coversData(_ r: Rect) -> Bool {
                nearMarkers.contains(where: { $0.intersects(r) }) || nearLines.touch(r)
            }
            // Move up in steps while it would cover another label or the data.
            var tries = 0
            while occupied.contains(where: { $0.intersects(r.bounds) }) || coversData(r.bounds), tries < 12 {
                r = layout.run(a.text, x: pt.x + dx, baseline: r.y - ts.height * 1.1, f, theme.text, anchor: anchor, role: "annotation")
                tries += 1
            }
            if r.bounds.y < plotTop - ts.height { continue }
            items.append(.line(from: pt, to: Point(pt.x + dx * 0.6, r.bounds.maxY > pt.y ? r.bounds.y : r.bounds.maxY),
                               color: theme.mutedText, width: max(1, k), dash: []))
            items.append(.text(r))
            occupied.append(r.bounds)
        }

        return (items, placed.dropped)
    }
}
