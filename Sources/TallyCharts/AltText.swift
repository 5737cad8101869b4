/// Alt text generated from the chart's data, wholly in the chart's language (it is also the SVG
/// `<desc>` and the PDF subject): what kind of chart, each series from its first to its last
/// figure, what is approximate or a lower bound, what has no data, and the source.
public enum AltText {
    public static func describe(_ spec: ChartSpec) -> String {
        let loc = spec.locale
        let words = AltTextWords(loc)
        var parts = [loc.labelled(words.kind(spec), spec.title) + "."]
        if let subtitle = spec.subtitle { parts.append(subtitle + (subtitle.hasSuffix(".") ? "" : ".")) }
        if spec.kind == .line, spec.logScale { parts.append(loc.word(.logScale).capitalisedFirst + ".") }
        for s in spec.series where !s.points.isEmpty {
            let first = s.points.first!, last = s.points.last!
            func v(_ p: DataPoint) -> String {
                "\(loc.figure(p.value, p.qualifier)) (\(loc.date(year: p.year, month: p.month, day: p.day)))"
            }
            var sentence = loc.labelled(s.label, words.figures(s.points.count))
            if s.points.count == 1 {
                sentence += ", \(v(first))."
            } else {
                let peak = s.points.max { $0.value < $1.value }!
                sentence += ", " + words.fromTo(v(first), v(last))
                if peak.value > last.value { sentence += ", " + words.highest(v(peak)) }
                sentence += "."
            }
            let qualified = s.points.filter { $0.qualifier != .exact }.count
            if qualified > 0 { sentence += " " + words.qualified(qualified) }
            parts.append(sentence)
        }
        // A series without figures is drawn by some kinds (a facet panel) as "no count published".
        for s in spec.series where s.points.isEmpty { parts.append(loc.labelled(s.label, FacetsStrings.noCountPublished(loc)) + ".") }
        if !spec.noData.isEmpty { parts.append(loc.labelled(words.noDataFor, spec.noData.joined(separator: ", ")) + ".") }
        for a in spec.annotations { parts.append(loc.labelled(words.annotation, a.text) + ".") }
        let leftOut = ChartLayout.leftOutDates(spec)
        if !leftOut.isEmpty {
            parts.append(loc.labelled(words.leftOut, leftOut.map { loc.date(year: $0.year, month: $0.month, day: $0.day) }.joined(separator: ", ")) + ".")
        }
        parts += spec.caveats
        parts.append(loc.labelled(loc.word(.source), spec.source))
        return parts.joined(separator: " ")
    }
}

extension String {
    /// The first letter in capitals ("Logarithmic scale"), the rest as written.
    var capitalisedFirst: String { prefix(1).uppercased() + dropFirst() }
}
