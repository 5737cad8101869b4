import Testing
@testable import TallyCharts

@Suite("Headline cards")
struct CardLayoutTests {
    func scene(_ spec: ChartSpec) throws -> Scene {
        try ChartLayout.scene(spec: spec, theme: .press, measurer: EstimatingTextMeasurer())
    }

    static func card(last: DataPoint.Qualifier = .exact, width: Double = 1200, height: Double = 675) -> ChartSpec {
        ChartSpec(kind: .card, title: "Recognised political prisoners", source: "Test source", series: [
            SeriesData(id: "total", label: "Total", points: [
                DataPoint(time: 2016.5, year: 2016, value: 100), DataPoint(time: 2024.5, year: 2024, month: 7, value: 767),
                DataPoint(time: 2025.8, year: 2025, month: 10, value: 1262, qualifier: last),
            ]),
        ], width: width, height: height)
    }

    @Test func theNumberItsDateAndItsChange() throws {
        let s = try scene(Self.card())
        #expect(s.texts.first { $0.role == "headline" }?.text == "1,262")
        #expect(s.texts.first { $0.role == "headline-date" }?.text == "Oct 2025")
        #expect(s.texts.filter { $0.role == "headline-change" }.map(\.text).joined(separator: " ") == "+495 since the previous figure (Jul 2024)")
        // The sparkline from zero, its first and last dates named.
        #expect(s.texts.filter { $0.role == "tick-x" }.map(\.text) == ["2016", "Oct 2025"])
        #expect(s.texts.contains { $0.role == "tick-y" && $0.text == "0" })
    }

    @Test func noDifferenceIsComputedFromABound() throws {
        let s = try scene(Self.card(last: .atLeast))
        #expect(s.texts.filter { $0.role == "headline-change" }.map(\.text).joined(separator: " ") == "previous figure: 767 (Jul 2024)")
    }

    @Test func squareAndStoryCardsStackTheSparklineUnderTheNumber() throws {
        for (w, h) in [(1080.0, 1080.0), (1080.0, 1920.0)] {
            let s = try scene(Self.card(width: w, height: h))
            let number = s.texts.first { $0.role == "headline" }!
            let ticks = s.texts.filter { $0.role == "tick-x" }
            #expect(ticks.allSatisfy { $0.bounds.y > number.bounds.maxY })
            #expect(number.bounds.maxX <= w)
        }
    }
}
