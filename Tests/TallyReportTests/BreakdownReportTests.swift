import Testing
@testable import TallyReport
import TallyData
import TallyPrimitives

@Suite("stats breakdown report: shares, changes and the test in every format")
struct BreakdownReportTests {
    static func report(intervals: Bool = false, caveats: [String] = [ReportFixtures.caveat]) -> BreakdownReport {
        let d = ReportFixtures.wholeWithTwoParts
        // The fixture's parts are parts of one whole, so the checked selection cannot refuse them.
        let selection = try! CompositionSelection(dataset: d, whole: "whole", parts: ["a", "b"], range: DateRange(), on: [],
                                                  matchWithinDays: nil, policy: .preferOriginal)
        return BreakdownReport(dataset: d, selection: selection, level: 0.95, intervals: intervals, partsWithoutData: [], caveats: caveats)
    }

    @Test func theCompositionTableGivesCountsAndShares() {
        let t = Self.report().tables()[0]
        #expect(t.columns.map(\.header) == ["date", "whole", "a", "share", "b", "share"])
        #expect(t.rows == [["2020", "100", "60", "60.0%", "40", "40.0%"], ["2021", "200", "150", "75.0%", "50", "25.0%"]])
    }

    @Test func sharesCarryTheirIntervalWhenAskedFor() {
        let t = Self.report(intervals: true).tables()[0]
        #expect(t.rows[0][3].hasPrefix("60.0% ["))
        #expect(t.notes.contains("Shares with 95% Wilson intervals in brackets."))
    }

    @Test func changesAreRankedByContribution() {
        let t = Self.report().tables()[1]
        #expect(t.columns.map(\.header) == ["category", "first", "last", "change", "fold", "share change", "contribution"])
        #expect(t.rows == [["a", "60", "150", "+90", "2.50x", "+15.0 pp", "90.0%"],
                           ["b", "40", "50", "+10", "1.25x", "-15.0 pp", "10.0%"]])
        #expect(t.notes.contains { $0.hasPrefix("Chi-square test of homogeneity across 2 dates and 2 categories (no continuity correction): X2 = 7.14286, df = 1, p = 0.008") })
    }

    @Test func theCaveatsCloseTheCompositionNotesAndAreTheJSONNote() {
        #expect(Self.report().tables()[0].notes.last == ReportFixtures.caveat)
        #expect(Self.report().json()["note"]?.stringValue == ReportFixtures.caveat)
        #expect(Self.report(caveats: ["One.", "Two."]).json()["note"]?.stringValue == "One. Two.")
    }

    @Test func withoutCaveatsNoneIsInvented() {
        let plain = Self.report(caveats: [])
        #expect(plain.tables()[0].notes == Self.report().tables()[0].notes.dropLast())
        #expect(plain.json()["note"] == .null)
    }

    @Test func csvHasOneRowPerDateAndPart() {
        let csv = ReportFixtures.csvRows(Self.report().render(.csv))
        #expect(csv == [
            ["date", "category", "count", "share", "share_lower", "share_upper", "whole", "whole_is_sum"],
            ["2020", "a", "60.0", "0.6", "", "", "100.0", "false"], ["2020", "b", "40.0", "0.4", "", "", "100.0", "false"],
            ["2021", "a", "150.0", "0.75", "", "", "200.0", "false"], ["2021", "b", "50.0", "0.25", "", "", "200.0", "false"],
        ])
    }

    @Test func jsonNestsPartsUnderDates() throws {
        let json = Self.report().json()
        let first = try #require(json["dates"]?.arrayValue?.first)
        #expect(first["whole"]?.doubleValue == 100 && first["whole_is_sum_of_parts"]?.boolValue == false)
        #expect(first["parts"]?.arrayValue?.map { $0["category"]?.stringValue } == ["a", "b"])
        #expect(first["parts"]?.arrayValue?.first?["share"]?.doubleValue == 0.6)
        #expect(json["changes"]?.arrayValue?.first?["contribution"]?.doubleValue == 0.9)
        #expect(json["changes"]?.arrayValue?.first?["share_change_points"] != nil)
        #expect(json["chi_square"]?["df"]?.intValue == 1)
        #expect(json["chi_square"]?["dates"]?.intValue == 2)
        #expect(abs((json["chi_square"]?["statistic"]?.doubleValue ?? 0) - 50.0 / 7) < 1e-9)
    }

    @Test func markdownLeadsWithTheParagraph() {
        let md = Self.report().render(.markdown)
        #expect(md.hasPrefix("Between 2020 and 2021, All counted went from 100 to 200. Part A went from 60 to 150 (2.50 times) and accounts for 90.0% of the change."))
        #expect(md.contains("| 2020 | 100 | 60 | 60.0% | 40 | 40.0% |"))
    }
}
