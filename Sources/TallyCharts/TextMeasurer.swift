/// Measures text as a renderer will draw it, so layout can place labels without overlaps.
/// `TallyRender.PangoTextMeasurer` measures with Pango; `EstimatingTextMeasurer` is a fixed
/// estimate for tests of layout that must not depend on installed fonts.
public protocol TextMeasurer {
    /// Width of the text and the font's ascent and descent, in CSS pixels.
    func measure(_ text: String, font: Font) -> TextSize
}

public struct TextSize: Sendable, Equatable {
    public var width: Double
    public var ascent: Double
    public var descent: Double
    public init(width: Double, ascent: Double, descent: Double) {
        self.width = width; self.ascent = ascent; self.descent = descent
    }
    public var height: Double { ascent + descent }
}

/// Every character 0.55 em wide (0.6 em bold), ascent 0.8 em, descent 0.2 em.
public struct EstimatingTextMeasurer: TextMeasurer {
    public init() {}
    public func measure(_ text: String, font: Font) -> TextSize {
        TextSize(width: Double(text.count) * font.size * (font.bold ? 0.6 : 0.55), ascent: font.size * 0.8, descent: font.size * 0.2)
    }
}
