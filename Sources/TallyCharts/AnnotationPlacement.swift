/// Annotations on a line chart: a short text above (or below) the point it names, joined to it by
/// a leader line, kept inside the plot and off the data, the end labels and each other.
struct AnnotationPlacement {
    let layout: ChartLayout

    /// - Parameters:
    ///   - markerBoxes: the plotted markers' boxes.
    ///   - occupied: boxes of text already placed (end labels).
    func items(series: [SeriesData], frame: TimeFrame, markerBoxes: [Rect], occupied: [Rect]) -> [SceneItem] {
        let spec = layout.spec, theme = layout.theme, k = layout.k
        let x = frame.x, y = frame.y
        var items: [SceneItem] = []
        var occupied = occupied
        // Annotations keep off the data: the markers, and the lines sampled every few pixels
        // (`LineSamples`, tested a segment at a time without building every sample's box).
        let lines = spec.annotations.isEmpty ? LineSamples(segments: [], halfWidth: 0)
            : LineSamples(series.map { s in s.points.map { Point(x($0.time), y($0.value)) } }, spacing: 4 * k, halfWidth: theme.lineWidth * k)

        let f = layout.font(theme.tickSize, bold: false, role: .tick)
        for a in spec.annotations {
            guard let s = series.first(where: { $0.id == a.series }),
                  let p = s.points.filter(a.isWithin).min(by: { abs($0.time - a.time) < abs($1.time - a.time) }) else { continue }
            let pt = Point(x(p.time), y(p.value))
            let anchor: TextRun.Anchor = pt.x > (x.range.lower + x.range.upper) / 2 ? .end : .start
            let ts = layout.size(a.text, f)
            let dx = anchor == .end ? -10 * k : 10 * k
            var baseline = pt.y - 14 * k
            if baseline - ts.ascent < frame.plotTop { baseline = pt.y + 14 * k + ts.ascent }
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
            if r.bounds.y < frame.plotTop - ts.height { continue }
            items.append(.line(from: pt, to: Point(pt.x + dx * 0.6, r.bounds.maxY > pt.y ? r.bounds.y : r.bounds.maxY),
                               color: theme.mutedText, width: max(1, k), dash: []))
            items.append(.text(r))
            occupied.append(r.bounds)
        }
        return items
    }
}
