import ArgumentParser

/// A chart's size in CSS pixels, and the PNG scale that goes with it.
/// Presets: social 1200x675, square 1080x1080, story 1080x1920, report (a print column:
/// 88 mm wide at 300 dpi, 4:3), report:WIDTHmm, or any WxH.
struct ChartSize: ExpressibleByArgument, Equatable {
    var width: Double
    var height: Double
    /// PNG pixels per CSS pixel when --scale is not given (300 dpi for print presets).
    var defaultScale: Double

    init(width: Double, height: Double, defaultScale: Double = 1) {
        self.width = width
        self.height = height
        self.defaultScale = defaultScale
    }

    init?(argument: String) {
        switch argument {
        case "social": self.init(width: 1200, height: 675)
        case "square": self.init(width: 1080, height: 1080)
        case "story": self.init(width: 1080, height: 1920)
        case "report": self.init(millimetres: 88)
        default:
            if argument.hasPrefix("report:"), argument.hasSuffix("mm"),
               let mm = Double(argument.dropFirst(7).dropLast(2)), mm >= 30, mm <= 500 {
                self.init(millimetres: mm)
                return
            }
            let parts = argument.lowercased().split(separator: "x")
            guard parts.count == 2, let w = Double(parts[0]), let h = Double(parts[1]), w > 0, h > 0 else { return nil }
            self.init(width: w, height: h)
        }
    }

    /// A print column `mm` wide, 4:3, drawn at 300 dpi: CSS px are 1/96 in.
    init(millimetres mm: Double) {
        let px = mm / 25.4 * 96
        self.init(width: (px * 100).rounded() / 100, height: (px * 0.75 * 100).rounded() / 100, defaultScale: 300.0 / 96)
    }

    static var allValueStrings: [String] { ["social", "square", "story", "report", "report:120mm", "1600x900"] }
}
