/// The bounds every chart input is checked against before it is used (issue 11: chart specs,
/// theme files and command-line text come from other people). Each limit is far above what a
/// readable chart needs, and low enough that no input can exhaust memory or time: layout work is
/// then bounded by `maximumSeries` x `maximumPointsPerSeries`, and drawing by `maximumPixels`.
public enum ChartLimits {
    // MARK: - Size and scale

    /// Smallest chart, in CSS pixels: below this the text cannot fit.
    public static let minimumWidth = 200.0
    public static let minimumHeight = 150.0
    /// Largest side of a drawn image, in pixels at the scale actually drawn (PNG: CSS px x scale;
    /// SVG and PDF: CSS px). Cairo's image surfaces stop at 32767.
    public static let maximumSide = 16384.0
    /// Largest drawn image in pixels (64 Mpx: a 256 MiB ARGB surface).
    public static let maximumPixels = 64.0 * 1024 * 1024
    /// PNG pixels per CSS pixel accepted by `--scale`.
    public static let scaleRange: ClosedRange<Double> = 0.25...8

    // MARK: - Data

    /// Series in one chart: more cannot be told apart (colours, labels) and layout compares
    /// series pairwise.
    public static let maximumSeries = 40
    /// Points in one series (a daily series over 27 years).
    public static let maximumPointsPerSeries = 10_000
    /// Points in all series together. Every point is a marker drawn at the full pixel size: 70,000
    /// marked points on an 8000 px canvas took minutes, 20,000 take seconds.
    public static let maximumPoints = 20_000
    /// Annotations on one chart.
    public static let maximumAnnotations = 100
    /// Notes under one chart.
    public static let maximumNotes = 20
    /// Names listed as having no data (a footer line each few names).
    public static let maximumNoData = 200
    /// Years a date may have (the calendar Tally's dates use).
    public static let yearRange: ClosedRange<Int> = 1...9999
    /// Decimal years a point's `time` may have.
    public static let timeRange: ClosedRange<Double> = 1...10_000
    /// Largest magnitude of a value: far above any count, small enough that sums of
    /// `maximumSeries` values stay exact in a Double and print as digits.
    public static let maximumValueMagnitude = 1e12
    /// Smallest magnitude of a non-zero value (a log axis down to 1e-300 would need 300 decades).
    public static let minimumNonzeroMagnitude = 1e-6
    /// Ticks on one axis candidate: more labels than this never fit on `maximumSide` pixels.
    public static let maximumTicks = 1000

    // MARK: - Text

    /// Characters in a title, subtitle, source line or note.
    public static let maximumTextLength = 1000
    /// Characters in a series id or label, an annotation, a no-data name or a focus id.
    public static let maximumLabelLength = 200
    /// Characters in the alt text.
    public static let maximumAltTextLength = 10_000

    // MARK: - Files

    /// Bytes in a chart spec file (a spec at every limit above is about this size).
    public static let maximumSpecBytes = 8 * 1024 * 1024
    /// Bytes in a theme file.
    public static let maximumThemeBytes = 64 * 1024
    /// Colours in a theme file's palette (`maximumSeries`: one each).
    public static let maximumPaletteColours = maximumSeries
    /// Characters in a theme's font family list.
    public static let maximumFontFamilyLength = 200
    /// Theme font sizes, in CSS px for a chart 1200 px wide.
    public static let fontSizeRange: ClosedRange<Double> = 4...200
    /// Theme line widths and marker sizes, in CSS px.
    public static let lineWidthRange: ClosedRange<Double> = 0.25...50
    /// Theme margin, in CSS px.
    public static let marginRange: ClosedRange<Double> = 0...200

    /// The pixels of an image `width` x `height` CSS px drawn at `scale`, checked against
    /// `maximumSide` and `maximumPixels`; nil when it may be drawn, else what is wrong.
    /// Callers raise it as a usage error (exit 64: the size asked for is the problem); no one
    /// reads the message to decide that.
    public static func pixelProblem(width: Double, height: Double, scale: Double) -> String? {
        let w = width * scale, h = height * scale
        guard w.isFinite, h.isFinite, w > 0, h > 0 else {
            return "size \(width)x\(height) at scale \(scale) is not a drawable size (at most \(Int(maximumSide)) px a side)"
        }
        if w > maximumSide || h > maximumSide {
            return "size \(pixels(w))x\(pixels(h)) px is over \(Int(maximumSide)) px a side; use a smaller --size or --scale"
        }
        if w * h > maximumPixels {
            return "size \(pixels(w))x\(pixels(h)) px is \(Int(w * h / 1_048_576)) Mpx, over \(Int(maximumPixels / 1_048_576)) Mpx in all (and \(Int(maximumSide)) px a side); use a smaller --size or --scale"
        }
        return nil
    }

    /// A pixel count for a message: whole when it fits an integer, else as the number it is
    /// (converting 1e19 to Int would trap).
    static func pixels(_ v: Double) -> String {
        abs(v) < 1e15 ? String(Int(v.rounded())) : "\(v)"
    }
}
