import Testing
@testable import TallyReport
import TallyData
import TallyPrimitives
import TallyStats

@Suite("stats trend report: each statistic in every format")
struct TrendReportTests {
    let report = TrendReport(dataset: ReportFixtures.doublingEachYear, series: [ReportFixtures.doublingEachYear.series("cases")],
                             level: 0.95, zeros: .exclude, caveats: ["cases": [ReportFixtures.caveat]])
    var rows: [[String]] { report.tables()[0].rows }

    @Test func theTableNamesEveryStatisticOnceInOrder() {
        #expect(rows.map { $0[0] } == [
            "absolute change", "fold change", "compound annual growth", "linear trend (OLS)", "log-linear APC",
            "doubling time", "Poisson APC", "quasi-Poisson APC", "Theil-Sen slope", "Mann-Kendall trend test",
        ])
        #expect(report.tables()[0].columns.map(\.header) == ["statistic", "estimate", "95% interval", "p", "note"])
    }

    @Test func theTableGivesEachEstimateInItsUnit() {
        #expect(ReportFixtures.row(rows, "absolute change") == ["absolute change", "+70 people", "", "", "10 to 80"])
        #expect(ReportFixtures.row(rows, "fold change") == ["fold change", "8.00x", "", "", "last / first"])
        #expect(ReportFixtures.row(rows, "compound annual growth") == ["compound annual growth", "+100% a year", "", "", "over 3.00 years"])
        #expect(ReportFixtures.row(rows, "linear trend (OLS)")?[1] == "+23.0 a year")
        #expect(ReportFixtures.row(rows, "log-linear APC")?[1] == "+100% a year")
        #expect(ReportFixtures.row(rows, "log-linear APC")?[2] == "[100%, 100%]")
        #expect(ReportFixtures.row(rows, "doubling time")?[1] == "1.00 years")
        #expect(ReportFixtures.row(rows, "Theil-Sen slope")?[1] == "+21.7 a year")
        #expect(ReportFixtures.row(rows, "Theil-Sen slope")?[4] == "median of 6 pairwise slopes")
        #expect(ReportFixtures.row(rows, "Mann-Kendall trend test")?[1] == "tau 1.00")
        #expect(ReportFixtures.row(rows, "Mann-Kendall trend test")?[4].hasPrefix("S = 6, ") == true)
    }

    @Test func theHeadlineStatesTheChange() {
        #expect(report.tables()[0].notes[0].hasPrefix("From 10 (2015) to 80 (2018): 8.00 times as many in 3.00 years, +100% a year compounded"))
    }

    @Test func csvHasOneRowPerStatisticWithFullPrecision() {
        let csv = ReportFixtures.csvRows(report.render(.csv))
        #expect(csv[0] == ["category", "statistic", "estimate", "lower", "upper", "p_value", "level", "n", "unavailable_reason"])
        #expect(csv.dropFirst().map { $0[1] } == [
            "absolute_change", "fold_change", "cagr", "linear_slope", "log_linear_apc", "doubling_time",
            "poisson_apc", "quasi_poisson_apc", "dispersion", "theil_sen_slope", "mann_kendall_tau",
        ])
        let byKey = Dictionary(uniqueKeysWithValues: csv.dropFirst().map { ($0[1], $0) })
        #expect(byKey["fold_change"]?[2] == "8.0")
        #expect(byKey["absolute_change"]?[2] == "70.0")
        #expect(abs((Double(byKey["linear_slope"]?[2] ?? "") ?? 0) - 23) < 1e-9)
        #expect(byKey["cagr"].map { abs((Double($0[2]) ?? 0) - 1) < 1e-12 } == true)
        #expect(byKey["mann_kendall_tau"]?[2] == "1.0")
        #expect(csv.dropFirst().allSatisfy { $0[0] == "cases" && $0[6] == "0.95" && $0[7] == "4" })
    }

    @Test func jsonGroupsTheStatisticsByModel() throws {
        let series = try #require(report.json()["series"]?.arrayValue?.first)
        guard case .object(let members) = series else { Issue.record("series is not an object"); return }
        #expect(members.map(\.0) == ["category", "label", "status", "source_policy", "n", "first", "last", "headline",
                                     "growth", "linear", "log_linear", "poisson", "theil_sen", "mann_kendall", "sensitivity",
                                     "duplicates", "notes", "points"])
        #expect(series["growth"]?["fold_change"]?.doubleValue == 8)
        #expect(abs((series["growth"]?["cagr_percent"]?.doubleValue ?? 0) - 100) < 1e-9)
        #expect(abs((series["linear"]?["slope_per_year"]?.doubleValue ?? 0) - 23) < 1e-9)
        #expect(series["log_linear"]?["doubling_time_years"] != nil)
        #expect(series["theil_sen"]?["pairs"]?.intValue == 6)
        #expect(series["mann_kendall"]?["tau"]?.doubleValue == 1)
        #expect(series["poisson"]?["quasi_apc_interval"]?["level"]?.doubleValue == 0.95)
    }

    @Test func markdownCarriesTheSameRows() {
        let md = report.render(.markdown)
        #expect(md.contains("| fold change | 8.00x |  |  | last / first |"))
        #expect(md.contains("| Mann-Kendall trend test | tau 1.00 |"))
        #expect(md.contains("| statistic | estimate | 95% interval | p | note |"))
    }

    @Test func theDataPackagesCaveatIsPrintedBeforeTheMethods() {
        let notes = report.tables()[0].notes
        let caveat = notes.firstIndex(of: ReportFixtures.caveat)
        #expect(caveat != nil)
        #expect(caveat.map { notes[$0 + 1].hasPrefix("Methods: ") } == true)
        #expect(report.render(.markdown).contains("- " + MarkdownText.escaped(ReportFixtures.caveat)))
    }

    @Test func withoutCaveatsNoneIsInvented() {
        let plain = TrendReport(dataset: ReportFixtures.doublingEachYear, series: [ReportFixtures.doublingEachYear.series("cases")],
                                level: 0.95, zeros: .exclude, caveats: ["other": [ReportFixtures.caveat]])
        let notes = plain.tables()[0].notes
        #expect(notes.count == report.tables()[0].notes.count - 1)
        #expect(!notes.contains(ReportFixtures.caveat))
    }

    @Test func aStatisticNotComputedSaysWhyInEveryFormat() throws {
        let two = TrendReport(dataset: ReportFixtures.twoFigures, series: [ReportFixtures.twoFigures.series("cases")], level: 0.9, zeros: .exclude, caveats: [:])
        let linear = try #require(ReportFixtures.row(two.tables()[0].rows, "linear trend (OLS)"))
        #expect(linear[1] == "-")
        #expect(linear[4].hasPrefix("not computed: "))
        let csv = try #require(ReportFixtures.csvRows(two.render(.csv)).first { $0[1] == "linear_slope" })
        #expect(csv[2] == "" && !csv[8].isEmpty)
        let json = two.json()["series"]?.arrayValue?.first?["linear"]
        #expect(json?["available"]?.boolValue == false)
        #expect(json?["reason"]?.stringValue == String(linear[4].dropFirst("not computed: ".count)))
        #expect(two.tables()[0].columns[2].header == "90% interval")
    }
}
