import Testing
@testable import TallyReport
import TallyData
import TallyPrimitives

@Suite("The report model: a statistic described once reaches every format")
struct StatisticModelTests {
    // Computed, not a stored static: a closure kept in a global for the whole process is
    // reported as a leak by LeakSanitizer (make asan-test).
    static var slope: Statistic {
        Statistic(
            key: "slope", label: "yearly change", estimate: 12.5, unit: .perYear,
            interval: .bounds(lower: 10, upper: 15, level: 0.9), p: 0.0004, n: 7, note: "OLS",
            details: ["se": .number(1.25) { NumberText.significant($0, 3) }],
            json: [.estimate("per_year"), .detail("se"), .interval("interval"), .p("p_value"), .n("n")])
    }
    static let table = StatisticLayout([.init("statistic", .label, .left), .init("estimate", .estimate),
                                        .init("interval", .interval), .init("p", .p), .init("se", .detail("se")), .init("note", .note, .left)])
    static let csv = StatisticLayout([.init("statistic", .key), .init("estimate", .estimate), .init("lower", .lower),
                                      .init("upper", .upper), .init("p_value", .p), .init("n", .n), .init("reason", .reason)])

    @Test func peopleReadRoundedFiguresWithTheirUnit() {
        #expect(Self.table.rows([Self.slope]) == [["yearly change", "+12.5 a year", "[10.0, 15.0]", "<0.001", "1.25", "OLS"]])
        #expect(Self.table.tableColumns.map(\.header) == ["statistic", "estimate", "interval", "p", "se", "note"])
    }

    @Test func machinesReadFullPrecision() {
        #expect(Self.csv.csvHeader == "statistic,estimate,lower,upper,p_value,n,reason\n")
        #expect(Self.csv.csvLines([Self.slope]) == "slope,12.5,10.0,15.0,0.0004,7,\n")
    }

    @Test func jsonPutsEachPartUnderItsKey() {
        let group = StatisticGroup(key: "trend", members: [.field("model", .string("ols")), .statistic(Self.slope)])
        #expect(group.json.serialized(pretty: false)
            == #"{"available":true,"model":"ols","per_year":12.5,"se":1.25,"interval":{"lower":10,"upper":15,"level":0.9},"p_value":0.0004,"n":7}"#)
    }

    @Test func aModelNotFittedIsOneRowThatSaysWhy() {
        let group = StatisticGroup(key: "trend", notComputed: .notComputed(key: "slope", label: "yearly change", reason: "needs 3 points", n: 2))
        #expect(Self.table.rows(group.statistics) == [["yearly change", "-", "", "", "", "not computed: needs 3 points"]])
        #expect(Self.csv.csvLines(group.statistics) == "slope,,,,,2,needs 3 points\n")
        #expect(group.json.serialized(pretty: false) == #"{"available":false,"reason":"needs 3 points"}"#)
    }

    @Test func anIntervalThatCannotBeGivenShowsItsReason() {
        var s = Self.slope
        s.interval = .unavailable("the slope's interval includes 0")
        #expect(Self.table.rows([s])[0][2] == "-")
        #expect(Self.table.rows([s])[0][5] == "the slope's interval includes 0")
        #expect(Self.csv.csvLines([s]) == "slope,12.5,,,0.0004,7,the slope's interval includes 0\n")
    }

    @Test func machineOnlyStatisticsFollowTheTablesRows() {
        var hidden = Self.slope
        hidden.key = "dispersion"
        hidden.inTables = false
        let group = StatisticGroup(key: "m", members: [.statistic(hidden), .statistic(Self.slope)])
        #expect(group.statistics.map(\.key) == ["slope", "dispersion"])
        #expect(Self.table.rows(group.statistics).count == 1)
    }

    @Test func dataTextIsEscapedForEachFormat() {
        var s = Self.slope
        s.key = "=cmd|x"
        s.label = "a|b"
        #expect(Self.csv.csvLines([s]).hasPrefix("'=cmd|x,"))
        let md = ReportTable(columns: Self.table.tableColumns, rows: Self.table.rows([s])).render(.markdown)
        #expect(md.contains("| a\\|b |"))
    }
}
