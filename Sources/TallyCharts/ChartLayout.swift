#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns a `ChartSpec` into a `Scene`: header (title, subtitle), legend, plot (axes, grid, marks,
/// labels) and footer (marker key, no-data note, notes, source), all measured with a
/// `TextMeasurer` so that nothing overlaps. Deterministic: the same spec, theme and measurer give
/// the same scene.
public struct ChartLayout {
    public let spec: ChartSpec
    public let theme: Theme
    let measurer: any TextMeasurer
    /// The type scale for the chart's size (`TypeScale`).
    let typeScale: TypeScale
    /// Type and spacing scale with the chart: `typeScale.factor`, times `shrink`.
    let k: Double

    /// `shrink` (at most 1) makes type and spacing smaller than the size's own scale, down to
    /// each role's minimum: the step `scene` takes when the header and footer would leave the
    /// plot less than half of the height.
    public init(spec: ChartSpec, theme: Theme, measurer: any TextMeasurer, shrink: Double = 1) {
        self.spec = spec
        self.theme = theme
        self.measurer = measurer
        typeScale = TypeScale(width: spec.width, height: spec.height)
        k = typeScale.factor * shrink
    }

    /// The share of the chart's height (between a story's bands, `SafeZone`) the plot (axes,
    /// legend and marks) keeps at least, however long the title, notes and source are: on screen
    /// type is made smaller, step by step, until it does; in print (`TypeScale`), where type is
    /// already at its smallest legible size and a column's height is free, the chart is made
    /// taller instead (an 88-mm column is 4:3 when its text allows).
    public static let minimumPlotShare = 0.5
    /// The steps of `shrink` tried in turn; the last is used whatever share it leaves.
    static let shrinkSteps = [1.0, 0.9, 0.8, 0.7, 0.6, 0.5]

    /// Lays the chart out; throws when the spec cannot make an honest chart or is outside
    /// `ChartLimits`. Every text is made safe first (`SafeText`), so that nothing the spec says
    /// can break the SVG, the PDF metadata or the alt text.
    public static func scene(spec unchecked: ChartSpec, theme: Theme, measurer: any TextMeasurer) throws(ChartSpecError) -> Scene {
        try unchecked.validate()
        var spec = unchecked.withSafeText()
        let drawn = spec.series.filter { !$0.points.isEmpty }.count
        if spec.kind.coloursEachSeries, drawn > theme.palette.count {
            throw ChartSpecError("\(drawn) series are more than the \(theme.palette.count) colours a reader can tell apart; choose at most \(theme.palette.count) with --category")
        }
        if TypeScale(width: spec.width, height: spec.height).format == .print {
            let first = try ChartLayout(spec: spec, theme: theme, measurer: measurer).build(plotShare: minimumPlotShare)
            if let scene = first.scene { return scene }
            // Header and footer do not depend on the height (they wrap to the width): the height
            // that leaves the plot its share follows, bounded to three times the width.
            let needed = (first.textHeight / (1 - minimumPlotShare)).rounded(.up)
            spec.height = min(max(spec.height, needed), 3 * spec.width)
            return try ChartLayout(spec: spec, theme: theme, measurer: measurer).build(plotShare: nil).scene!
        }
        for shrink in shrinkSteps.dropLast() {
            if let scene = try ChartLayout(spec: spec, theme: theme, measurer: measurer, shrink: shrink).build(plotShare: minimumPlotShare).scene {
                return scene
            }
        }
        return try ChartLayout(spec: spec, theme: theme, measurer: measurer, shrink: shrinkSteps.last!).build(plotShare: nil).scene!
    }

    // MARK: - Fonts and text

    /// A theme size scaled to the chart, never below the type scale's minimum for its role.
    func font(_ size: Double, bold: Bool = false, role: TypeScale.Role) -> Font {
        Font(family: theme.fontFamily, size: (max(size * k, typeScale.minimum(role)) * 4).rounded() / 4, bold: bold)
    }

    /// A theme size scaled to the chart, never below `minimum` CSS px nor the print minimum of
    /// the smallest role (for kinds that set their own floor, e.g. facets' panel titles).
    func font(_ size: Double, bold: Bool = false, minimum: Double = 8) -> Font {
        let floor = max(minimum, typeScale.format == .print ? typeScale.minimum(.footer) : 0)
        return Font(family: theme.fontFamily, size: (max(size * k, floor) * 4).rounded() / 4, bold: bold)
    }

