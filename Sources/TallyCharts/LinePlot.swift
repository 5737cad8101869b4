/// One line per series over time: markers at published figures (hollow when approximate or a
/// bound), long gaps dotted, each line named at its end. One labelling scheme per chart: when
/// some end label finds no room, every series is named in a legend above the plot instead and
/// no line carries an end label (the chart is laid out a second time), so no series is named twice.
struct LinePlot {
    let layout: ChartLayout
    /// Whether the series are named in a legend above the plot rather than at their ends.
    var legendInstead = false

    var spec: ChartSpec { layout.spec }
    var theme: Theme { layout.theme }
    var k: Double { layout.k }

    func items(top: Double, bottom: Double, left: Double, right: Double) -> [SceneItem] {
        let series = spec.series.filter { !$0.points.isEmpty }
        let named = series.count > 1

        // End labels take room on the right (a lone series' last figure, or each series' name).
        let widest = legendInstead && named ? 0 : series.map { layout.size(endLabel($0), layout.labelFont).width }.max() ?? 0
        let labelRoom = legendInstead && named ? 0 : min(widest + 12 * k, (right - left) * 0.24)
        let allTimes = series.flatMap { $0.points.map(\.time) }
        let t0 = allTimes.min() ?? 0, t1 = allTimes.max() ?? 1
        let pad = max((t1 - t0) * 0.02, 0.1)
        let legend = legendInstead && named
            ? legendOrder(series).map { (i, s) in (label: s.label, color: layout.color(spec.series.firstIndex { $0.id == s.id } ?? i)) }
            : []
        let frame = TimeFrame(layout: layout, legend: legend, values: series.flatMap { $0.points.map(\.value) },
                              times: (t0 - pad, t1 + pad), labelRoom: labelRoom, top: top, bottom: bottom, left: left, right: right)

        let (marks, dropped) = self.marks(series: series, frame: frame, right: right, endLabels: !(legendInstead && named))
        if !dropped.isEmpty, named, !legendInstead {
            var again = self
            again.legendInstead = true
            return again.items(top: top, bottom: bottom, left: left, right: right)
        }
        let bands = OverlayMarks(layout: layout).bands(x: frame.x, left: frame.plotLeft, right: frame.plotRight,
                                                       top: frame.plotTop, bottom: frame.plotBottom)
        return frame.items + bands + marks
    }

    /// The legend's order: focused series first (in the order given), then the others as drawn.
    func legendOrder(_ series: [SeriesData]) -> [(Int, SeriesData)] {
        let all = Array(series.enumerated())
        let focused = spec.focus.compactMap { id in all.first { $0.element.id == id } }
        return (focused + all.filter { !spec.focus.contains($0.element.id) }).map { ($0.offset, $0.element) }
    }

    /// A line's end label: its name, or with a single series (named by the title) its last figure.
    func endLabel(_ s: SeriesData) -> String {
        guard spec.series.filter({ !$0.points.isEmpty }).count == 1, let last = s.points.last else { return s.label }
        return last.qualifier.mark + spec.locale.number(last.value)
    }

    /// The lines, their markers, end labels and annotations; and the end labels that did not fit.
    func marks(series: [SeriesData], frame: TimeFrame, right: Double, endLabels: Bool) -> ([SceneItem], [EndLabelPlacement.Candidate]) {
        let x = frame.x, y = frame.y
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
        let placed = EndLabelPlacement(layout: layout).place(endLabels ? anchors : [], x: frame.plotRight + 10 * k, top: frame.plotTop,
                                                             bottom: frame.plotBottom + 6 * k,
                                                             maxWidth: right - frame.plotRight - 10 * k, obstacles: markerBoxes)
        items += placed.items
        let occupied = placed.items.compactMap { item -> Rect? in
            if case .text(let r) = item { return r.bounds } else { return nil }
        }
        items += AnnotationPlacement(layout: layout).items(series: series, frame: frame, markerBoxes: markerBoxes, occupied: occupied)
        return (items, placed.dropped)
    }
}
