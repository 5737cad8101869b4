/// An annotation stays true: it points at a figure of its series published within its own
/// precision (the same day, month or year as it is written), which is therefore inside the
/// range drawn. An annotation that has none is refused with the nearest figure named, never
/// moved to a figure of another period.
extension ChartSpec {
    public func checkAnnotations() throws(ChartSpecError) {
        for a in annotations {
            guard let s = series.first(where: { $0.id == a.series }) else {
                throw ChartSpecError("annotation '\(SafeText.clean(a.text))': no series '\(SafeText.clean(a.series))' in the chart")
            }
            if s.points.contains(where: a.isWithin) { continue }
            let written = locale.date(year: a.year ?? Int(a.time), month: a.month, day: a.month == nil ? nil : a.day)
            let nearest = s.points.min { abs($0.time - a.time) < abs($1.time - a.time) }
            let named = nearest.map { "the nearest is \(locale.number($0.value)) on \(locale.date(year: $0.year, month: $0.month, day: $0.day))" }
                ?? "it has none"
            throw ChartSpecError("annotation '\(SafeText.clean(a.text))' on \(written): \(SafeText.clean(s.label)) has no figure published within that \(a.day != nil && a.month != nil ? "day" : a.month != nil ? "month" : "year") in the range drawn; \(named). Give that date, or widen --from/--to")
        }
    }
}

extension Annotation {
    /// Whether `p` was published within the annotation's precision: the same year, and the same
    /// month and day where the annotation gives them.
    func isWithin(_ p: DataPoint) -> Bool {
        p.year == (year ?? Int(time)) && (month == nil || p.month == month) && (month == nil || day == nil || p.day == day)
    }
}
