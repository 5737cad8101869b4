/// Each series' first published figure against its latest: two columns, a line between them per
/// series, from a value axis that starts at zero (a slope from a cut axis exaggerates growth).
/// When every series starts (or ends) on one date, the column is headed by it; otherwise each
/// label names its own date. A series with a single figure has no slope and is named in a note.
struct SlopePlot {
    let layout: ChartLayout

    var spec: ChartSpec { layout.spec }
    var theme: Theme { layout.theme }
    var k: Double { layout.k }

    func items(top: Double, bottom: Double, left: Double, right: Double) throws(ChartSpecError) -> [SceneItem] {
        let drawn = spec.series.enumerated().filter { $0.element.points.count >= 2 }
        guard !drawn.isEmpty else {
            throw ChartSpecError("a slope chart needs a series with two figures or more; every series selected has one or none")
        }
        let locale = spec.locale
        let f = layout.labelFont, tf = layout.tickFont
        let ts = layout.size("0", tf), ls = layout.size("0", f)
        let firsts = drawn.map { $0.element.points.first! }, lasts = drawn.map { $0.element.points.last! }
        func date(_ p: DataPoint) -> String { locale.date(year: p.year, month: p.month, day: p.day) }
        let oneFirst = Set(firsts.map(date)).count == 1, oneLast = Set(lasts.map(date)).count == 1
        func value(_ p: DataPoint) -> String { p.qualifier.mark + locale.number(p.value) }
        let leftValues = firsts.map { value($0) + (oneFirst ? "" : " (\(date($0)))") }
        var leftLabels = zip(drawn, leftValues).map { $0.element.label + "  " + $1 }
        let rightLabels = lasts.map { value($0) + (oneLast ? "" : " (\(date($0)))") }

        // Columns: room for the labels on both sides, the lines between.
        let leftWidth = min(leftLabels.map { layout.size($0, f).width }.max() ?? 0, (right - left) * 0.45)
        let rightWidth = rightLabels.map { layout.size($0, f).width }.max() ?? 0
        // A name too long for its side is shortened; its figure never is.
        for j in leftLabels.indices {
            var name = drawn[j].element.label
            while layout.size(leftLabels[j], f).width > leftWidth, name.count > 3 {
                name = String(name.dropLast(2))
                leftLabels[j] = name + "…  " + leftValues[j]
            }
        }
        let x0 = left + leftWidth + 14 * k, x1 = right - rightWidth - 14 * k
        guard x1 - x0 >= 80 * k else {
            throw ChartSpecError("the series' labels leave no room for the slopes at \(Int(spec.width))x\(Int(spec.height)); use a larger --size or shorter labels")
        }
        let headTop = top + ts.height
        let plotTop = headTop + 10 * k + ls.height / 2, plotBottom = bottom - ls.height / 2
        let maxValue = max(drawn.flatMap { [$0.element.points.first!.value, $0.element.points.last!.value] }.max() ?? 1, 1)
        let y = LinearScale(domain: (0, maxValue), range: (plotBottom, plotTop))

        var items: [SceneItem] = []
        items.append(.text(layout.run(oneFirst ? date(firsts[0]) : SlopeStrings.side(first: true, locale), x: x0, baseline: headTop,
                                      tf, theme.mutedText, anchor: .middle, role: "tick-x")))
        items.append(.text(layout.run(oneLast ? date(lasts[0]) : SlopeStrings.side(first: false, locale), x: x1, baseline: headTop,
                                      tf, theme.mutedText, anchor: .middle, role: "tick-x")))
        for x in [x0, x1] {
            items.append(.line(from: Point(x, plotTop - ls.height / 2), to: Point(x, y(0)), color: theme.grid, width: max(k, 0.6), dash: []))
        }
        items.append(.line(from: Point(x0, y(0)), to: Point(x1, y(0)), color: theme.axis, width: 1.4 * max(k, 0.6), dash: []))

        let leftCentres = LabelColumn.centres(wanted: firsts.map { y($0.value) }, height: ls.height * 1.05, top: plotTop - ls.height / 2, bottom: bottom)
        let rightCentres = LabelColumn.centres(wanted: lasts.map { y($0.value) }, height: ls.height * 1.05, top: plotTop - ls.height / 2, bottom: bottom)
        for (j, (i, _)) in drawn.enumerated().reversed() {
            let c = layout.color(i)
            let a = Point(x0, y(firsts[j].value)), b = Point(x1, y(lasts[j].value))
            items.append(.line(from: a, to: b, color: c, width: theme.lineWidth * k, dash: []))
            for (p, pt) in [(firsts[j], a), (lasts[j], b)] {
                items.append(.marker(pt, shape: p.marker, size: theme.markerSize * k, color: c, background: theme.background))
            }
            items.append(.text(layout.run(leftLabels[j], x: x0 - 10 * k, baseline: leftCentres[j] + ls.ascent * 0.4, f, c, anchor: .end, role: "label-start")))
            items.append(.text(layout.run(rightLabels[j], x: x1 + 10 * k, baseline: rightCentres[j] + ls.ascent * 0.4, f, c, role: "label-end")))
        }
        return items
    }
}
