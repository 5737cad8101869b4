import TallyPrimitives

/// The decimal year of a date given at its precision, when a chart spec gives `year`, `month`
/// and `day` without `time`: the middle of the period, as the data layer dates every count
/// (2015 -> 2015.5; June 2015 -> the middle of June; 1 June 2015 -> noon of that day), in years
/// of the actual calendar. A month or day out of range gives a time inside the year; the spec's
/// validation then refuses the month or day itself, with its path.
enum DecimalTime {
    static func middle(year: Int, month: Int?, day: Int?) -> Double {
        guard (1...9999).contains(year) else { return Double(year) }
        let daysInYear = Double(CivilCalendar.daysIn(year: year))
        guard let month, (1...12).contains(month) else { return Double(year) + 0.5 }
        let start = Double(CivilCalendar.daysBefore(month: month, year: year))
        let length = CivilCalendar.daysIn(month: month, year: year)
        guard let day, (1...length).contains(day) else { return Double(year) + (start + Double(length) / 2) / daysInYear }
        return Double(year) + (start + Double(day) - 0.5) / daysInYear
    }
}
