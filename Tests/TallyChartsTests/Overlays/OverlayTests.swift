import Testing
@testable import TallyCharts

@Suite("Overlays: highlight, bands and indexes")
struct OverlayTests {
    func scene(_ spec: ChartSpec) throws -> Scene {
        try ChartLayout.scene(spec: spec, theme: .report, measurer: EstimatingTextMeasurer())
    }

    static var threeLines: ChartSpec {
        ChartSpec(kind: .line, title: "Three lists", source: "Test source", series: [
            SeriesData(id: "a", label: "First", points: [ChartFixtures.point(2016.5, 10), ChartFixtures.point(2020.5, 40)]),
            SeriesData(id: "b", label: "Second", points: [ChartFixtures.point(2016.5, 20), ChartFixtures.point(2020.5, 30)]),
            SeriesData(id: "c", label: "Third", points: [ChartFixtures.point(2016.5, 5), ChartFixtures.point(2020.5, 8)]),
        ], width: 800, height: 450)
    }

    func lineColours(_ s: Scene) -> Set<Color> {
        Set(s.items.compactMap { if case .polyline(_, let c, _, _) = $0 { return c } else { return nil } })
    }

    @Test func aHighlightedSeriesKeepsItsColourAndTheRestTurnGrey() throws {
        var spec = Self.threeLines
        spec.overlays = Overlays(highlight: ["b"])
        let colours = lineColours(try scene(spec))
        #expect(colours == [Theme.report.palette[1], OverlayMarks.grey(.report)])
    }

    @Test func aBandIsShadedBetweenItsDatesAndLabelled() throws {
        var spec = Self.threeLines
        spec.overlays = Overlays(bands: [Band(from: 2018, to: 2019, text: "A period")])
        let s = try scene(spec)
        let label = try #require(s.texts.first { $0.role == "band" })
        #expect(label.text == "A period")
        let shade = s.items.compactMap { item -> Rect? in
            if case .rect(let r, let c) = item, c == Theme.report.grid.with(alpha: 0.6) { return r } else { return nil }
        }
        #expect(shade.count == 1)
        #expect(label.bounds.x >= shade[0].x && label.bounds.y >= shade[0].y)
    }

    @Test func anIndexIsOneHundredAtItsDateForEverySeries() throws {
        var spec = Self.threeLines
        try RelativeIndex.apply(to: &spec, year: 2016, month: nil, day: nil)
        #expect(spec.series.map { $0.points[0].value } == [100, 100, 100])
        #expect(spec.series.map { $0.points[1].value } == [400, 150, 160])
        #expect(spec.notes.first == "Index: each series' figure for 2016 = 100.")
    }

    @Test func anIndexNeedsAFigureWithinTheDatesPrecision() {
        var spec = Self.threeLines
        #expect { try RelativeIndex.apply(to: &spec, year: 2018, month: nil, day: nil) } throws: {
            ($0 as? ChartSpecError)?.message.contains("'First' has no figure published for 2018") == true
        }
        // A figure dated only to a year is not a figure of one of its months.
        #expect { try RelativeIndex.apply(to: &spec, year: 2016, month: 7, day: nil) } throws: {
            ($0 as? ChartSpecError)?.message.contains("no figure published for Jul 2016") == true
        }
    }

    @Test func overlaysFromASpecAreCheckedAndMadeSafe() throws {
        var spec = Self.threeLines
        spec.overlays = Overlays(highlight: ["nobody"])
        #expect(throws: ChartSpecError.self) { try spec.validate() }
        spec.overlays = Overlays(bands: [Band(from: 2019, to: 2018, text: "backwards")])
        #expect(throws: ChartSpecError.self) { try spec.validate() }
        spec.overlays = Overlays(bands: [Band(from: 2018, to: 2019, text: "bidi \u{202E}text")])
        #expect(spec.withSafeText().overlays?.bands[0].text != "bidi \u{202E}text")
    }
}
