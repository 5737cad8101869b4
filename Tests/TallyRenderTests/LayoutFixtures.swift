import TallyCharts

/// The report's headline chart as the press kit needs it: each size the `chart` commands name,
/// in each language, with a title that wraps, the default subtitle, the data package's caveat,
/// approximate figures and a lower bound (so the marker key shows), and a category with no data.
enum LayoutFixtures {
    /// The sizes of `--size social|square|story|report` (report: 88 mm at 96 CSS px to the inch, 4:3).
    static let sizes: [(name: String, width: Double, height: Double)] = [
        ("social", 1200, 675), ("square", 1080, 1080), ("story", 1080, 1920),
        ("report", 332.6, 249.45),
    ]

    static func title(_ locale: ChartLocale) -> String {
        switch locale {
        case .en: return "Recognised political prisoners in Russia (Memorial lists), people on the lists on each date"
        case .fr: return "Prisonniers politiques reconnus en Russie (listes de Memorial), personnes sur les listes à chaque date"
        case .ru: return "Признанные политзаключённые в России (списки «Мемориала»), число людей в списках на каждую дату"
        case .uk: return "Визнані політв’язні в Росії (списки «Меморіалу»), кількість людей у списках на кожну дату"
        }
    }

    static func caveat(_ locale: ChartLocale) -> String {
        switch locale {
        case .en: return "Minimum counts: people recognised as political prisoners, not all political prisoners."
        case .fr: return "Chiffres minimaux\u{00A0}: personnes reconnues comme prisonniers politiques, pas tous les prisonniers politiques."
        case .ru: return "Минимальные данные: учтены люди, признанные политзаключёнными, а не все политзаключённые."
        case .uk: return "Мінімальні дані: враховано людей, визнаних політв’язнями, а не всіх політв’язнів."
        }
    }

    /// The source line as `ChartSpecBuilder` writes it for the default package.
    static func source(_ locale: ChartLocale) -> String {
        switch locale {
        case .en: return "Memorial (every figure's source: memorial-political-prisoners/sources.csv)"
        case .fr: return "Memorial (source de chaque chiffre\u{00A0}: memorial-political-prisoners/sources.csv)"
        case .ru: return "Memorial (источник каждого числа: memorial-political-prisoners/sources.csv)"
        case .uk: return "Memorial (джерело кожного числа: memorial-political-prisoners/sources.csv)"
        }
    }

    static func label(_ locale: ChartLocale) -> (total: String, religious: String, noData: String) {
        switch locale {
        case .en: return ("All lists", "Religious list", "LGBT people")
        case .fr: return ("Toutes les listes", "Liste religieuse", "Personnes LGBT")
        case .ru: return ("Все списки", "Преследуемые за религию (Свидетели Иеговы и мусульмане)", "ЛГБТ-люди")
        case .uk: return ("Усі списки", "Релігійний список", "ЛГБТ-люди")
        }
    }

    static func point(_ y: Int, _ m: Int, _ d: Int, _ v: Double, _ q: DataPoint.Qualifier = .exact) -> DataPoint {
        DataPoint(time: Double(y) + (Double(m) - 1) / 12 + (Double(d) - 0.5) / 365, year: y, month: m, day: d, value: v, qualifier: q)
    }

    static func headline(_ locale: ChartLocale, width: Double, height: Double) -> ChartSpec {
        let l = label(locale)
        let total = [point(2015, 6, 1, 50), point(2016, 10, 30, 102), point(2018, 3, 1, 158), point(2019, 6, 10, 296, .approx),
                     point(2020, 10, 30, 362), point(2022, 10, 30, 513), point(2024, 8, 17, 767, .atLeast), point(2025, 10, 30, 1262)]
        let religious = [point(2016, 10, 30, 48), point(2018, 3, 1, 97), point(2020, 10, 30, 252), point(2022, 10, 30, 340),
                         point(2025, 10, 30, 420, .approx)]
        let range = DateRangePhrase(from: .init(year: 2015, month: 6, day: 1), to: .init(year: 2025, month: 10, day: 30))
        return ChartSpec(kind: .line, title: title(locale), subtitle: locale.publishedCounts(range),
                         source: source(locale),
                         series: [SeriesData(id: "total", label: l.total, points: total),
                                  SeriesData(id: "religious", label: l.religious, points: religious)],
                         noData: [l.noData], width: width, height: height, locale: locale, caveats: [caveat(locale)])
    }
}
