/// Series stacked as areas over time, first series at the bottom, on the dates where every series
/// has a figure (`ChartLayout.drawnTimes`); a dot on the top edge at every date drawn, and
/// approximate figures or bounds marked on the top edge of their band.
struct StackedAreaPlot {
    let layout: ChartLayout

    var spec: ChartSpec { layout.spec }
    var theme: Theme { layout.theme }
    var k: Double { layout.k }

    func items(top: Double, bottom: Double, left: Double, right: Double) throws(ChartSpecError) -> [SceneItem] {
        let series = spec.series.filter { !$0.points.isEmpty }
        let times = ChartLayout.drawnTimes(spec)
        guard times.count >= 2 else {
            throw ChartSpecError("a stacked chart needs at least two dates on which every selected series has a figure; draw a line chart instead")
        }
        // Each series' first point at each time: lookups in constant time, not a scan per date.
        let byTime = series.map { $0.pointsByTime() }
        // stacks[i][j]: the top of series i's band at time j.
        var stacks: [[Double]] = []
        var cumulative = Array(repeating: 0.0, count: times.count)
        for s in byTime {
            for (j, t) in times.enumerated() { cumulative[j] += s[t]!.value }
            stacks.append(cumulative)
        }

        let legend = series.enumerated().map { (label: $0.element.label, color: layout.color($0.offset)) }
        let frame = TimeFrame(layout: layout, legend: legend, values: stacks.last ?? [], times: (times.first!, times.last!),
                              labelRoom: 0, top: top, bottom: bottom, left: left, right: right)
        let x = frame.x, y = frame.y
        var items = frame.items

        for i in series.indices {
            var polygon: [Point] = times.indices.map { Point(x(times[$0]), y(stacks[i][$0])) }
            polygon += times.indices.reversed().map { Point(x(times[$0]), y(i == 0 ? 0 : stacks[i - 1][$0])) }
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
        return items
    }
}
