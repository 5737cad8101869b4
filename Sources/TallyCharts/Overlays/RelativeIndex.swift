/// Every series as an index, 100 at its own figure of one date: growth compared from a common
/// start. The base must be a figure published within the date's precision (the same year, and
/// month and day where given), as for annotations: a figure of another period is never used, and
/// a date with several figures in it is refused as ambiguous.
public enum RelativeIndex {
    public static func apply(to spec: inout ChartSpec, year: Int, month: Int?, day: Int?) throws(ChartSpecError) {
        let date = spec.locale.date(year: year, month: month, day: day)
        for i in spec.series.indices where !spec.series[i].points.isEmpty {
            let s = spec.series[i]
            let within = s.points.filter { p in
                p.year == year && (month == nil || p.month == month) && (day == nil || p.day == day)
                    && (month == nil || p.month != nil) && (day == nil || p.day != nil)
            }
            guard let base = within.first else {
                throw ChartSpecError("--relative-to \(date): '\(s.label)' has no figure published for \(date); give a date it has a figure for")
            }
            guard within.count == 1 else {
                throw ChartSpecError("--relative-to \(date): '\(s.label)' has \(within.count) figures in \(date); give a more precise date (YYYY-MM or YYYY-MM-DD)")
            }
            guard base.value > 0 else {
                throw ChartSpecError("--relative-to \(date): '\(s.label)' counts \(base.value) then, and an index cannot start from zero")
            }
            for j in spec.series[i].points.indices { spec.series[i].points[j].value = 100 * s.points[j].value / base.value }
        }
        spec.notes.insert(OverlayStrings.index(date, spec.locale), at: 0)
    }
}
