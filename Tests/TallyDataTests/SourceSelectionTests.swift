import Testing
@testable import TallyData

@Suite("Which sources a series keeps, and one figure per date for models")
struct SourceSelectionTests {
    /// One category; 2020 told by an original and a reprint (same count), 2021 by a reprint and
    /// an unverified source (different counts), 2022 by an unverified source only.
    let dataset: Dataset = {
        var d = SelectionFixtures.dataset(["total"], years: [], sources: ["orig": .original, "outlet": .primaryOutlet,
                                                                         "copy": .reprint, "rumour": .unverified])
        func o(_ year: Int, _ count: Int, _ source: String) -> Observation {
            Observation(date: PartialDate(year: year), category: "total", count: count, source: source)
        }
        d.observations = [o(2020, 100, "copy"), o(2020, 100, "orig"), o(2021, 130, "copy"), o(2021, 150, "rumour"),
                          o(2022, 170, "rumour"), o(2023, 180, "outlet")]
        return d
    }()

    @Test func minimumSourceKeepsOnlySourcesAtLeastThatDirect() {
        #expect(dataset.series("total", policy: .all, minimumSource: .original).points.map(\.count) == [100])
        #expect(dataset.series("total", policy: .all, minimumSource: .primaryOutlet).points.map(\.count) == [100, 180])
        #expect(dataset.series("total", policy: .all, minimumSource: .reprint).points.map(\.count) == [100, 100, 130, 180])
        #expect(dataset.series("total", policy: .all).points.count == 6)
    }

    @Test func modelsGetOneFigurePerDateUnderPolicyAll() {
        let all = dataset.series("total", policy: .all)
        let model = dataset.oneFigurePerDate(all)
        #expect(model.series.points.map(\.date.year) == [2020, 2021, 2022, 2023])
        #expect(model.series.points.map(\.observation.source) == ["orig", "copy", "rumour", "outlet"])
        #expect(model.series.points[1].alternatives.map(\.count) == [150])
        #expect(model.datesWithSeveralFigures == 2)
        #expect(model.figuresSetAside == 2)
        #expect(model.resolution?.contains("2 dates had several figures") == true)
    }

    @Test func modelsGetTheFigurePreferOriginalWouldPick() {
        let all = dataset.oneFigurePerDate(dataset.series("total", policy: .all)).series
        let preferred = dataset.series("total", policy: .preferOriginal)
        #expect(all.points.map(\.observation) == preferred.points.map(\.observation))
    }

    @Test func aSeriesWithOneFigurePerDateNeedsNoSentence() {
        let model = dataset.oneFigurePerDate(dataset.series("total"))
        #expect(model.resolution == nil)
        #expect(model.figuresSetAside == 0)
    }

    @Test func theSensitivitySeriesLeavesOutReprintsAndUnverifiedFigures() throws {
        let used = dataset.series("total")
        let strict = try #require(dataset.withoutReprintsAndUnverified(used))
        #expect(strict.points.map(\.count) == [100, 180])
        #expect(strict.minimumSource == .primaryOutlet)
    }

    @Test func noSensitivitySeriesWhenNoWeakFigureWasUsed() {
        let strict = dataset.series("total", minimumSource: .primaryOutlet)
        #expect(dataset.withoutReprintsAndUnverified(strict) == nil)
    }
}