    var titleFont: Font { font(theme.titleSize, bold: true, role: .title) }
    var subtitleFont: Font { font(theme.subtitleSize, role: .subtitle) }
    var labelFont: Font { font(theme.labelSize, bold: true, role: .label) }
    var tickFont: Font { font(theme.tickSize, role: .tick) }
    var footerFont: Font { font(theme.footerSize, role: .footer) }
    var margin: Double { theme.margin * k }

    func size(_ text: String, _ f: Font) -> TextSize { measurer.measure(text, font: f) }

    /// Greedy word wrap to `width`; a single word longer than the width stands on its own line.
    func wrap(_ text: String, _ f: Font, width: Double) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if current.isEmpty || size(candidate, f).width <= width {
                current = candidate
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    func run(_ text: String, x: Double, baseline: Double, _ f: Font, _ color: Color, anchor: TextRun.Anchor = .start,
             role: String, rotation: Double = 0) -> TextRun {
        let s = size(text, f)
        let left: Double
        switch anchor {
        case .start: left = x
        case .middle: left = x - s.width / 2
        case .end: left = x - s.width
        }
        let bounds = rotation == 0
            ? Rect(x: left, y: baseline - s.ascent, width: s.width, height: s.height)
            : Rect(x: x - s.ascent, y: baseline - s.width / 2, width: s.height, height: s.width)
        return TextRun(text: text, x: x, y: baseline, font: f, color: color, anchor: anchor, rotation: rotation,
                       bounds: bounds, role: role)
    }

    // MARK: - The whole chart

    /// The chart, or none when `plotShare` is given and the header and footer leave the plot
    /// less than that share of the height between the bands; with the height the header,
    /// footer, margins and bands take.
    func build(plotShare: Double?) throws(ChartSpecError) -> (scene: Scene?, textHeight: Double) {
        var items: [SceneItem] = []
        let W = spec.width, H = spec.height
        let m = margin
        let contentWidth = W - 2 * m
        let zone = SafeZone(width: W, height: H)

        // Header, below the story format's top band.
        var top = max(m, zone.top + m / 2)
        for line in wrap(spec.title, titleFont, width: contentWidth) {
            let s = size(line, titleFont)
            items.append(.text(run(line, x: m, baseline: top + s.ascent, titleFont, theme.text, role: "title")))
            top += s.height * 1.12
        }
        if let subtitle = spec.subtitle, !subtitle.isEmpty {
            top += 4 * k
            for line in wrap(subtitle, subtitleFont, width: contentWidth) {
                let s = size(line, subtitleFont)
                items.append(.text(run(line, x: m, baseline: top + s.ascent, subtitleFont, theme.mutedText, role: "subtitle")))
                top += s.height * 1.15
            }
        }
        top += 14 * k

        // Footer, laid out from the bottom up, above the story format's bottom band.
        let footer = footerBlock(width: contentWidth)
        var bottom = H - max(m, zone.bottom + m / 2) - footer.height
        items += footer.items(x: m, top: bottom)
        bottom -= 12 * k

        let textHeight = H - (bottom - top)
        if let plotShare, bottom - top < plotShare * (H - zone.top - zone.bottom) { return (nil, textHeight) }
        // Plot: refused when the header and footer leave it too little room to be read.
        let minimumPlot = 6 * size("0", tickFont).height
        guard bottom - top >= minimumPlot else {
            throw ChartSpecError("the title, notes and source leave no room for the plot at \(Int(W))x\(Int(H)); use a larger --size or shorter text")
        }
        let plot = try plotItems(top: top, bottom: bottom, left: m, right: W - m)
        items += plot

        let alt = spec.altText ?? AltText.describe(spec)
        var scene = Scene(width: W, height: H, background: spec.transparent ? nil : theme.background, items: items,
                          title: spec.title, altText: alt)
        scene.plotArea = Rect(x: m, y: top, width: W - 2 * m, height: bottom - top)
        return (scene, textHeight)
    }

    // MARK: - Series helpers

    /// Whether some date has a figure for one series and not another (bars then show a dash).
    var hasMissingBars: Bool {
        let drawn = spec.series.filter { !$0.points.isEmpty }
        let times = Set(drawn.flatMap { $0.points.map(\.time) })
        return drawn.contains { s in Set(s.points.map(\.time)).count < times.count }
    }

    /// Whether the chart stacks its series (parts of one whole): areas, shares, stacked bars.
    static func isStacked(_ spec: ChartSpec) -> Bool {
        spec.kind == .area || spec.kind == .share || (spec.kind == .bar && spec.stacked && spec.series.filter { !$0.points.isEmpty }.count > 1)
    }

    /// The dates a chart draws: all of them, or for stacked kinds those where every series has a
    /// figure (a part without one is not drawn as zero).
    public static func drawnTimes(_ spec: ChartSpec) -> [Double] {
        let drawn = spec.series.filter { !$0.points.isEmpty }
        guard isStacked(spec) else { return Array(Set(drawn.flatMap { $0.points.map(\.time) })).sorted() }
        guard var common = drawn.first.map({ Set($0.points.map(\.time)) }) else { return [] }
        for s in drawn.dropFirst() { common.formIntersection(Set(s.points.map(\.time))) }
        return common.sorted()
    }

    /// For stacked kinds, the dates some series has a figure on but another has not: left out of
    /// the stack, and named under the chart and in the alt text. One point each, in time order.
    public static func leftOutDates(_ spec: ChartSpec) -> [DataPoint] {
        guard isStacked(spec) else { return [] }
        let drawn = Set(drawnTimes(spec))
        var seen = Set<Double>()
        var out: [DataPoint] = []
        for s in spec.series {
            for p in s.points where !drawn.contains(p.time) && seen.insert(p.time).inserted { out.append(p) }
        }
        return out.sorted { $0.time < $1.time }
    }

    /// A series' colour; grey when other series are highlighted (`Overlays`).
    func color(_ index: Int) -> Color { OverlayMarks(layout: self).colour(index, own: theme.palette[index % theme.palette.count]) }

    /// Segments between consecutive points that are far apart: drawn dotted, never bridged silently.
    /// Far apart: more than max(1.5 years, 3 times the series' median spacing).
    func gapSegments(_ s: SeriesData) -> Set<Int> {
        let dts = zip(s.points.dropFirst(), s.points).map { $0.time - $1.time }
        guard !dts.isEmpty else { return [] }
        let sorted = dts.sorted()
        let median = sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
        let threshold = max(1.5, 3 * median)
        return Set(dts.indices.filter { dts[$0] > threshold })
    }

    func valueLabel(_ v: Double, step: Double) -> String {
        let decimals = step >= 1 ? 0 : Int(ceil(-log10(step) - 1e-9))
        return spec.locale.number(v, decimals: max(0, decimals))
    }

    func dateLabel(_ p: DataPoint) -> String { spec.locale.date(year: p.year, month: p.month, day: p.day) }

    // MARK: - Plot

    func plotItems(top: Double, bottom: Double, left: Double, right: Double) throws(ChartSpecError) -> [SceneItem] {
        switch spec.kind {
        case .line: return LinePlot(layout: self).items(top: top, bottom: bottom, left: left, right: right)
        case .area: return try StackedAreaPlot(layout: self).items(top: top, bottom: bottom, left: left, right: right)
        case .bar: return try BarPlot(layout: self, share: false).items(top: top, bottom: bottom, left: left, right: right)
        case .share: return try BarPlot(layout: self, share: true).items(top: top, bottom: bottom, left: left, right: right)
        case .facets: return try FacetsPlot(layout: self).items(top: top, bottom: bottom, left: left, right: right)
        case .slope: return try SlopePlot(layout: self).items(top: top, bottom: bottom, left: left, right: right)
        case .waffle: return try WafflePlot(layout: self).items(top: top, bottom: bottom, left: left, right: right)
        case .card: return try CardPlot(layout: self).items(top: top, bottom: bottom, left: left, right: right)
        }
    }

    /// A row of colour swatches and series labels, wrapped to the width; returns items and height.
    func legend(_ entries: [(label: String, color: Color)], x: Double, top: Double, width: Double) -> ([SceneItem], Double) {
        guard !entries.isEmpty else { return ([], 0) }
        let f = font(theme.tickSize, role: .tick)
        let s = size("Xg", f)
        let swatch = s.ascent * 0.9
        var items: [SceneItem] = []
        var dx = 0.0
        var y = top
        for e in entries {
            let w = swatch + 6 * k + size(e.label, f).width
            if dx > 0, dx + w > width { dx = 0; y += s.height * 1.3 }
            items.append(.rect(Rect(x: x + dx, y: y + s.ascent - swatch, width: swatch, height: swatch), fill: e.color))
            items.append(.text(run(e.label, x: x + dx + swatch + 6 * k, baseline: y + s.ascent, f, theme.text, role: "legend")))
            dx += w + 20 * k
        }
        return (items, y + s.height * 1.3 - top)
    }
}
