#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One figure as cells: one per person (or per `perCell` people, the last cell filled in
/// proportion), with the count written out above them, its series and its date. Refused, with the
/// scale to use instead, when the cells would be too small to see one by one.
struct WafflePlot {
    let layout: ChartLayout

    var spec: ChartSpec { layout.spec }
    var theme: Theme { layout.theme }
    var k: Double { layout.k }

    /// The most cells drawn: beyond this no chart size keeps a cell legible.
    static let maximumCells = 20_000
    /// The smallest cell side, in CSS px at 1200 px wide, a reader can count.
    static let minimumCell = 7.0

    func items(top: Double, bottom: Double, left: Double, right: Double) throws(ChartSpecError) -> [SceneItem] {
        guard let s = spec.series.first(where: { !$0.points.isEmpty }), let p = s.points.last else {
            throw ChartSpecError("a waffle chart needs a published figure; the series selected has none")
        }
        guard p.value >= 0, p.value == p.value.rounded() else {
            throw ChartSpecError("a waffle chart draws people one by one; \(p.value) is not a whole count")
        }
        let perCell = spec.waffle?.perCell ?? 1
        let cells = p.value / Double(perCell)
        let whole = Int(ceil(cells))
        let locale = spec.locale

        // The count spelled out, then what it counts and when.
        let big = layout.font(theme.titleSize * 1.5, bold: true, minimum: 16)
        let bs = layout.size("0", big)
        var items: [SceneItem] = []
        let number = p.qualifier.mark + locale.number(p.value)
        items.append(.text(layout.run(number, x: left, baseline: top + bs.ascent, big, theme.palette[0], role: "headline")))
        let f = layout.labelFont
        let fs = layout.size("0", f)
        let what = s.label + ", " + locale.date(year: p.year, month: p.month, day: p.day)
        let numberWidth = layout.size(number, big).width
        let lines = layout.wrap(what, f, width: max(right - left - numberWidth - 16 * k, 100 * k))
        for (i, line) in lines.prefix(2).enumerated() {
            items.append(.text(layout.run(line, x: left + numberWidth + 16 * k, baseline: top + bs.ascent - Double(min(lines.count, 2) - 1 - i) * fs.height * 1.1,
                                          f, theme.text, role: "headline-label")))
        }
        var gridTop = top + bs.height + 12 * k
        if perCell > 1 {
            let key = WaffleStrings.perCell(perCell, locale)
            let sw = fs.ascent * 0.9
            items.append(.rect(Rect(x: left, y: gridTop, width: sw, height: sw), fill: theme.palette[0]))
            items.append(.text(layout.run(key, x: left + sw + 6 * k, baseline: gridTop + sw, layout.tickFont, theme.mutedText, role: "legend")))
            gridTop += fs.height * 1.4
        }

        // A published zero is written out; it has no cells to draw.
        guard whole > 0 else { return items }
        let width = right - left, height = bottom - gridTop
        let suggestion = [10, 100, 1000, 10_000].first { Double(p.value) / Double($0) <= 1500 } ?? 100_000
        guard whole <= Self.maximumCells, let grid = Self.grid(whole, width: width, height: height), grid.side >= Self.minimumCell * k else {
            throw ChartSpecError("\(locale.number(p.value)) cells are too many to draw one by one at \(Int(spec.width))x\(Int(spec.height)); draw 1 cell = \(suggestion) people (--per-cell \(suggestion)) or use a larger --size")
        }
        let gap = max(1, grid.side * 0.18)
        let filled = theme.palette[0]
        for i in 0..<whole {
            let x = left + Double(i % grid.columns) * grid.side, y = gridTop + Double(i / grid.columns) * grid.side
            // The last cell of a count that is not a whole number of cells is filled in proportion.
            let fraction = min(1, cells - Double(i))
            let cellWidth = (grid.side - gap) * fraction
            items.append(.rect(Rect(x: x, y: y, width: cellWidth, height: grid.side - gap), fill: filled))
            if fraction < 1 {
                items.append(.rect(Rect(x: x + cellWidth, y: y, width: grid.side - gap - cellWidth, height: grid.side - gap), fill: theme.grid))
            }
        }
        return items
    }

    /// The largest square cell (side in px, gap included) with which `n` cells fit in the area.
    static func grid(_ n: Int, width: Double, height: Double) -> (columns: Int, side: Double)? {
        guard n > 0, width > 0, height > 0 else { return nil }
        var best: (columns: Int, side: Double)?
        for columns in 1...n {
            let rows = (n + columns - 1) / columns
            let side = min(width / Double(columns), height / Double(rows))
            if side > (best?.side ?? 0) { best = (columns, side) }
            if width / Double(columns) < (best?.side ?? 0) { break }
        }
        return best
    }
}
