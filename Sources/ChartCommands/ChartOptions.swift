import ArgumentParser
import TallyCharts
import TallyCLI
import TallyData
import TallyRender

/// The look and the outputs, shared by every chart command.
public struct ChartOptions: ParsableArguments {
    public init() {}

    @Option(name: .long, help: "Title (default: the series' label).")
    var title: String?

    @Option(name: .long, help: "Subtitle (default: the date range).")
    var subtitle: String?

    @Option(name: .long, help: "A note under the chart (repeatable).")
    var note: [String] = []

    @Option(name: .long, help: "report, press or dark, or a theme file (JSON).")
    var theme: String = "report"

    // Optional, so that `chart render` can tell an option given from its default and let the
    // command line override the spec (`size`, `locale` give the defaults).
    @Option(name: .customLong("size"), help: ArgumentHelp(
        "social (1200x675, the default), square (1080x1080), story (1080x1920), report (88 mm print column at 300 dpi, 4:3 or taller when its text needs it), report:WIDTHmm, or WxH in CSS pixels (200x150 to 16384 a side).",
        valueName: "size"),
            transform: { try ChartSize.parse($0) })
    var sizeGiven: ChartSize?

    @Option(name: .long, help: "PNG pixels per CSS pixel: 1, 2 or 3 (default 1; 300 dpi for report sizes).")
    var scale: Double?

    @Option(name: .customLong("locale"), help: ArgumentHelp("Language of labels, numbers and dates: en (the default), fr, ru or uk.", valueName: "locale"))
    var localeGiven: ChartLocale?

    /// The size asked for, else social (1200x675).
    var size: ChartSize { sizeGiven ?? .social }

    /// The language asked for, else English.
    var locale: ChartLocale { localeGiven ?? .en }

    @Flag(name: .long, help: "PNG with a transparent background.")
    var transparent = false

    @Option(name: .long, help: "A PNG logo drawn in the footer.")
    var logo: String?

    @Option(name: .long, help: "Alt text (default: written from the data).")
    var alt: String?

    @Option(name: .long, help: "Output file: .png, .svg or .pdf (repeatable; at least one).")
    var out: [String] = []

    @Option(name: .customLong("svg-text"), help: "SVG text as glyph outlines (looks the same everywhere) or editable <text> in named layers (for Illustrator, Inkscape, Figma): outlines or editable (default outlines, or a spec's svgText).")
    var svgText: SVGTextStyle?

    public func validate() throws {
        for path in out where ChartFormat(path: path) == nil {
            throw ValidationError("--out \(SafeText.clean(path)): unknown format; end the name with .png, .svg or .pdf")
        }
        if let scale, !Self.scales.contains(scale) {
            throw ValidationError("--scale \(SafeText.clean(String(scale))): expected 1, 2 or 3 PNG pixels per CSS pixel (a report size is drawn at 300 dpi without --scale)")
        }
        if let problem = ChartLimits.pixelProblem(width: size.width, height: size.height, scale: pngScale) {
            throw ValidationError("--size and --scale: " + problem)
        }
        try checkTextLengths()
    }

    /// Command-line text is bounded like a spec's (`ChartLimits`), and refused as wrong usage.
    func checkTextLengths() throws(ValidationError) {
        var texts: [(String, String?, Int)] = [("--title", title, ChartLimits.maximumTextLength),
                                               ("--subtitle", subtitle, ChartLimits.maximumTextLength),
                                               ("--alt", alt, ChartLimits.maximumAltTextLength),
                                               ("--logo", logo, ChartLimits.maximumTextLength)]
        texts += note.map { ("--note", $0, ChartLimits.maximumTextLength) }
        if note.count > ChartLimits.maximumNotes {
            throw ValidationError("--note: \(note.count) notes, at most \(ChartLimits.maximumNotes)")
        }
        for (option, text, limit) in texts {
            if let text, text.utf8.count > limit, text.unicodeScalars.count > limit {
                throw ValidationError("\(option): \(text.count) characters, at most \(limit); shorten it")
            }
        }
    }

    /// The scales `--scale` accepts: screen densities (1x, 2x, 3x); print sizes have their own.
    static let scales: Set<Double> = [1, 2, 3]

    var pngScale: Double { scale ?? size.defaultScale }

    func resolvedTheme() throws -> Theme {
        if let builtIn = Theme.builtIn[theme] { return builtIn }
        try Self.admit(theme)
        return try ThemeFileReader.load(theme)
    }

    /// In a notebook, a theme or logo must be a file in the notebook's folder, and is recorded in
    /// its provenance (`ReadBoundary`); elsewhere this only returns. Exit 66 like a missing file.
    static func admit(_ path: String) throws {
        do {
            try ReadBoundary.admit(path)
        } catch {
            throw CommandError.missingInput("\(error)")
        }
    }

    /// Refuses a logo that is missing (66), too large, not a PNG or declaring too many pixels
    /// (65), before anything is drawn (`LogoFile`).
    func checkLogo(_ path: String?) throws {
        guard let path else { return }
        try Self.admit(path)
        // Read here rather than through `LogoFile.read`, so that a missing file (66) is told
        // from a bad one (65) by the read's own error, not by its wording.
        let bytes = try CappedFile.read(path, limit: LogoFile.maximumBytes, what: "logo")
        do {
            try LogoFile.check(bytes)
        } catch {
            throw CommandError.data("\(SafeText.clean(path)): \(error)")
        }
    }

    /// Refuses drawing at `scale` when the pixels would pass `ChartLimits` (64: the size and
    /// scale are the user's choice). The notebook draws PNGs at 2 whatever --scale says.
    func checkPixels(scale: Double) throws {
        if let problem = ChartLimits.pixelProblem(width: size.width, height: size.height, scale: scale) {
            throw CommandError.usage(problem)
        }
    }

    /// Applies the look options to a spec built from data or read from a file.
    func apply(to spec: inout ChartSpec) {
        spec.notes += note
        spec.transparent = transparent
        if let alt { spec.altText = alt }
        if let logo { spec.logo = logo }
    }
}

extension ChartLocale: ExpressibleByArgument {}
extension SVGTextStyle: ExpressibleByArgument {}
