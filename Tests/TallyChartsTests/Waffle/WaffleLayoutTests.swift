import Testing
@testable import TallyCharts

@Suite("Waffle charts")
struct WaffleLayoutTests {
    func scene(_ spec: ChartSpec) throws -> Scene {
        try ChartLayout.scene(spec: spec, theme: .report, measurer: EstimatingTextMeasurer())
    }

    static func people(_ n: Double, perCell: Int = 1, width: Double = 800, height: Double = 450) -> ChartSpec {
        var spec = ChartSpec(kind: .waffle, title: "People held", source: "Test source", series: [
            SeriesData(id: "a", label: "Recognised political prisoners",
                       points: [DataPoint(time: 2025.75, year: 2025, month: 10, value: n)]),
        ], width: width, height: height)
        spec.waffle = WaffleOptions(perCell: perCell)
        return spec
    }

    func cells(_ s: Scene) -> [Rect] {
        s.items.compactMap { if case .rect(let r, let c) = $0, c == Theme.report.palette[0], r.width < 100 { return r } else { return nil } }
    }

    @Test func oneCellPerPersonAndTheCountWrittenOut() throws {
        let s = try scene(Self.people(296))
        #expect(cells(s).count == 296 + 0)
        #expect(s.texts.contains { $0.role == "headline" && $0.text == "296" })
        #expect(s.texts.contains { $0.role == "headline-label" && $0.text.contains("Oct 2025") })
    }

    @Test func tooManyToSeeIsRefusedWithTheScaleToUse() {
        #expect { try scene(Self.people(20_000, width: 400, height: 300)) } throws: {
            ($0 as? ChartSpecError)?.message.contains("--per-cell 100") == true
        }
    }

    @Test func aScaledWaffleSaysSoAndFillsTheLastCellInProportion() throws {
        let s = try scene(Self.people(1262, perCell: 10))
        #expect(s.texts.contains { $0.text == "1 cell = 10 people" })
        let drawn = cells(s).filter { $0.y > 100 }
        #expect(drawn.count == 127)
        let full = drawn[0].width, last = drawn[126].width
        #expect(abs(last / full - 0.2) < 1e-9)
    }

    @Test func russianAndUkrainianCountTheirPlurals() {
        #expect(WaffleStrings.perCell(10, .ru) == "1 клетка = 10 человек")
        #expect(WaffleStrings.perCell(2, .uk) == "1 клітинка = 2 особи")
        #expect(WaffleStrings.perCell(21, .uk) == "1 клітинка = 21 особа")
    }
}
