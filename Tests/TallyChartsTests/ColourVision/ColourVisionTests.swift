import Testing
@testable import TallyCharts

@Suite("Colour-vision check")
struct ColourVisionTests {
    /// The Swift simulation against the Python reference (scripts/reference/colour_vision.py),
    /// every pair of the Okabe-Ito palette under each vision, to 0.01 ΔE.
    @Test func differencesMatchTheIndependentReference() throws {
        for row in OkabeItoDeltas.rows {
            let vision = try #require(Vision(rawValue: row.vision == "normal" ? "typical" : row.vision))
            let d = vision.difference(Color(hex: row.first)!, Color(hex: row.second)!)
            #expect(abs(d - row.deltaE) < 0.01, "\(row.vision) \(row.first) \(row.second): \(d), reference \(row.deltaE)")
        }
    }

    @Test func theDefaultPaletteHasNoPairAlike() {
        let check = ColourCheck(colours: Palette.okabeIto.enumerated().map { ("c\($0.offset)", $0.element) })
        #expect(check.alike().isEmpty)
    }

    /// Red and green of equal lightness: apart for typical vision, alike for a deuteranope.
    @Test func redAndGreenAreNamedForDeuteranopia() {
        let check = ColourCheck(colours: [("Arrested", Color(hex: "#C0504D")!), ("Released", Color(hex: "#6E8B3D")!)])
        let alike = check.alike()
        #expect(!alike.contains { $0.vision == .typical })
        #expect(alike.contains { $0.vision == .deuteranopia && $0.first == "Arrested" && $0.second == "Released" })
        #expect(alike.first { $0.vision == .deuteranopia }!.description.contains("'Arrested' and 'Released' become alike"))
    }

    @Test func twoBluesAreAlikeEvenForTypicalVision() {
        let check = ColourCheck(colours: [("A", Color(hex: "#1F77B4")!), ("B", Color(hex: "#2A7FBA")!)])
        #expect(check.alike().contains { $0.vision == .typical })
    }

    @Test func theColoursCheckedAreThoseDrawn() {
        var spec = ChartFixtures.qualifiedWithGap
        spec.series.append(SeriesData(id: "empty", label: "No figures", points: []))
        spec.series.append(SeriesData(id: "second", label: "Second", points: [ChartFixtures.point(2020.5, 3)]))
        let check = ColourCheck(spec: spec, theme: .report)
        #expect(check.colours.map(\.label) == ["Total", "Second"])
        #expect(check.colours.map(\.colour) == [Palette.okabeIto[0], Palette.okabeIto[2]])
        spec.kind = .facets
        #expect(ColourCheck(spec: spec, theme: .report).colours.isEmpty)
    }
}
