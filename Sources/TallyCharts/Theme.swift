import TallyPrimitives
/// The look of a chart: colours, fonts and sizes. Sizes are in CSS pixels for a chart
/// 1200 px wide and scale with the chart's size (see `ChartLayout`). Built in: `report`
/// (print), `press` (social media: larger type, bolder lines), `dark`. A theme file (JSON with
/// the same keys, any of them optional, starting from `base`) sets brand colours and fonts.
public struct Theme: Sendable, Equatable, Codable {
    public var name: String
    public var fontFamily: String
    public var background: Color
    public var text: Color
    public var mutedText: Color
    public var grid: Color
    public var axis: Color
    public var palette: [Color]
    public var titleSize: Double
    public var subtitleSize: Double
    public var labelSize: Double
    public var tickSize: Double
    public var footerSize: Double
    public var lineWidth: Double
    public var markerSize: Double
    public var margin: Double

    public static let report = Theme(
        name: "report", fontFamily: "Noto Sans, DejaVu Sans", background: Color(hex: "#FFFFFF")!,
        text: Color(hex: "#1A1A1A")!, mutedText: Color(hex: "#595959")!, grid: Color(hex: "#E3E3E3")!,
        axis: Color(hex: "#8C8C8C")!, palette: Palette.okabeIto,
        titleSize: 30, subtitleSize: 20, labelSize: 18, tickSize: 16, footerSize: 14,
        lineWidth: 3, markerSize: 9, margin: 32)

    public static let press: Theme = {
        var t = report
        t.name = "press"
        t.titleSize = 40
        t.subtitleSize = 25
        t.labelSize = 23
        t.tickSize = 20
        t.footerSize = 17
        t.lineWidth = 5.5
        t.markerSize = 12
        t.margin = 40
        return t
    }()

    public static let dark: Theme = {
        var t = report
        t.name = "dark"
        t.background = Color(hex: "#14171C")!
        t.text = Color(hex: "#F2F2F2")!
        t.mutedText = Color(hex: "#B3B3B3")!
        t.grid = Color(hex: "#2C3139")!
        t.axis = Color(hex: "#6B7280")!
        // Okabe-Ito with the dark blue lightened to sky blue for contrast on a dark ground.
        t.palette = [Color(hex: "#56B4E9")!, Color(hex: "#E69F00")!, Color(hex: "#009E73")!,
                     Color(hex: "#F0E442")!, Color(hex: "#CC79A7")!, Color(hex: "#D55E00")!]
        return t
    }()

    public static let builtIn: [String: Theme] = ["report": report, "press": press, "dark": dark]
}

/// A theme file: `{"base": "report", "palette": ["#..."], "fontFamily": "...", ...}`.
public struct ThemeFile: Sendable, Decodable {
    public var base: String?
    public var fontFamily: String?
    public var background: Color?
    public var text: Color?
    public var mutedText: Color?
    public var grid: Color?
    public var axis: Color?
    public var palette: [Color]?
    public var titleSize: Double?
    public var labelSize: Double?
    public var subtitleSize: Double?
    public var tickSize: Double?
    public var footerSize: Double?
    public var lineWidth: Double?
    public var markerSize: Double?
    public var margin: Double?

    /// The keys a theme file may have; any other is refused (a misspelt key would otherwise be
    /// ignored without a word).
    public static let fields = ["base", "fontFamily", "background", "text", "mutedText", "grid", "axis", "palette",
                                "titleSize", "subtitleSize", "labelSize", "tickSize", "footerSize", "lineWidth",
                                "markerSize", "margin"]

    /// Refuses values no chart can be drawn with (`ChartLimits`): NaN, negative or huge sizes,
    /// widths and margins, too many colours, a font list that is too long or holds control
    /// characters. Errors name the field.
    public func validate() throws(ChartSpecError) {
        let sizes: [(String, Double?, ClosedRange<Double>)] = [
            ("titleSize", titleSize, ChartLimits.fontSizeRange), ("subtitleSize", subtitleSize, ChartLimits.fontSizeRange),
            ("labelSize", labelSize, ChartLimits.fontSizeRange), ("tickSize", tickSize, ChartLimits.fontSizeRange),
            ("footerSize", footerSize, ChartLimits.fontSizeRange), ("lineWidth", lineWidth, ChartLimits.lineWidthRange),
            ("markerSize", markerSize, ChartLimits.lineWidthRange), ("margin", margin, ChartLimits.marginRange),
        ]
        for (field, value, range) in sizes {
            if let value, !(value.isFinite && range.contains(value)) {
                throw ChartSpecError("\(field): \(value), expected a number of CSS px from \(range.lowerBound) to \(range.upperBound)")
            }
        }
        if let base, Theme.builtIn[base] == nil {
            throw ChartSpecError("base: unknown base theme; use report, press or dark")
        }
        if let palette {
            if palette.isEmpty { throw ChartSpecError("palette: empty; give at least one colour as #RRGGBB") }
            if palette.count > ChartLimits.maximumPaletteColours {
                throw ChartSpecError("palette: \(palette.count) colours, at most \(ChartLimits.maximumPaletteColours)")
            }
        }
        if let fontFamily {
            if fontFamily.trimming(.whitespace).isEmpty { throw ChartSpecError("fontFamily: empty; name a font, e.g. \"Noto Sans\"") }
            if fontFamily.count > ChartLimits.maximumFontFamilyLength {
                throw ChartSpecError("fontFamily: \(fontFamily.count) characters, at most \(ChartLimits.maximumFontFamilyLength)")
            }
            if SafeText.clean(fontFamily) != fontFamily {
                throw ChartSpecError("fontFamily: holds control, bidirectional or private-use characters; name a font, e.g. \"Noto Sans\"")
            }
        }
    }

    /// The theme this file describes, on top of its base (nil for an unknown base); call
    /// `validate()` first.
    public func theme(name: String) -> Theme? {
        guard var t = Theme.builtIn[base ?? "report"] else { return nil }
        t.name = name
        if let v = fontFamily { t.fontFamily = v }
        if let v = background { t.background = v }
        if let v = text { t.text = v }
        if let v = mutedText { t.mutedText = v }
        if let v = grid { t.grid = v }
        if let v = axis { t.axis = v }
        if let v = palette, !v.isEmpty { t.palette = v }
        if let v = titleSize { t.titleSize = v }
        if let v = subtitleSize { t.subtitleSize = v }
        if let v = labelSize { t.labelSize = v }
        if let v = tickSize { t.tickSize = v }
        if let v = footerSize { t.footerSize = v }
        if let v = lineWidth { t.lineWidth = v }
        if let v = markerSize { t.markerSize = v }
        if let v = margin { t.margin = v }
        return t
    }
}
