import ArgumentParser
import TallyCharts
import TallyCLI
import TallyData

/// What any chart may draw over its marks: a highlighted series, shaded periods, and every
/// series as an index of one date. Each is refused (64) on the kinds where it cannot mean anything,
/// with the reason.
public struct OverlayOptions: ParsableArguments {
    public init() {}

    @Option(name: .long, help: "A category (or group) drawn in colour, the others in grey (repeatable).")
    var highlight: [String] = []

    @Option(name: .long, help: ArgumentHelp(
        "A shaded period with its label, as FROM:TO=TEXT, e.g. '2022-02:2022-12=first year of the invasion' (repeatable).",
        discussion: "Dates as YYYY, YYYY-MM or YYYY-MM-DD: from the start of FROM's period to the end of TO's.",
        valueName: "FROM:TO=TEXT"))
    var band: [String] = []

    @Option(name: .customLong("relative-to"), help: ArgumentHelp(
        "Draw each series as an index, 100 at its figure for this date (YYYY, YYYY-MM or YYYY-MM-DD).",
        discussion: "Every series must have exactly one figure published within the date's precision; otherwise the chart is refused and says which series has none."))
    var relativeTo: PartialDate?

    var isEmpty: Bool { highlight.isEmpty && band.isEmpty && relativeTo == nil }

    public func validate() throws {
        if band.count > ChartLimits.maximumAnnotations {
            throw ValidationError("--band: \(band.count) bands, at most \(ChartLimits.maximumAnnotations)")
        }
        for b in band where Self.parseBand(b) == nil {
            throw ValidationError("--band \(SafeText.clean(String(b.prefix(80)))): give FROM:TO=TEXT, e.g. '2022-02:2022-12=first year of the invasion', with TO not before FROM")
        }
    }

    static func parseBand(_ text: String) -> Band? {
        guard let eq = text.firstIndex(of: "="), let colon = text[..<eq].firstIndex(of: ":"),
              let from = PartialDate(String(text[..<colon])), let to = PartialDate(String(text[text.index(after: colon)..<eq])),
              !(to.last < from.first) else { return nil }
        let label = String(text[text.index(after: eq)...])
        guard !label.isEmpty, label.unicodeScalars.count <= ChartLimits.maximumLabelLength else { return nil }
        // From the first day's start to the last day's end.
        let halfDay = 0.5 / 365.25
        return Band(from: from.first.decimalYear - halfDay, to: to.last.decimalYear + halfDay, text: label)
    }

    /// Applies the overlays to a spec built from `data`; refuses what the kind cannot show.
    func apply(to spec: inout ChartSpec, in data: Dataset) throws {
        guard !isEmpty else { return }
        let kind = spec.kind
        if !band.isEmpty, ![.line, .facets].contains(kind) {
            throw CommandError.usage("--band: a \(kind.rawValue) chart has no time axis to shade; draw it on chart line or chart facets")
        }
        if !highlight.isEmpty, [.waffle, .card].contains(kind) {
            throw CommandError.usage("--highlight: a \(kind.rawValue) shows one series; there is nothing to set it apart from")
        }
        if relativeTo != nil, ![.line, .facets, .slope].contains(kind) {
            throw CommandError.usage("--relative-to: an index of each part does not stack or share; use it with chart line, facets or slope")
        }
        var overlays = spec.overlays ?? Overlays()
        overlays.bands += band.compactMap(Self.parseBand)
        for name in highlight {
            overlays.highlight.append(try Self.seriesID(name, in: spec, data: data))
        }
        spec.overlays = overlays
        if let date = relativeTo {
            do {
                try RelativeIndex.apply(to: &spec, year: date.year, month: date.month, day: date.day)
            } catch {
                throw CommandError.usage(error.message)
            }
        }
    }

    /// The drawn series `name` means: a series id, a category (as --category finds it) or a group
    /// (its id, or its headline series).
    static func seriesID(_ name: String, in spec: ChartSpec, data: Dataset) throws -> String {
        if spec.series.contains(where: { $0.id == name }) { return name }
        if let c = try? data.resolveCategory(name), spec.series.contains(where: { $0.id == c.id }) { return c.id }
        if let g = try? data.resolveGroup(name) {
            if spec.series.contains(where: { $0.id == g.id }) { return g.id }
            if let h = g.headline, spec.series.contains(where: { $0.id == h }) { return h }
        }
        let drawn = spec.series.prefix(10).map(\.id).joined(separator: ", ")
        throw CommandError.usage("--highlight \(SafeText.clean(String(name.prefix(80)))): not a series of this chart; name one of \(drawn)")
    }
}
