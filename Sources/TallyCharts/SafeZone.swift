/// The bands of a story-format chart that the platform covers with its own overlays (Instagram
/// and others draw the account name at the top and the reply field at the bottom): the top and
/// bottom 250 px of 1920, scaled to the chart's height. Nothing but the background is drawn
/// there. Charts that are not stories have none.
public struct SafeZone: Sendable, Equatable {
    /// Height of the band at the top and of the band at the bottom, in CSS px.
    public var top: Double
    public var bottom: Double

    public init(width: Double, height: Double) {
        let band = TypeScale(width: width, height: height).format == .story ? height * 250 / 1920 : 0
        top = band
        bottom = band
    }

    /// Where a logo goes: at the bottom right of the area text may use, `height` tall and four
    /// times as wide, `margin` from the edges (and clear of the bottom band).
    public func logoFrame(width: Double, height: Double, logoHeight: Double, margin: Double) -> Rect {
        Rect(x: width - margin - 4 * logoHeight, y: height - bottom - logoHeight - margin * 0.4,
             width: 4 * logoHeight, height: logoHeight)
    }
}
