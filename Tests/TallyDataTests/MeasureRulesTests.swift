import Testing
@testable import TallyData

@Suite("Stocks, cumulative counts and flows are kept apart")
struct MeasureRulesTests {
    let stock = SelectionFixtures.category("held@B#stock")
    let cumulative = SelectionFixtures.category("jailed_since_2017@B#cumulative")
    let flow = SelectionFixtures.category("convicted_per_year@B#flow")
    let unstated = SelectionFixtures.category("from_a_tidy_csv")

    @Test func theMeasureIsReadFromCategoriesCSV() {
        #expect(stock.measureKind == .stock)
        #expect(cumulative.measureKind == .cumulative)
        #expect(flow.measureKind == .flow)
        #expect(unstated.measureKind == nil)
        #expect(Category(id: "x", measure: "weekly").measureKind == nil)
    }

    @Test func aTrendOfACumulativeCountIsRefusedWithTheReason() {
        let error = #expect(throws: MeasureRefused.self) { try MeasureRules.trend(of: cumulative, allowCumulative: false) }
        #expect(error?.rule == .cumulativeTrend)
        #expect(error?.description.contains("can only grow") == true)
        #expect(error?.description.contains("--allow-cumulative") == true)
        #expect(error?.isUsageError == true)
    }

    @Test func insistingOnACumulativeTrendGivesANote() throws {
        let note = try MeasureRules.trend(of: cumulative, allowCumulative: true)
        #expect(note?.contains("--allow-cumulative") == true)
    }

    @Test func stocksFlowsAndUnstatedMeasuresHaveTrends() throws {
        for c in [stock, flow, unstated] {
            #expect(try MeasureRules.trend(of: c, allowCumulative: false) == nil)
        }
    }

    @Test func oneAnalysisNeverMixesMeasures() {
        let error = #expect(throws: MeasureRefused.self) { try MeasureRules.oneMeasure([stock, unstated, flow]) }
        #expect(error?.rule == .mixed)
        #expect(error?.first == "held")
        #expect(error?.second == "convicted_per_year")
        #expect(error?.description.contains("'convicted_per_year' is a flow") == true)
    }

    @Test func seriesOfOneMeasureOrUnstatedOnesPass() throws {
        try MeasureRules.oneMeasure([stock, SelectionFixtures.category("other@C#stock"), unstated])
        try MeasureRules.oneMeasure([unstated, SelectionFixtures.category("b")])
    }
}
