import Testing
import TallyPrimitives

/// The one calendar Tally counts dates in (dates of counts, case records and chart ticks).
@Suite("The civil calendar")
struct CivilCalendarTests {
    @Test func leapYearsAreEveryFourthExceptCenturiesExceptEveryFourthCentury() {
        #expect(CivilCalendar.isLeap(2024))
        #expect(!CivilCalendar.isLeap(2023))
        #expect(!CivilCalendar.isLeap(1900))
        #expect(CivilCalendar.isLeap(2000))
        #expect(!CivilCalendar.isLeap(2100))
        #expect(CivilCalendar.daysIn(year: 2000) == 366 && CivilCalendar.daysIn(year: 2100) == 365)
    }

    @Test func monthLengths() {
        #expect((1...12).map { CivilCalendar.daysIn(month: $0, year: 2023) } == [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])
        #expect(CivilCalendar.daysIn(month: 2, year: 2024) == 29)
    }

    @Test func daysBeforeAMonthAreTheLengthsOfTheMonthsBeforeIt() {
        for year in [2023, 2024, 1900, 2000] {
            var sum = 0
            for month in 1...12 {
                #expect(CivilCalendar.daysBefore(month: month, year: year) == sum, "\(year)-\(month)")
                sum += CivilCalendar.daysIn(month: month, year: year)
            }
            #expect(sum == CivilCalendar.daysIn(year: year))
        }
    }

    /// Day numbers as Python's `(date(y, m, d) - date(1970, 1, 1)).days` gives them.
    @Test func dayNumbersFromTheFirstOfJanuary1970() {
        #expect(CivilCalendar.dayNumber(year: 1970, month: 1, day: 1) == 0)
        #expect(CivilCalendar.dayNumber(year: 1969, month: 12, day: 31) == -1)
        #expect(CivilCalendar.dayNumber(year: 2000, month: 3, day: 1) == 11017)
        #expect(CivilCalendar.dayNumber(year: 2024, month: 12, day: 31) == 20088)
        #expect(CivilCalendar.dayNumber(year: 1600, month: 2, day: 29) == -135081)
        #expect(CivilCalendar.dayNumber(year: 1, month: 1, day: 1) == -719162)
        #expect(CivilCalendar.dayNumber(year: 9999, month: 12, day: 31) == 2932896)
    }

    /// Walking day by day over eight centuries (both kinds of century year, dates before 1970):
    /// each next day has the next number, and the number reads back as the same date.
    @Test func consecutiveDaysHaveConsecutiveNumbersAndReadBack() {
        var expected = CivilCalendar.dayNumber(year: 1600, month: 1, day: 1)
        for year in 1600...2400 {
            for month in 1...12 {
                for day in 1...CivilCalendar.daysIn(month: month, year: year) {
                    let n = CivilCalendar.dayNumber(year: year, month: month, day: day)
                    guard n == expected else {
                        Issue.record("\(year)-\(month)-\(day) is day \(n), expected \(expected)")
                        return
                    }
                    let back = CivilCalendar.date(dayNumber: n)
                    guard back == (year, month, day) else {
                        Issue.record("day \(n) reads back as \(back), expected \(year)-\(month)-\(day)")
                        return
                    }
                    expected += 1
                }
            }
        }
    }

    @Test func dayOfYearCountsFromOne() {
        #expect(CivilCalendar.dayOfYear(year: 2023, month: 1, day: 1) == 1)
        #expect(CivilCalendar.dayOfYear(year: 2024, month: 12, day: 31) == 366)
        #expect(CivilCalendar.dayOfYear(year: 2023, month: 3, day: 1) == 60)
    }
}
