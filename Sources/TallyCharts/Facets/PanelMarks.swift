/// The marks of one series in a small panel: a line with its markers (long gaps dotted, as in
/// the line chart), or a bar per figure for counts over a period. Qualified figures keep their
/// hollow markers in both.
struct PanelMarks {
    let layout: ChartLayout

    func line(_ s: SeriesData, x: LinearScale, y: LinearScale, color: Color, width: Double, markers: Bool) -> [SceneItem] {
        let theme = layout.theme, k = layout.k
        var items: [SceneItem] = []
        let gaps = layout.gapSegments(s)
        var run: [Point] = []
        for (j, p) in s.points.enumerated() {
            let pt = Point(x(p.time), y(p.value))
            if j > 0, gaps.contains(j - 1), let last = run.last {
                if run.count > 1 { items.append(.polyline(run, color: color, width: width, dash: [])) }
                items.append(.line(from: last, to: pt, color: color, width: width * 0.6, dash: [width * 0.6, width * 1.6]))
                run = []
            }
            run.append(pt)
        }
        if run.count > 1 { items.append(.polyline(run, color: color, width: width, dash: [])) }
        for p in s.points where markers || p.qualifier != .exact || s.points.count == 1 {
            items.append(.marker(Point(x(p.time), y(p.value)), shape: p.marker,
                                 size: theme.markerSize * k * (p.qualifier == .exact ? 0.8 : 1.05), color: color, background: theme.background))
        }
        return items
    }

    /// One bar per figure, centred on its date, all of one width: the dates of counts over a
    /// period say when the period ended or what it was, and a bar as wide as the date's precision
    /// would claim a length the data does not give.
    func bars(_ s: SeriesData, x: LinearScale, y: LinearScale, color: Color, plot: Rect) -> [SceneItem] {
        let theme = layout.theme, k = layout.k
        let xs = s.points.map { x($0.time) }
        let width = barWidth(s, x: x, plot: plot)
        var items: [SceneItem] = []
        for (p, cx) in zip(s.points, xs) {
            let top = y(p.value), base = y(0)
            items.append(.rect(Rect(x: cx - width / 2, y: top, width: width, height: base - top), fill: color))
            if p.qualifier != .exact {
                items.append(.marker(Point(cx, top), shape: p.marker, size: min(theme.markerSize * k, width * 0.8),
                                     color: theme.text, background: theme.background))
            }
        }
        return items
    }

    /// The width of every bar of `s`: most of the closest spacing between two figures, within
    /// bounds that keep a bar visible and a lone bar from filling the panel.
    func barWidth(_ s: SeriesData, x: LinearScale, plot: Rect) -> Double {
        let xs = s.points.map { x($0.time) }
        let spacing = zip(xs.dropFirst(), xs).map { $0 - $1 }.filter { $0 > 0 }.min() ?? plot.width
        return max(2 * layout.k, min(spacing * 0.7, plot.width / 8, 60 * layout.k))
    }
}
