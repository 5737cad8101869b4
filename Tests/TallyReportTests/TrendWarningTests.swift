import Testing
@testable import TallyReport
import TallyData
import TallyPrimitives
import TallyStats

@Suite("stats trend: warnings, sensitivity and duplicates follow what the caller and the fit say")
struct TrendWarningTests {
    static func report(_ d: Dataset, sensitivity: [String: TrendSensitivity] = [:], duplicates: [String: String] = [:]) -> TrendReport {
        TrendReport(dataset: d, series: [d.series("cases")], level: 0.95, zeros: .exclude, caveats: [:],
                    sensitivity: sensitivity, duplicates: duplicates)
    }

    static func warnings(_ r: TrendReport) -> [String] {
        r.json()["series"]?.arrayValue?.first?["poisson"]?["warnings"]?.arrayValue?.compactMap { $0["code"]?.stringValue } ?? []
    }

    @Test func fewerThanFivePointsAreWarnedAbout() {
        let r = Self.report(ReportFixtures.doublingEachYear)
        #expect(r.tables()[0].notes.contains { $0.hasPrefix("Quasi-Poisson: only 4 observations: the dispersion is estimated on 2 degrees of freedom") })
        #expect(Self.warnings(r).contains("few_observations"))
    }

    @Test func underdispersionIsWarnedAbout() {
        let r = Self.report(ReportFixtures.steady)
        #expect(r.tables()[0].notes.contains { $0.hasPrefix("Quasi-Poisson: the counts vary less than a Poisson model expects") })
        #expect(Self.warnings(r) == ["underdispersed"])
    }

    @Test func enoughOverdispersedPointsGetNoQuasiPoissonWarning() {
        let r = Self.report(ReportFixtures.swinging)
        #expect(!r.tables()[0].notes.contains { $0.hasPrefix("Quasi-Poisson:") })
        #expect(r.tables()[0].notes.contains { $0.hasPrefix("Overdispersed: ") })
        #expect(Self.warnings(r).isEmpty)
    }

    @Test func theSensitivityLineFollowsTheHeadline() {
        let d = ReportFixtures.doublingEachYear
        let without = TrendSensitivity(leftOut: "reprints and unverified figures", series: d.series("cases", range: DateRange(to: PartialDate("2017"))))
        let r = Self.report(d, sensitivity: ["cases": without])
        let notes = r.tables()[0].notes
        #expect(notes[1].hasPrefix("Without reprints and unverified figures: +100% a year (log-linear APC over 3 observations, 95% CI ["))
        #expect(notes[1].hasSuffix("%]), against +100% a year with them."))
        let json = r.json()["series"]?.arrayValue?.first?["sensitivity"]
        #expect(json?["left_out"]?.stringValue == "reprints and unverified figures")
        #expect(json?["n"]?.intValue == 3)
        #expect(json?["log_linear"]?["available"]?.boolValue == true)
    }

    @Test func aSensitivityThatCannotBeFittedSaysWhy() {
        let d = ReportFixtures.doublingEachYear
        let without = TrendSensitivity(leftOut: "unverified figures", series: d.series("cases", range: DateRange(to: PartialDate("2016"))))
        let notes = Self.report(d, sensitivity: ["cases": without]).tables()[0].notes
        #expect(notes[1] == "Without unverified figures: 2 observations remain; the log-linear APC is not computed (needs at least 3 observations above zero).")
    }

    @Test func withoutASensitivitySeriesThereIsNoLine() {
        let r = Self.report(ReportFixtures.doublingEachYear)
        #expect(!r.tables()[0].notes.contains { $0.hasPrefix("Without ") })
        #expect(r.json()["series"]?.arrayValue?.first?["sensitivity"] == .null)
        #expect(r.json()["series"]?.arrayValue?.first?["duplicates"] == .null)
    }

    @Test func howDuplicatesWereResolvedFollowsTheSourcePolicy() {
        let said = "Two figures on 2016: kept 20 (original), left out 21 (reprint)."
        let r = Self.report(ReportFixtures.doublingEachYear, duplicates: ["cases": said])
        let notes = r.tables()[0].notes
        let policy = notes.firstIndex { $0.hasPrefix("Source policy ") }
        #expect(policy.map { notes[$0 + 1] } == said)
        #expect(r.json()["series"]?.arrayValue?.first?["duplicates"]?.stringValue == said)
    }
}
