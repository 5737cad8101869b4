/// Small multiples: one panel per series in a grid, each titled, with a caption naming who counts
/// and what, on its own value axis (or one shared by all when the spec asks and the panels draw
/// the same kind of figure). Every panel spans the same dates, so a year sits at the same place in
/// each. A series with no figure is a grey panel saying that no count is published: never a zero
/// line, never an empty axis that could be read as zero.
struct FacetsPlot {
    let layout: ChartLayout

    var spec: ChartSpec { layout.spec }
    var theme: Theme { layout.theme }
    var k: Double { layout.k }

    func items(top: Double, bottom: Double, left: Double, right: Double) throws(ChartSpecError) -> [SceneItem] {
        let options = spec.facets ?? FacetsOptions()
        let series = spec.series
        let panels = series.indices.map { options.panel($0, of: series[$0]) }
        let drawnMarks = Set(panels.indices.filter { !series[$0].points.isEmpty }.map { panels[$0].marks })
        if options.yAxes == .shared, drawnMarks.count > 1 {
            throw ChartSpecError("facets.yAxes: shared, but some panels are counts over a period (bars) and others counts on a date (lines): one scale cannot show both; use free")
        }
        let grid = FacetGrid(count: series.count, width: right - left, height: bottom - top)
        let gapX = 36 * k, gapY = 20 * k
        let cellWidth = (right - left - gapX * Double(grid.columns - 1)) / Double(grid.columns)
        let cellHeight = (bottom - top - gapY * Double(grid.rows - 1)) / Double(grid.rows)

        let titleFont = layout.font(theme.labelSize * 0.9, bold: true, minimum: 9)
        let captionFont = layout.font(theme.footerSize, minimum: 8)
        // Who counts and what is never shortened; what the series is may be.
        let headers = panels.map { p in
            (title: clipped(p.title, titleFont, width: cellWidth, lines: 2),
             caption: (p.subject.isEmpty ? [] : clipped(p.subject, captionFont, width: cellWidth, lines: 1))
                + (p.caption.isEmpty ? [] : clipped(p.caption, captionFont, width: cellWidth, lines: 2)))
        }
        let titleLine = layout.size("Xg", titleFont).height, captionLine = layout.size("Xg", captionFont).height
        let headerHeight = (headers.map { Double($0.title.count) * titleLine * 1.08 + Double($0.caption.count) * captionLine * 1.1 }.max() ?? 0) + 6 * k
        let tickHeight = layout.size("0", layout.tickFont).height
        guard cellHeight - headerHeight >= 4.5 * tickHeight, cellWidth >= 120 * k else {
            throw ChartSpecError("\(series.count) panels do not fit at \(Int(spec.width))x\(Int(spec.height)); use a larger --size or fewer categories")
        }

        // Every panel spans the same dates; bars get half a bar's room at the ends.
        let times = series.flatMap { $0.points.map(\.time) }
        let t0 = times.min() ?? 0, t1 = times.max() ?? 1
        let pad = max((t1 - t0) * 0.04, 0.3)
        let domain = (t0 - pad, t1 + pad)

        // Value axes: one maximum for all, or each panel's own; label room the widest of all, so
        // that the plots line up in every column.
        let sharedMax = series.flatMap { $0.points.map(\.value) }.max() ?? 1
        func maxValue(_ s: SeriesData) -> Double { options.yAxes == .shared ? sharedMax : (s.points.map(\.value).max() ?? 1) }
        let plotHeight = cellHeight - headerHeight - 2 * tickHeight
        let yLabelWidth = series.filter { !$0.points.isEmpty }.flatMap { s -> [String] in
            let (ticks, step) = PanelAxes.valueTicks(maxValue: maxValue(s), height: plotHeight, tickHeight: tickHeight)
            return ticks.map { layout.valueLabel($0, step: step) }
        }.map { layout.size($0, layout.tickFont).width }.max() ?? 0
        let lastFont = layout.font(theme.tickSize, bold: true)
        let lastLabels = series.map { s in s.points.last.map { $0.qualifier.mark + spec.locale.number($0.value) } ?? "" }
        let barRoom = panels.contains { $0.marks == .bars } ? 30 * k : theme.markerSize * k * 0.5
        let rightRoom = (lastLabels.map { layout.size($0, lastFont).width }.max() ?? 0) + 12 * k + barRoom

        var items: [SceneItem] = []
        for (i, s) in series.enumerated() {
            let cell = Rect(x: left + Double(i % grid.columns) * (cellWidth + gapX),
                            y: top + Double(i / grid.columns) * (cellHeight + gapY), width: cellWidth, height: cellHeight)
            var baseline = cell.y
            for line in headers[i].title {
                let s = layout.size(line, titleFont)
                items.append(.text(layout.run(line, x: cell.x, baseline: baseline + s.ascent, titleFont, theme.text, role: "panel-title")))
                baseline += titleLine * 1.08
            }
            for line in headers[i].caption {
                let s = layout.size(line, captionFont)
                items.append(.text(layout.run(line, x: cell.x, baseline: baseline + s.ascent, captionFont, theme.mutedText, role: "panel-caption")))
                baseline += captionLine * 1.1
            }
            let area = Rect(x: cell.x, y: cell.y + headerHeight, width: cell.width, height: cell.height - headerHeight)
            guard let last = s.points.last else {
                items += noCountPanel(area)
                continue
            }
            let axes = PanelAxes(layout: layout, area: area, maxValue: maxValue(s), times: domain,
                                 yLabelWidth: yLabelWidth, rightRoom: rightRoom)
            items += axes.items
            items += OverlayMarks(layout: layout).bands(x: axes.x, left: axes.plot.x, right: axes.plot.maxX,
                                                        top: axes.plot.y, bottom: axes.plot.maxY)
            let colour = OverlayMarks(layout: layout).colour(i, own: theme.palette[0])
            let marks = PanelMarks(layout: layout)
            switch panels[i].marks {
            case .line:
                items += marks.line(s, x: axes.x, y: axes.y, color: colour, width: theme.lineWidth * k * 0.75,
                                    markers: s.points.count <= 40)
            case .bars:
                items += marks.bars(s, x: axes.x, y: axes.y, color: colour, plot: axes.plot)
            }
            let ls = layout.size(lastLabels[i], lastFont)
            let ly = min(max(axes.y(last.value) + ls.ascent * 0.4, axes.plot.y + ls.ascent), axes.plot.maxY)
            // Beside the last figure: right of its bar's edge, clear of a qualifier's marker.
            let beside = panels[i].marks == .bars ? marks.barWidth(s, x: axes.x, plot: axes.plot) / 2 : theme.markerSize * k * 0.5
            items.append(.text(layout.run(lastLabels[i], x: axes.x(last.time) + beside + 5 * k, baseline: ly, lastFont, colour, role: "label-end")))
        }
        return items
    }

    /// A grey panel with "no count published" in its middle: no axis, no line, no zero.
    func noCountPanel(_ area: Rect) -> [SceneItem] {
        let f = layout.tickFont
        let text = FacetsStrings.noCountPublished(spec.locale)
        let s = layout.size(text, f)
        let box = Rect(x: area.x, y: area.y + s.height * 0.5, width: area.width, height: max(area.height - s.height, s.height * 2))
        return [.rect(box, fill: theme.grid.with(alpha: 0.45)),
                .text(layout.run(text, x: box.x + box.width / 2, baseline: box.y + box.height / 2 + s.ascent * 0.4, f,
                                 theme.mutedText, anchor: .middle, role: "no-count"))]
    }

    /// `text` wrapped to `width` in at most `lines` lines, the last shortened with an ellipsis.
    func clipped(_ text: String, _ f: Font, width: Double, lines: Int) -> [String] {
        var out = layout.wrap(text, f, width: width)
        if out.count > lines { out = Array(out.prefix(lines - 1)) + [out[(lines - 1)...].joined(separator: " ")] }
        for i in out.indices {
            while layout.size(out[i], f).width > width, out[i].count > 2 { out[i] = String(out[i].dropLast(2)) + "…" }
        }
        return out
    }
}
