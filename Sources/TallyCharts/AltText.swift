/// Alt text generated from the chart's data: what kind of chart, each series from its first to
/// its last figure, what is approximate or a lower bound, what has no data, and the source.
public enum AltText {
    public static func describe(_ spec: ChartSpec) -> String {
        let kind: String
        switch spec.kind {
        case .line: kind = "Line chart"
        case .area: kind = "Stacked area chart"
        case .bar: kind = spec.stacked ? "Stacked bar chart" : "Bar chart"
        case .share: kind = "Bar chart of shares (100%)"
        }
        let loc = spec.locale
        var parts = ["\(kind): \(spec.title)."]
        if let subtitle = spec.subtitle { parts.append(subtitle + (subtitle.hasSuffix(".") ? "" : ".")) }
        for s in spec.series where !s.points.isEmpty {
            let first = s.points.first!, last = s.points.last!
            func v(_ p: DataPoint) -> String { p.qualifier.sentencePrefix + loc.number(p.value) }
            var sentence = "\(s.label): \(s.points.count) published figure\(s.points.count == 1 ? "" : "s")"
            if s.points.count == 1 {
                sentence += ", \(v(first)) (\(loc.date(year: first.year, month: first.month, day: first.day)))."
            } else {
                let peak = s.points.max { $0.value < $1.value }!
                sentence += ", from \(v(first)) (\(loc.date(year: first.year, month: first.month, day: first.day))) to \(v(last)) (\(loc.date(year: last.year, month: last.month, day: last.day)))"
                if peak.value > last.value {
                    sentence += ", highest \(v(peak)) (\(loc.date(year: peak.year, month: peak.month, day: peak.day)))"
                }
                sentence += "."
            }
            let qualified = s.points.filter { $0.qualifier != .exact }.count
            if qualified > 0 { sentence += " \(qualified) of them approximate or lower bounds." }
            parts.append(sentence)
        }
        if !spec.noData.isEmpty { parts.append("No published counts for: \(spec.noData.joined(separator: ", ")).") }
        for a in spec.annotations { parts.append("Annotation: \(a.text).") }
        let leftOut = ChartLayout.leftOutDates(spec)
        if !leftOut.isEmpty { parts.append("Left out, as a part has no figure on that date: \(leftOut.map { loc.date(year: $0.year, month: $0.month, day: $0.day) }.joined(separator: ", ")).") }
        parts += spec.caveats
        parts.append("Source: \(spec.source)")
        return parts.joined(separator: " ")
    }
}
