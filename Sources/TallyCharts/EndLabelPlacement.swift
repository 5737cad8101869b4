/// Places series labels at the right end of their lines by a deterministic fit-or-drop rule:
/// labels are taken in priority order (focused series first, in the order given, then by last
/// value, highest first); each goes at its line's height if it touches no label already placed,
/// else at the nearest free height within two label heights (up or down, up first); a label that
/// finds no room, or would need more than two lines, is dropped, and the series are then named in
/// a legend instead. Nothing overlaps, and no label is cut short.
struct EndLabelPlacement {
    struct Candidate {
        var id: String
        var label: String
        var color: Color
        var anchor: Point
        var value: Double
    }

    let layout: ChartLayout

    /// `obstacles` are the boxes of the plotted markers: a label set beside a line that ends early
    /// must not cover another series' points.
    func place(_ candidates: [Candidate], x: Double, top: Double, bottom: Double, maxWidth: Double, obstacles: [Rect] = [])
        -> (items: [SceneItem], dropped: [Candidate]) {
        let f = layout.labelFont
        let focus = layout.spec.focus
        let ordered = candidates.sorted { a, b in
            let fa = focus.firstIndex(of: a.id) ?? Int.max, fb = focus.firstIndex(of: b.id) ?? Int.max
            if fa != fb { return fa < fb }
            if a.value != b.value { return a.value > b.value }
            return a.id < b.id
        }
        var placed: [Rect] = []
        var items: [SceneItem] = []
        var dropped: [Candidate] = []
        for c in ordered {
            // Two lines at most; a label that needs more, or a word wider than the room, is not
            // cut short ("Преследуе…" names nothing): it is dropped, and the chart then names
            // every series in a legend instead (`LinePlot`).
            let lines = layout.wrap(c.label, f, width: maxWidth)
            if lines.count > 2 || lines.contains(where: { layout.size($0, f).width > maxWidth }) {
                dropped.append(c)
                continue
            }
            let sizes = lines.map { layout.size($0, f) }
            let lineHeight = sizes[0].height
            let s = TextSize(width: sizes.map(\.width).max()!, ascent: sizes[0].ascent, descent: sizes[0].descent)
            let h = lineHeight * Double(lines.count)
            let offsets: [Double] = [0] + stride(from: 0.25, through: 2.0, by: 0.25).flatMap { [-$0 * h, $0 * h] }
            var done = false
            // A line that ends well before the others is labelled beside its last point when there
            // is room there, rather than across the plot at the right edge.
            if c.anchor.x < x - 60 * layout.k {
                for dy in [-0.9 * h, 0.9 * h] {
                    let centre = c.anchor.y + dy
                    let rect = Rect(x: c.anchor.x + 8 * layout.k, y: centre - h / 2, width: s.width, height: h)
                    guard rect.y >= top - h / 2, rect.maxY <= bottom, rect.maxX <= x + maxWidth else { continue }
                    if placed.contains(where: { $0.insetBy(-1).intersects(rect) }) { continue }
                    if obstacles.contains(where: { $0.intersects(rect) }) { continue }
                    placed.append(rect)
                    for (i, line) in lines.enumerated() {
                        let baseline = centre - h / 2 + s.ascent + lineHeight * Double(i)
                        items.append(.text(layout.run(line, x: rect.x, baseline: baseline, f, c.color, role: "label-end")))
                    }
                    done = true
                    break
                }
            }
            for dy in offsets where !done {
                let centre = c.anchor.y + dy
                let rect = Rect(x: x, y: centre - h / 2, width: s.width, height: h)
                guard rect.y >= top - h / 2, rect.maxY <= bottom else { continue }
                if placed.contains(where: { $0.insetBy(-1).intersects(rect) }) { continue }
                placed.append(rect)
                if dy != 0 {
                    items.append(.line(from: Point(c.anchor.x + 6 * layout.k, c.anchor.y), to: Point(x - 3 * layout.k, centre),
                                       color: c.color, width: max(1, layout.k), dash: []))
                }
                for (i, line) in lines.enumerated() {
                    let baseline = centre - h / 2 + s.ascent + lineHeight * Double(i)
                    items.append(.text(layout.run(line, x: x, baseline: baseline, f, c.color, role: "label-end")))
                }
                done = true
                break
            }
            if !done { dropped.append(c) }
        }
        return (items, dropped)
    }
}
