import TallyCharts
import TallyData

/// Builds a chart spec from a dataset's series: labels in the chart's language, every figure's
/// qualifier, the categories with no data, and a source line from the sources actually drawn.
public struct ChartSpecBuilder {
    public var dataset: Dataset
    public var series: [TimeSeries]

    public init(dataset: Dataset, series: [TimeSeries]) {
        self.dataset = dataset
        self.series = series
    }

    public func spec(kind: ChartSpec.Kind, title: String?, subtitle: String?, locale: ChartLocale,
                     width: Double, height: Double) -> ChartSpec {
        let withData = series.filter { !$0.isEmpty }
        let data = withData.map { s in
            SeriesData(id: s.category.id, label: s.category.label(locale.rawValue), points: s.points.map { p in
                DataPoint(time: p.date.decimalYear, year: p.date.year, month: p.date.month, day: p.date.day,
                          value: Double(p.count), qualifier: p.qualifier)
            })
        }
        let noData = series.filter(\.isEmpty).map { $0.category.label(locale.rawValue) }
        // What the data's publisher asks every chart of these series to say (datapackage.json).
        let caveats = dataset.caveats(for: series.map(\.category.id), context: .chart, locale: locale.rawValue)
        var notes: [String] = []
        let conflicts = withData.flatMap(\.points).filter(\.isConflicting).count
        if conflicts > 0 {
            notes.append(Self.conflictNote(conflicts, locale))
        }
        let measures = Set(withData.map { $0.category.measure ?? "?" })
        var bodies: [String] = []
        for s in withData {
            let name = s.category.countingBody ?? "?"
            let body = measures.count > 1 ? "\(name), \(s.category.measure ?? "?")" : name
            if !bodies.contains(body) { bodies.append(body) }
        }
        if bodies.count > 1 {
            notes.append(Self.mixedNote(bodies, locale))
        }
        var spec = ChartSpec(kind: kind, title: title ?? defaultTitle(locale), subtitle: subtitle,
                             source: sourceLine(locale), notes: notes, series: data, noData: noData,
                             width: width, height: height, locale: locale, caveats: caveats, whole: whole(of: withData))
        if subtitle == nil { spec.subtitle = defaultSubtitle(spec) }
        return spec
    }

    /// The series' label: of the one series drawn, else of the whole the series are parts of, else
    /// of the dataset's default series; a category without a label of its own (a tidy CSV's,
    /// without --label) is not titled by its id but by the dataset's title.
    func defaultTitle(_ locale: ChartLocale) -> String {
        func ownLabel(_ c: Category?) -> String? {
            guard let c, c.label(locale.rawValue) != c.id else { return nil }
            return c.label(locale.rawValue)
        }
        if series.count == 1 { return series[0].category.label(locale.rawValue) }
        let parents = Set(series.map(\.category.parent))
        if parents.count == 1, let parent = parents.first ?? nil, let label = ownLabel(dataset.category(parent)) { return label }
        return ownLabel(try? dataset.defaultSeries()) ?? dataset.title
    }

    /// The published figures of the whole the series are parts of (their common parent), on the
    /// dates every part has a figure, read as `stats breakdown` reads them (`CompositionSelection`,
    /// from sources as direct as the parts': `--min-source` holds for the whole too);
    /// nil when the series have no common parent.
    func whole(of parts: [TimeSeries]) -> SeriesData? {
        guard let first = parts.first, let parentID = first.category.parent,
              parts.allSatisfy({ $0.category.parent == parentID }), let parent = dataset.category(parentID) else { return nil }
        // Parts the rules of parts and wholes refuse have no whole to draw (the chart command
        // then refuses them with the reason).
        guard let selection = try? CompositionSelection(dataset: dataset, whole: parentID, parts: parts.map(\.category.id),
                                                        range: first.range, on: [], matchWithinDays: nil,
                                                        policy: first.policy, minimumSource: first.minimumSource) else { return nil }
        let points = selection.entries.compactMap { e in
            e.whole.map { o in
                DataPoint(time: o.date.decimalYear, year: o.date.year, month: o.date.month, day: o.date.day,
                          value: Double(o.count), qualifier: o.qualifier)
            }
        }
        return SeriesData(id: parent.id, label: parent.label(), points: points)
    }

    /// "Published counts, <first date drawn> to <last date drawn>".
    func defaultSubtitle(_ spec: ChartSpec) -> String? {
        let locale = spec.locale
        let times = ChartLayout.drawnTimes(spec)
        let points = spec.series.flatMap(\.points)
        guard let firstTime = times.first, let lastTime = times.last,
              let first = points.first(where: { $0.time == firstTime }),
              let last = points.first(where: { $0.time == lastTime }) else { return nil }
        return locale.publishedCounts(DateRangePhrase(from: .init(year: first.year, month: first.month, day: first.day),
                                                      to: .init(year: last.year, month: last.month, day: last.day)))
    }

