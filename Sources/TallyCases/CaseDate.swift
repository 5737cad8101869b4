import TallyPrimitives

/// Dates of case records as day numbers (days since 1970-01-01), read straight from bytes.
///
/// Partial dates follow one documented rule: a detention known only to the month or year is taken
/// to start on the first day of that period, a release known only to the month or year to happen
/// on its last day. A person is then counted for the whole period they may have been held: the
/// stock is a maximum over the uncertainty, stated in every output.
public enum CaseDate {
    public static let rule = "A detention date given to the month or year counts from the first day of that period; a release date given to the month or year counts from its last day (the person is counted as held for the whole uncertain period)."

    // The calendar is `CivilCalendar`'s; these adapt it to the 32-bit day numbers the counters
    // keep (years have four digits, so every day number fits).

    @inline(__always)
    static func daysInMonth(_ m: Int32, _ y: Int32) -> Int32 {
        Int32(truncatingIfNeeded: CivilCalendar.daysIn(month: Int(m), year: Int(y)))
    }

    /// Days from 1970-01-01 to the given full date (proleptic Gregorian).
    @inline(__always)
    static func dayNumber(_ y: Int32, _ m: Int32, _ d: Int32) -> Int32 {
        Int32(truncatingIfNeeded: CivilCalendar.dayNumber(year: Int(y), month: Int(m), day: Int(d)))
    }

    /// Parses YYYY, YYYY-MM or YYYY-MM-DD in `bytes[start..<end]`; `periodEnd` selects the
    /// period's last day for partial dates. Returns nil when the text is not a real date.
    @inline(__always)
    static func parse(_ bytes: UnsafeRawBufferPointer, _ start: Int, _ end: Int, periodEnd: Bool) -> Int32? {
        let n = end - start
        guard n == 4 || n == 7 || n == 10, let base = bytes.baseAddress else { return nil }
        let p = base.assumingMemoryBound(to: UInt8.self) + start
        // Each digit minus '0' must be below 10; fold the checks into one comparison per digit.
        let d0 = p[0] &- 0x30, d1 = p[1] &- 0x30, d2 = p[2] &- 0x30, d3 = p[3] &- 0x30
        guard d0 < 10, d1 < 10, d2 < 10, d3 < 10 else { return nil }
        let y = Int32(d0) * 1000 + Int32(d1) * 100 + Int32(d2) * 10 + Int32(d3)
        guard y >= 1 else { return nil }
        if n == 4 { return periodEnd ? dayNumber(y, 12, 31) : dayNumber(y, 1, 1) }
        let m0 = p[5] &- 0x30, m1 = p[6] &- 0x30
        guard p[4] == 0x2D, m0 < 10, m1 < 10 else { return nil }
        let m = Int32(m0) * 10 + Int32(m1)
        guard m >= 1, m <= 12 else { return nil }
        if n == 7 { return periodEnd ? dayNumber(y, m, daysInMonth(m, y)) : dayNumber(y, m, 1) }
        let e0 = p[8] &- 0x30, e1 = p[9] &- 0x30
        guard p[7] == 0x2D, e0 < 10, e1 < 10 else { return nil }
        let d = Int32(e0) * 10 + Int32(e1)
        guard d >= 1, d <= daysInMonth(m, y) else { return nil }
        return dayNumber(y, m, d)
    }

    /// The calendar date of a day number, as YYYY-MM-DD.
    static func text(_ day: Int32) -> String {
        let (y, m, d) = CivilCalendar.date(dayNumber: Int(day))
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        let ys = String(y)
        return String(repeating: "0", count: max(0, 4 - ys.count)) + ys + "-" + two(m) + "-" + two(d)
    }
}
