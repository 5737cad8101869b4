import TallyPrimitives

/// A calendar date known to the year, the month or the day, as sources give it.
///
/// Conventions (stated in every analysis that uses time):
/// - `decimalYear` is the middle of the period the date names: 2015 -> 2015.5 (2 July),
///   2015-06 -> the middle of June, 2015-06-01 -> noon of 1 June. Time is measured in years of
///   the actual calendar: `year + (day of year - 0.5) / days in year` for a full date.
/// - `first` and `last` are the first and last day of that period; `contains` is inclusion of periods.
public struct PartialDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public enum Precision: Int, Sendable, Comparable, Codable {
        case year = 0, month = 1, day = 2
        public static func < (a: Precision, b: Precision) -> Bool { a.rawValue < b.rawValue }
    }

    public let year: Int
    public let month: Int?
    public let day: Int?

    public var precision: Precision { day != nil ? .day : (month != nil ? .month : .year) }

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = month == nil ? nil : day
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; nil when the text is not one of them or names
    /// no real day (2023-02-30).
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4,
              parts.dropFirst().allSatisfy({ $0.count == 2 }),
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let y = Int(parts[0]), y >= 1 else { return nil }
        var m: Int?
        var d: Int?
        if parts.count >= 2 {
            guard let mm = Int(parts[1]), (1...12).contains(mm) else { return nil }
            m = mm
        }
        if parts.count == 3 {
            guard let dd = Int(parts[2]), let m, (1...CivilCalendar.daysIn(month: m, year: y)).contains(dd) else { return nil }
            d = dd
        }
        self.init(year: y, month: m, day: d)
    }

    public var description: String {
        var s = zeroPadded(year, 4)
        if let month { s += "-" + zeroPadded(month, 2) }
        if let day { s += "-" + zeroPadded(day, 2) }
        return s
    }

    /// First day of the period the date names.
    public var first: PartialDate { PartialDate(year: year, month: month ?? 1, day: day ?? 1) }
    /// Last day of the period the date names.
    public var last: PartialDate {
        let m = month ?? 12
        return PartialDate(year: year, month: m, day: day ?? CivilCalendar.daysIn(month: m, year: year))
    }

    /// Days since 1970-01-01 of a full date (`first` for a partial one).
    public var dayNumber: Int {
        let f = first
        return CivilCalendar.dayNumber(year: f.year, month: f.month!, day: f.day!)
    }

    /// The middle of the period, in decimal years (see the type's conventions).
    public var decimalYear: Double {
        let daysInYear = Double(CivilCalendar.daysIn(year: year))
        switch precision {
        case .year:
            return Double(year) + 0.5
        case .month:
            let start = CivilCalendar.daysBefore(month: month!, year: year)
            let length = CivilCalendar.daysIn(month: month!, year: year)
            return Double(year) + (Double(start) + Double(length) / 2) / daysInYear
        case .day:
            let n = CivilCalendar.dayOfYear(year: year, month: month!, day: day!)
            return Double(year) + (Double(n) - 0.5) / daysInYear
        }
    }

    /// Whether this date's period contains `other`'s period entirely.
    public func contains(_ other: PartialDate) -> Bool {
        first <= other.first && other.last <= last
    }

    /// Orders by the start of the period, then coarser before finer (2019 < 2019-01 < 2019-01-01).
    public static func < (a: PartialDate, b: PartialDate) -> Bool {
        let ka = (a.year, a.month ?? 0, a.day ?? 0)
        let kb = (b.year, b.month ?? 0, b.day ?? 0)
        return ka < kb
    }
}

/// Zero-padded decimal digits: `zeroPadded(7, 2)` is "07".
func zeroPadded(_ n: Int, _ width: Int) -> String {
    let digits = String(n)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}
