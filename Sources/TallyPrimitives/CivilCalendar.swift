/// The calendar every date in Tally is counted in: the proleptic Gregorian calendar, with days
/// numbered from 1970-01-01 (day 0). Dates of counts (`PartialDate`), of case records (`CaseDate`)
/// and of chart ticks (`TimeTicks`) all use these functions, so a leap year or a month length can
/// be wrong in one place only.
///
/// The functions are `@inlinable` because case-record aggregation converts a date for every one of
/// millions of records. Years are not limited here; callers bound them.
public enum CivilCalendar {
    /// Every fourth year, except centuries, except every fourth century.
    @inlinable
    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    @inlinable
    public static func daysIn(year: Int) -> Int { isLeap(year) ? 366 : 365 }

    @inlinable
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days of `year` before the first of `month` (1-12): 0 for January, 59 or 60 for March.
    @inlinable
    public static func daysBefore(month: Int, year: Int) -> Int {
        if month <= 2 { return (month - 1) * 31 }
        // From March on, month lengths repeat 31, 30, 31, 30, 31 every five months (153 days), so
        // the days before month m are the whole 153-day runs and the part of one, rounded down.
        return 59 + (153 * (month - 3) + 2) / 5 + (isLeap(year) ? 1 : 0)
    }

    /// 1-based day of the year of a full date.
    @inlinable
    public static func dayOfYear(year: Int, month: Int, day: Int) -> Int {
        daysBefore(month: month, year: year) + day
    }

    /// Days from 1970-01-01 to the first of January of `year` (negative before 1970).
    @inlinable
    public static func daysBefore(year: Int) -> Int {
        (year - 1970) * 365 + leapYearsBefore(year) - leapYearsBefore(1970)
    }

    /// Days from 1970-01-01 to a full date (negative before it). The date is not checked.
    @inlinable
    public static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        daysBefore(year: year) + daysBefore(month: month, year: year) + day - 1
    }

    /// The date of a day number: the inverse of `dayNumber`.
    public static func date(dayNumber: Int) -> (year: Int, month: Int, day: Int) {
        // A first guess from the mean year length, then corrected by whole years: the guess is off
        // by at most one.
        var year = 1970 + floorDivision(dayNumber * 400, 146_097)
        while daysBefore(year: year + 1) <= dayNumber { year += 1 }
        while daysBefore(year: year) > dayNumber { year -= 1 }
        let dayOfYear = dayNumber - daysBefore(year: year) + 1
        var month = 12
        while daysBefore(month: month, year: year) >= dayOfYear { month -= 1 }
        return (year, month, dayOfYear - daysBefore(month: month, year: year))
    }

    /// Leap years from year 1 up to, not including, `year` (counted backwards, as negatives,
    /// before year 1); only differences of it are used.
    @inlinable
    static func leapYearsBefore(_ year: Int) -> Int {
        let y = year - 1
        return floorDivision(y, 4) - floorDivision(y, 100) + floorDivision(y, 400)
    }

    /// `a / b` rounded down (Swift's `/` rounds towards zero), for `b > 0`.
    @inlinable
    static func floorDivision(_ a: Int, _ b: Int) -> Int {
        a >= 0 ? a / b : -((-a + b - 1) / b)
    }
}
