import Testing
@testable import TallyData

@Suite("PartialDate")
struct PartialDateTests {
    @Test func parsesTheThreePrecisions() {
        #expect(PartialDate("2019")?.precision == .year)
        #expect(PartialDate("2019-06")?.precision == .month)
        #expect(PartialDate("2019-06-10")?.precision == .day)
        #expect(PartialDate("2019-06-10")?.description == "2019-06-10")
    }

    @Test(arguments: ["2019-13", "2019-02-29", "2019-6", "19", "2019-06-10T00", "", "2019--01", "abcd", "2020-00"])
    func rejectsWhatIsNotARealDate(_ text: String) {
        #expect(PartialDate(text) == nil)
    }

    @Test func acceptsLeapDay() { #expect(PartialDate("2020-02-29") != nil) }

    @Test func decimalYearIsTheMiddleOfThePeriod() {
        #expect(PartialDate("2019")!.decimalYear == 2019.5)
        // June 2019 starts on day 152 (151 days before it) and has 30 days: (151 + 15) / 365.
        #expect(abs(PartialDate("2019-06")!.decimalYear - (2019 + 166.0 / 365)) < 1e-12)
        // 10 June 2019 is day 161: (161 - 0.5) / 365.
        #expect(abs(PartialDate("2019-06-10")!.decimalYear - (2019 + 160.5 / 365)) < 1e-12)
        #expect(abs(PartialDate("2020-12-31")!.decimalYear - (2020 + 365.5 / 366)) < 1e-12)
    }

    @Test func containmentIsOfPeriods() {
        #expect(PartialDate("2019")!.contains(PartialDate("2019-06-10")!))
        #expect(PartialDate("2019-06")!.contains(PartialDate("2019-06-30")!))
        #expect(!PartialDate("2019-06")!.contains(PartialDate("2019-07-01")!))
        #expect(!PartialDate("2019-06-10")!.contains(PartialDate("2019-06")!))
    }

    @Test func dayNumberCountsFrom1970() {
        #expect(PartialDate("1970-01-01")!.dayNumber == 0)
        #expect(PartialDate("2000-03-01")!.dayNumber == 11017)
        #expect(PartialDate("1969-12-31")!.dayNumber == -1)
    }
}
