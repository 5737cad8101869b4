import Foundation
import Testing
@testable import TallyCharts

@Suite("Small multiples")
struct FacetsLayoutTests {
    func scene(_ spec: ChartSpec) throws -> Scene {
        try ChartLayout.scene(spec: spec, theme: .report, measurer: EstimatingTextMeasurer())
    }

    /// The box of the panel whose title is `title`: from its title down to the next row (or the footer).
    func panelTexts(_ scene: Scene, below title: String) -> (title: TextRun, box: Rect)? {
        guard let t = scene.texts.first(where: { $0.role == "panel-title" && $0.text == title }) else { return nil }
        let titles = scene.texts.filter { $0.role == "panel-title" }
        let nextRow = titles.map(\.bounds.y).filter { $0 > t.bounds.maxY }.min()
            ?? (scene.texts.filter { ["note", "source", "key"].contains($0.role) }.map(\.bounds.y).min() ?? scene.height)
        let right = titles.map(\.bounds.x).filter { $0 > t.bounds.x + 1 }.min() ?? scene.width
        return (t, Rect(x: t.bounds.x, y: t.bounds.y, width: right - t.bounds.x, height: nextRow - t.bounds.y))
    }

    @Test func aGroupWithNoCountIsAPanelSayingSoNeverAZeroLine() throws {
        let s = try scene(FacetsFixtures.threeGroupsOneWithoutACount)
        let (_, box) = try #require(panelTexts(s, below: "Defenders"))
        let inside = { (p: Point) in p.x >= box.x && p.x <= box.maxX && p.y >= box.y && p.y <= box.maxY }
        #expect(s.texts.contains { $0.role == "no-count" && $0.text == "no count published" && inside(Point($0.x, $0.y)) })
        // Nothing in that panel could be read as a value: no tick label, no line, no marker, no bar.
        #expect(!s.texts.contains { $0.role.hasPrefix("tick") && inside(Point($0.bounds.x, $0.bounds.y)) })
        for item in s.items {
            switch item {
            case .polyline(let pts, _, _, _): #expect(!pts.contains(where: inside))
            case .line(let a, let b, _, _, _): #expect(!(inside(a) && inside(b)))
            case .marker(let p, _, _, _, _): #expect(!inside(p))
            default: break
            }
        }
        #expect(AltText.describe(FacetsFixtures.threeGroupsOneWithoutACount).contains("Defenders: no count published."))
    }

    @Test func countsOverAPeriodAreBarsNotALine() throws {
        let s = try scene(FacetsFixtures.threeGroupsOneWithoutACount)
        let (_, box) = try #require(panelTexts(s, below: "Prosecuted"))
        let inside = { (p: Point) in p.x >= box.x && p.x <= box.maxX && p.y >= box.y && p.y <= box.maxY }
        let bars = s.items.filter { if case .rect(let r, _) = $0 { return inside(Point(r.x, r.y)) && r.height > 1 } else { return false } }
        #expect(bars.count == 3)
        #expect(!s.items.contains { if case .polyline(let pts, _, _, _) = $0 { return pts.contains(where: inside) } else { return false } })
        // The lower bound keeps its hollow triangle on its bar.
        #expect(s.items.contains { if case .marker(let p, .hollowTriangle, _, _, _) = $0 { return inside(p) } else { return false } })
    }

    @Test func sharedAxesEndAtOneMaximumFreeAxesAtEach() throws {
        func topTicks(_ spec: ChartSpec) throws -> [String] {
            let s = try scene(spec)
            let ticks = s.texts.filter { $0.role == "tick-y" }
            // The highest label of each panel: grouped by the panel's left edge.
            return Dictionary(grouping: ticks, by: { Int($0.x) }).values.map { $0.min { $0.y < $1.y }!.text }.sorted()
        }
        #expect(try topTicks(FacetsFixtures.twoLists(.shared)) == ["800", "800"])
        #expect(try topTicks(FacetsFixtures.twoLists(.free)) == ["80", "800"])
    }

    @Test func oneScaleForBarsAndLinesIsRefused() {
        var spec = FacetsFixtures.threeGroupsOneWithoutACount
        spec.facets?.yAxes = .shared
        #expect(throws: ChartSpecError.self) { try scene(spec) }
    }

    @Test func panelsThatCannotFitAreRefusedWithWhatToDo() {
        var spec = FacetsFixtures.twoLists(.free)
        spec.series = (0..<30).map { SeriesData(id: "s\($0)", label: "Series \($0)", points: [FacetsFixtures.point(2020.5, 1)]) }
        spec.width = 400
        spec.height = 300
        #expect { try scene(spec) } throws: { ($0 as? ChartSpecError)?.message.contains("use a larger --size") == true }
    }

    @Test func gridFollowsTheChartsShape() {
        func shape(_ n: Int, _ w: Double, _ h: Double) -> [Int] { let g = FacetGrid(count: n, width: w, height: h); return [g.columns, g.rows] }
        #expect(shape(5, 1136, 420) == [3, 2])
        #expect(shape(5, 1000, 1500) == [2, 3])
        #expect(shape(1, 800, 400) == [1, 1])
        #expect(shape(4, 1000, 500) == [2, 2])
    }

    @Test func aSpecNamesItsPanelsInANestedObject() throws {
        let json = """
            {"kind": "facets", "title": "T", "source": "S", "series": [{"id": "a", "label": "A", "points": [{"time": 2020.5, "value": 3}]}],
             "facets": {"yAxes": "shared", "panels": [{"title": "A panel", "caption": "Body · count on a date", "marks": "bars"}]}}
            """
        let spec = try JSONDecoder().decode(ChartSpec.self, from: Data(json.utf8))
        #expect(spec.facets == FacetsOptions(yAxes: .shared, panels: [FacetPanel(title: "A panel", caption: "Body · count on a date", marks: .bars)]))
        let bad = json.replacingOccurrences(of: "\"shared\"", with: "\"same\"")
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(ChartSpec.self, from: Data(bad.utf8)) }
    }
}