    static func mixedNote(_ bodies: [String], _ locale: ChartLocale) -> String {
        let list = bodies.joined(separator: "; ")
        switch locale {
        case .en: return "Series from different counting bodies or measures (\(list)): not parts of one total."
        case .fr: return "Séries de sources ou de mesures différentes (\(list))\u{00A0}: elles ne s’additionnent pas."
        case .ru: return "Ряды разных источников или показателей (\(list)): не части одного целого."
        case .uk: return "Ряди різних джерел або показників (\(list)): не частини одного цілого."
        }
    }

    static func conflictNote(_ n: Int, _ locale: ChartLocale) -> String {
        switch locale {
        case .en: return "Where sources disagree (\(n) date\(n == 1 ? "" : "s")), the most direct source is shown."
        case .fr: return "Quand les sources divergent (\(n) dates), la source la plus directe est retenue."
        case .ru: return "Где источники расходятся (дат: \(n)), показан самый прямой источник."
        case .uk: return "Де джерела розходяться (дат: \(n)), показано найпряміше джерело."
        }
    }

    /// Publishers without their parenthetical notes, most cited first, then "and N more" and, for
    /// a data package with a sources table, where the full list is. A figure whose source nobody
    /// described (a tidy CSV's rows, the file standing in) counts as "not given": nothing invented.
    public func sourceLine(_ locale: ChartLocale) -> String {
        var counts: [String: Int] = [:]
        var order: [String] = []
        for s in series {
            for p in s.points {
                let source = dataset.sources[p.observation.source]
                let publisher = source.map(Self.isStandIn) == true ? Self.notGiven(locale)
                    : Self.shortPublisher(source?.publisher ?? p.observation.source)
                if counts[publisher] == nil { order.append(publisher) }
                counts[publisher, default: 0] += 1
            }
        }
        let ranked = order.enumerated().sorted { a, b in
            let ca = counts[a.element]!, cb = counts[b.element]!
            return ca != cb ? ca > cb : a.offset < b.offset
        }.map(\.element)
        let shown = Array(ranked.prefix(3))
        var line = shown.joined(separator: "; ")
        if ranked.count > shown.count {
            line += "; " + locale.word(.andMore).replacingPercentD(ranked.count - shown.count)
        }
        guard dataset.resources.contains(where: { $0.name == "sources" }) else { return line }
        let listed = "\(dataset.name)/sources.csv"
        switch locale {
        case .en: line += " (every figure's source: \(listed))"
        case .fr: line += " (source de chaque chiffre\u{00A0}: \(listed))"
        case .ru: line += " (источник каждого числа: \(listed))"
        case .uk: line += " (джерело кожного числа: \(listed))"
        }
        return line
    }

    /// A source that only stands in for rows citing none: TallyData names it after the file and
    /// gives it no publisher (`Source.publisherNotGiven`), address or quote until the user says (--source).
    static func isStandIn(_ s: Source) -> Bool { s.publisher == Source.publisherNotGiven && s.quote.isEmpty }

    static func notGiven(_ locale: ChartLocale) -> String {
        switch locale {
        case .en: return "not given"
        case .fr: return "non indiquée"
        case .ru: return "не указан"
        case .uk: return "не вказано"
        }
    }

    static func shortPublisher(_ p: String) -> String {
        var s = p
        if let paren = s.firstIndex(of: "(") { s = String(s[..<paren]) }
        while s.last == " " || s.last == "," { s.removeLast() }
        return s.isEmpty ? p : s
    }

    /// Every source drawn, for the alt-text sidecar.
    public func sourceList() -> [String] {
        var seen: [String] = []
        for s in series { for p in s.points where !seen.contains(p.observation.source) { seen.append(p.observation.source) } }
        return seen.map { id in
            let s = dataset.sources[id]
            // Rows citing no source: say so, with the file they came from, and invent no publisher.
            if let s, Self.isStandIn(s) { return "\(id): source not given (\(s.title))" + (s.url.isEmpty ? "" : ", \(s.url)") }
            return "\(id): \(s?.publisher ?? id), \"\(s?.title ?? "")\", \(s?.url ?? "")"
        }
    }
}

extension String {
    func replacingPercentD(_ n: Int) -> String {
        var out = ""
        var rest = Substring(self)
        while let r = rest.firstIndex(of: "%") {
            out += rest[..<r]
            let next = rest.index(after: r)
            if next < rest.endIndex, rest[next] == "d" {
                out += String(n)
                rest = rest[rest.index(after: next)...]
            } else {
                out += "%"
                rest = rest[next...]
            }
        }
        return out + rest
    }
}
