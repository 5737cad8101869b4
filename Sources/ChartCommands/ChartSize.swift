import ArgumentParser
import TallyCharts

/// A chart's size in CSS pixels, and the PNG scale that goes with it.
/// Presets: social 1200x675, square 1080x1080, story 1080x1920, report (a print column:
/// 88 mm wide at 300 dpi, 4:3, made taller by the layout when its text needs it), report:WIDTHmm (30 to 500 mm), or any WxH with W and H finite
/// numbers of CSS pixels, W from 200 and H from 150, each at most 16384 (`ChartLimits`).
struct ChartSize: ExpressibleByArgument, Equatable, CustomStringConvertible {
    var width: Double
    var height: Double
    /// PNG pixels per CSS pixel when --scale is not given (300 dpi for print presets).
    var defaultScale: Double

    /// Print column widths accepted by `report:WIDTHmm`.
    static let millimetreRange: ClosedRange<Double> = 30...500

    init(width: Double, height: Double, defaultScale: Double = 1) {
        self.width = width
        self.height = height
        self.defaultScale = defaultScale
    }

    init?(argument: String) {
        guard let size = try? Self.parse(argument) else { return nil }
        self = size
    }

    /// The size an argument names, or an error saying what is accepted.
    static func parse(_ argument: String) throws(ValidationError) -> ChartSize {
        switch argument {
        case "social": return ChartSize(width: 1200, height: 675)
        case "square": return ChartSize(width: 1080, height: 1080)
        case "story": return ChartSize(width: 1080, height: 1920)
        case "report": return ChartSize(millimetres: 88)
        default: break
        }
        if argument.hasPrefix("report:") {
            guard argument.hasSuffix("mm"), let mm = Double(argument.dropFirst(7).dropLast(2)), mm.isFinite,
                  millimetreRange.contains(mm) else {
                throw ValidationError("give report:WIDTHmm with a width from \(Int(millimetreRange.lowerBound)) to \(Int(millimetreRange.upperBound)) mm")
            }
            return ChartSize(millimetres: mm)
        }
        let parts = argument.lowercased().split(separator: "x", omittingEmptySubsequences: false)
        let max = ChartLimits.maximumSide
        guard parts.count == 2, let w = Double(parts[0]), let h = Double(parts[1]), w.isFinite, h.isFinite,
              w >= ChartLimits.minimumWidth, h >= ChartLimits.minimumHeight, w <= max, h <= max else {
            throw ValidationError("give social, square, story, report, report:WIDTHmm or WxH in CSS pixels, "
                + "W from \(Int(ChartLimits.minimumWidth)) and H from \(Int(ChartLimits.minimumHeight)) to \(Int(max)) px a side")
        }
        return ChartSize(width: w, height: h)
    }

    /// A print column `mm` wide, 4:3, drawn at 300 dpi: CSS px are 1/96 in.
    init(millimetres mm: Double) {
        let px = mm / 25.4 * 96
        self.init(width: (px * 100).rounded() / 100, height: (px * 0.75 * 100).rounded() / 100, defaultScale: 300.0 / 96)
    }

    static let social = ChartSize(width: 1200, height: 675)

    /// As `--help` and messages name it: "social (1200x675)", "report (333x249 CSS px at 300 dpi)".
    var description: String {
        let named = ["social": ChartSize.social, "square": ChartSize(width: 1080, height: 1080),
                     "story": ChartSize(width: 1080, height: 1920), "report": ChartSize(millimetres: 88)]
        let dimensions = "\(Self.pixels(width))x\(Self.pixels(height))"
        let dpi = defaultScale == 1 ? "" : " CSS px at \(Int((defaultScale * 96).rounded())) dpi"
        guard let name = named.first(where: { $0.value == self })?.key else { return dimensions + dpi }
        return "\(name) (\(dimensions)\(dpi))"
    }

    static func pixels(_ v: Double) -> String { v == v.rounded() ? String(Int(v)) : String(v) }

    static var allValueStrings: [String] { ["social", "square", "story", "report", "report:120mm", "1600x900"] }
}
