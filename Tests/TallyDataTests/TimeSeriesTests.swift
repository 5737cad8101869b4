import Testing
@testable import TallyData

@Suite("Selecting a series under a source policy")
struct TimeSeriesTests {
    let dataset = try! DatasetLoader.load(FixtureFiles.path("package-valid"))

    @Test func preferOriginalPicksTheMostDirectSourcePerDate() {
        let s = dataset.series("total")
        #expect(s.points.map(\.count) == [195, 305])
        #expect(s.points[1].observation.source == "m1")
        #expect(s.points[1].isConflicting)
    }

    @Test func aYearFigureIsSupersededByAPreciseDateInsideIt() {
        let s = dataset.series("total")
        #expect(s.superseded.map(\.count) == [190])
        #expect(s.points[0].alternatives.map(\.count) == [190])
    }

    @Test func allKeepsEveryFigure() {
        #expect(dataset.series("total", policy: .all).points.map(\.count) == [190, 195, 305, 300])
    }

    @Test func rangeKeepsWholePeriodsOnly() {
        let r = DateRange(from: PartialDate("2018-06"), to: PartialDate("2019"))
        #expect(dataset.series("total", range: r, policy: .all).points.map(\.count) == [195, 305, 300])
    }

    @Test func categoryWithoutDataIsEmptyNotZero() {
        #expect(dataset.series("lgbt_people").isEmpty)
    }
}
