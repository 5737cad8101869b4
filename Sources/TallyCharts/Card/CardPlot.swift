/// A headline card: the latest figure in large type with its date, its change since the figure
/// before it, and a sparkline of every figure from zero (first and last dates named under it).
/// Side by side on a wide card, one above the other on a square or tall one.
struct CardPlot {
    let layout: ChartLayout

    var spec: ChartSpec { layout.spec }
    var theme: Theme { layout.theme }
    var k: Double { layout.k }

    func items(top: Double, bottom: Double, left: Double, right: Double) throws(ChartSpecError) -> [SceneItem] {
        guard let s = spec.series.first(where: { !$0.points.isEmpty }), let last = s.points.last else {
            throw ChartSpecError("a card needs a published figure; the series selected has none")
        }
        let locale = spec.locale
        func date(_ p: DataPoint) -> String { locale.date(year: p.year, month: p.month, day: p.day) }
        let wide = (right - left) > 1.3 * (bottom - top)
        let textWidth = wide ? (right - left) * 0.46 : right - left
        var items: [SceneItem] = []

        // The number: as large as fits the text column, at most three times the title size.
        let number = last.qualifier.mark + locale.number(last.value)
        var size = theme.titleSize * 3
        var big = layout.font(size, bold: true, minimum: 16)
        while layout.size(number, big).width > textWidth, size > theme.titleSize {
            size *= 0.9
            big = layout.font(size, bold: true, minimum: 16)
        }
        let bs = layout.size(number, big)
        var y = top + bs.ascent
        items.append(.text(layout.run(number, x: left, baseline: y, big, theme.palette[0], role: "headline")))
        let f = layout.labelFont, sf = layout.subtitleFont
        y += bs.descent + layout.size("0", f).ascent + 6 * k
        items.append(.text(layout.run(date(last), x: left, baseline: y, f, theme.text, role: "headline-date")))
        if s.points.count > 1 {
            let before = s.points[s.points.count - 2]
            let line: String
            if last.qualifier == .exact, before.qualifier == .exact {
                let d = last.value - before.value
                line = CardStrings.change((d > 0 ? "+" : "") + locale.number(d), since: date(before), locale)
            } else {
                line = CardStrings.previous(before.qualifier.mark + locale.number(before.value), date(before), locale)
            }
            for text in layout.wrap(line, sf, width: textWidth) {
                y += layout.size(text, sf).height * 1.15
                items.append(.text(layout.run(text, x: left, baseline: y, sf, theme.mutedText, role: "headline-change")))
            }
        }

        // The sparkline: beside the text on a wide card, under it otherwise.
        let area = wide ? Rect(x: left + textWidth + 40 * k, y: top + 10 * k, width: right - left - textWidth - 40 * k, height: bottom - top - 10 * k)
            : Rect(x: left, y: y + 24 * k, width: right - left, height: bottom - y - 24 * k)
        let tf = layout.tickFont, ts = layout.size("0", tf)
        guard s.points.count > 1, area.height >= 4 * ts.height else { return items }
        let times = s.points.map(\.time)
        let t0 = times.first!, t1 = times.last!
        let plotBottom = area.maxY - ts.height - 8 * k
        // The zero of the scale is named left of the baseline, the line starting clear of it.
        let zeroWidth = layout.size("0", tf).width + 6 * k
        let x = LinearScale(domain: (t0, t1), range: (area.x + zeroWidth + 8 * k, area.maxX - 8 * k))
        let yScale = LinearScale(domain: (0, max(s.points.map(\.value).max() ?? 1, 1)), range: (plotBottom, area.y + 8 * k))
        items.append(.line(from: Point(area.x + zeroWidth, yScale(0)), to: Point(area.maxX, yScale(0)), color: theme.axis, width: max(k, 0.6), dash: []))
        items += PanelMarks(layout: layout).line(s, x: x, y: yScale, color: theme.palette[0], width: theme.lineWidth * k, markers: false)
        items.append(.marker(Point(x(t1), yScale(last.value)), shape: last.marker, size: theme.markerSize * k * 1.2,
                             color: theme.palette[0], background: theme.background))
        let first = s.points[0]
        items.append(.text(layout.run(date(first), x: area.x + zeroWidth, baseline: plotBottom + 6 * k + ts.ascent, tf, theme.mutedText, role: "tick-x")))
        items.append(.text(layout.run(date(last), x: area.maxX, baseline: plotBottom + 6 * k + ts.ascent, tf, theme.mutedText, anchor: .end, role: "tick-x")))
        items.append(.text(layout.run("0", x: area.x + zeroWidth - 6 * k, baseline: yScale(0) + ts.ascent * 0.4, tf, theme.mutedText, anchor: .end, role: "tick-y")))
        return items
    }
}
