/// The words a waffle chart draws itself, in the chart's language.
enum WaffleStrings {
    /// "1 cell = 10 people".
    static func perCell(_ n: Int, _ locale: ChartLocale) -> String {
        let number = locale.number(Double(n))
        switch locale {
        case .en: return "1 cell = \(number) \(n == 1 ? "person" : "people")"
        case .fr: return "1 case = \(number) \(n == 1 ? "personne" : "personnes")"
        case .ru: return "1 клетка = \(number) \(plural(n, "человек", "человека", "человек"))"
        case .uk: return "1 клітинка = \(number) \(plural(n, "особа", "особи", "осіб"))"
        }
    }

    /// The Russian and Ukrainian plural of a count: one (1, 21, ...), few (2-4, 22-24, ...), many.
    static func plural(_ n: Int, _ one: String, _ few: String, _ many: String) -> String {
        let tens = n % 100, units = n % 10
        if units == 1, tens != 11 { return one }
        if (2...4).contains(units), !(12...14).contains(tens) { return few }
        return many
    }

    /// What the alt text calls the chart.
    static func altKind(perCell people: Int, _ locale: ChartLocale) -> String {
        switch locale {
        case .en: return "Waffle chart, " + (people == 1 ? "one cell per person" : perCell(people, locale))
        case .fr: return "Graphique en gaufre, " + (people == 1 ? "une case par personne" : perCell(people, locale))
        case .ru: return "Вафельная диаграмма, " + (people == 1 ? "одна клетка на человека" : perCell(people, locale))
        case .uk: return "Вафельна діаграма, " + (people == 1 ? "одна клітинка на особу" : perCell(people, locale))
        }
    }
}
