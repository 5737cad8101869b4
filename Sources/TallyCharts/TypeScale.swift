/// How large type and spacing are for a chart's size: one factor multiplies the theme's sizes
/// (CSS px for a chart 1200 px wide) and its spacing, with a floor under each role.
///
/// - Screen (social, square, any WxH): the factor follows the size, min(W/1200, H/560), from
///   0.45 to 1.6, as a chart scaled on a page would.
/// - Story (at least 1.5 times as tall as wide, e.g. 1080x1920): seen full screen on a phone,
///   where 1080 px are about 390 pt wide, so type is 1.75 times the 1200-px sizes at 1080 px
///   (the report theme's ticks 28 px, about 10 pt on the phone; the title 52 px, about 19 pt).
/// - Print (under 500 CSS px wide, 132 mm: a report column, e.g. 88 mm = 333 px, at 300 dpi):
///   type is set in points as print is, whatever the column's width: with the report theme the
///   title 9 pt, subtitle 7.5 pt, labels 7 pt, ticks 6.5 pt, footer 6 pt (1 CSS px = 0.75 pt).
public struct TypeScale: Sendable, Equatable {
    public enum Format: String, Sendable { case screen, story, print }

    public var format: Format
    /// Theme sizes are multiplied by this.
    public var factor: Double

    public init(width: Double, height: Double) {
        if height >= 1.5 * width {
            format = .story
            factor = 1.75 * width / 1080
        } else if width < 500 {
            format = .print
            factor = 0.4
        } else {
            format = .screen
            factor = min(max(min(width / 1200, height / 560), 0.45), 1.6)
        }
    }

    /// The smallest size, in CSS px, of a role's type: on screen 8 px (6 pt, the smallest a
    /// source line should have), in print the point sizes above.
    public func minimum(_ role: Role) -> Double {
        switch (format, role) {
        case (.print, .title): return 12
        case (.print, .subtitle): return 10
        case (.print, .label): return 7 / 0.75
        case (.print, .tick): return 6.5 / 0.75
        case (.print, .footer): return 8
        case (_, .title): return 11
        case (_, .subtitle), (_, .label): return 9
        case (_, .tick), (_, .footer): return 8
        }
    }

    public enum Role: Sendable { case title, subtitle, label, tick, footer }
}
