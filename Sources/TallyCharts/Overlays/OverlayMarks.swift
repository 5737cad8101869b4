/// The overlays' marks, for the kinds with a time axis: shaded bands behind the marks, each
/// labelled at its top left, and the colour of a series when some are highlighted.
struct OverlayMarks {
    let layout: ChartLayout

    /// The grey of series that are not highlighted: the theme's axis colour, light enough to
    /// recede behind the highlighted ones.
    static func grey(_ theme: Theme) -> Color { theme.axis.with(alpha: 0.55) }

    /// The colour of series `index` of the spec: its own, or grey when others are highlighted.
    func colour(_ index: Int, own: Color) -> Color {
        guard let highlight = layout.spec.overlays?.highlight, !highlight.isEmpty,
              layout.spec.series.indices.contains(index) else { return own }
        return highlight.contains(layout.spec.series[index].id) ? own : Self.grey(layout.theme)
    }

    /// Each band as a shaded rectangle from `top` to `bottom` between its dates (clipped to the
    /// plot), its text inside at the top left, wrapped to the band or shortened.
    func bands(x: LinearScale, left: Double, right: Double, top: Double, bottom: Double) -> [SceneItem] {
        guard let bands = layout.spec.overlays?.bands, !bands.isEmpty else { return [] }
        let theme = layout.theme, k = layout.k
        let f = layout.font(theme.footerSize)
        let fs = layout.size("Xg", f)
        var items: [SceneItem] = []
        for band in bands {
            let x0 = max(left, min(right, x(band.from))), x1 = max(left, min(right, x(band.to)))
            guard x1 > x0 else { continue }
            items.append(.rect(Rect(x: x0, y: top, width: x1 - x0, height: bottom - top), fill: theme.grid.with(alpha: 0.6)))
            let width = max(x1 - x0 - 8 * k, 40 * k)
            var lines = layout.wrap(band.text, f, width: width)
            if lines.count > 2 { lines = [lines[0], lines[1...].joined(separator: " ")] }
            for (i, var line) in lines.enumerated() {
                while layout.size(line, f).width > width, line.count > 2 { line = String(line.dropLast(2)) + "…" }
                items.append(.text(layout.run(line, x: x0 + 4 * k, baseline: top + fs.ascent + 2 * k + Double(i) * fs.height,
                                              f, theme.mutedText, role: "band")))
            }
        }
        return items
    }
}
