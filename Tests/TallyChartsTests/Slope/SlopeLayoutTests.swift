import Testing
@testable import TallyCharts

@Suite("Slope charts")
struct SlopeLayoutTests {
    func scene(_ spec: ChartSpec) throws -> Scene {
        try ChartLayout.scene(spec: spec, theme: .report, measurer: EstimatingTextMeasurer())
    }

    static func point(_ y: Int, _ m: Int, _ v: Double, _ q: DataPoint.Qualifier = .exact) -> DataPoint {
        DataPoint(time: Double(y) + (Double(m) - 0.5) / 12, year: y, month: m, value: v, qualifier: q)
    }

    static var twoLists: ChartSpec {
        ChartSpec(kind: .slope, title: "Two lists", source: "Test source", series: [
            SeriesData(id: "a", label: "General list", points: [point(2018, 3, 46), point(2020, 1, 60), point(2023, 10, 185)]),
            SeriesData(id: "b", label: "Religious list", points: [point(2018, 3, 97), point(2023, 10, 420, .approx)]),
        ], width: 800, height: 450)
    }

    @Test func bothDatesAreNamedAndEachSideCarriesItsFigure() throws {
        let s = try scene(Self.twoLists)
        let heads = s.texts.filter { $0.role == "tick-x" }.map(\.text)
        #expect(heads == ["Mar 2018", "Oct 2023"])
        #expect(s.texts.filter { $0.role == "label-start" }.map(\.text).sorted() == ["General list  46", "Religious list  97"])
        #expect(s.texts.filter { $0.role == "label-end" }.map(\.text).sorted() == ["185", "~420"])
        // The approximate figure keeps its hollow marker.
        #expect(s.items.contains { if case .marker(_, .hollowCircle, _, _, _) = $0 { return true } else { return false } })
    }

    @Test func seriesOfDifferentDatesNameTheirOwn() throws {
        var spec = Self.twoLists
        spec.series[1].points[0] = Self.point(2019, 6, 100)
        let s = try scene(spec)
        #expect(s.texts.filter { $0.role == "tick-x" }.map(\.text) == ["First figure", "Oct 2023"])
        #expect(s.texts.contains { $0.role == "label-start" && $0.text == "Religious list  100 (Jun 2019)" })
    }

    @Test func labelsNeverOverlap() throws {
        var spec = Self.twoLists
        spec.series[1].points = [Self.point(2018, 3, 47), Self.point(2023, 10, 186)]
        let labels = try scene(spec).texts.filter { $0.role.hasPrefix("label") }
        for (i, a) in labels.enumerated() { for b in labels[(i + 1)...] { #expect(!a.bounds.intersects(b.bounds), "\(a.text) / \(b.text)") } }
    }

    @Test func aSingleFigureHasNoSlope() {
        var spec = Self.twoLists
        spec.series = [SeriesData(id: "a", label: "One", points: [Self.point(2020, 1, 5)])]
        #expect { try scene(spec) } throws: { ($0 as? ChartSpecError)?.message.contains("two figures or more") == true }
        #expect(SlopeStrings.oneFigure(["One"], .en) == "One published figure only, so no slope: One.")
    }
}
