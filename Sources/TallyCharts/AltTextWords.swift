/// The words of generated alt text in each of the chart's languages (`AltText`). "Figures" are
/// published counts, never estimates: "опубликованные значения", "опубліковані значення".
struct AltTextWords {
    let locale: ChartLocale

    init(_ locale: ChartLocale) { self.locale = locale }

    func kind(_ spec: ChartSpec) -> String {
        switch (spec.kind, locale) {
        case (.line, .en): return "Line chart"
        case (.line, .fr): return "Graphique en courbes"
        case (.line, .ru): return "Линейный график"
        case (.line, .uk): return "Лінійний графік"
        case (.area, .en): return "Stacked area chart"
        case (.area, .fr): return "Graphique en aires empilées"
        case (.area, .ru): return "Диаграмма с областями с накоплением"
        case (.area, .uk): return "Діаграма з областями з накопиченням"
        case (.share, .en): return "Bar chart of shares (100%)"
        case (.share, .fr): return "Histogramme des parts (100\u{202F}%)"
        case (.share, .ru): return "Гистограмма долей (100\u{00A0}%)"
        case (.share, .uk): return "Гістограма часток (100\u{00A0}%)"
        case (.bar, _) where spec.stacked:
            switch locale {
            case .en: return "Stacked bar chart"
            case .fr: return "Histogramme empilé"
            case .ru: return "Гистограмма с накоплением"
            case .uk: return "Гістограма з накопиченням"
            }
        case (.bar, .en): return "Bar chart"
        case (.bar, .fr): return "Histogramme groupé"
        case (.bar, .ru): return "Столбчатая диаграмма"
        case (.bar, .uk): return "Стовпчикова діаграма"
        case (.facets, _): return FacetsStrings.altKind(shared: spec.facets?.yAxes == .shared, locale)
        case (.slope, _): return SlopeStrings.altKind(locale)
        case (.waffle, _): return WaffleStrings.altKind(perCell: spec.waffle?.perCell ?? 1, locale)
        case (.card, _): return CardStrings.altKind(locale)
        }
    }

    /// "12 published figures", "12 chiffres publiés", "12 опубликованных значений".
    func figures(_ n: Int) -> String {
        switch locale {
        case .en: return locale.count(n, one: "published figure", few: "published figures", many: "published figures")
        case .fr: return locale.count(n, one: "chiffre publié", few: "chiffres publiés", many: "chiffres publiés")
        case .ru: return locale.count(n, one: "опубликованное значение", few: "опубликованных значения", many: "опубликованных значений")
        case .uk: return locale.count(n, one: "опубліковане значення", few: "опубліковані значення", many: "опублікованих значень")
        }
    }

    func fromTo(_ first: String, _ last: String) -> String {
        switch locale {
        case .en: return "from \(first) to \(last)"
        case .fr: return "de \(first) à \(last)"
        case .ru: return "от \(first) до \(last)"
        case .uk: return "від \(first) до \(last)"
        }
    }

    func highest(_ peak: String) -> String {
        switch locale {
        case .en: return "highest \(peak)"
        case .fr: return "au plus haut \(peak)"
        case .ru: return "наибольшее — \(peak)"
        case .uk: return "найбільше — \(peak)"
        }
    }

    /// How many of a series' figures are approximate or lower bounds.
    func qualified(_ n: Int) -> String {
        switch locale {
        case .en: return "\(n) of them approximate or lower bounds."
        case .fr: return locale.labelled("Approximatifs ou minimaux", String(n)) + "."
        case .ru: return "Из них приблизительных или минимальных: \(n)."
        case .uk: return "З них приблизних або мінімальних: \(n)."
        }
    }

    var noDataFor: String {
        switch locale {
        case .en: return "No published counts for"
        case .fr: return "Aucun chiffre publié pour"
        case .ru: return "Нет опубликованных данных"
        case .uk: return "Немає опублікованих даних"
        }
    }

    var annotation: String {
        switch locale {
        case .en: return "Annotation"
        case .fr: return "Annotation"
        case .ru: return "Пометка"
        case .uk: return "Позначка"
        }
    }

    var leftOut: String {
        switch locale {
        case .en: return "Left out, as a part has no figure on that date"
        case .fr: return "Dates omises, une partie n’y ayant pas de chiffre"
        case .ru: return "Пропущены даты, на которые у одной из частей нет значения"
        case .uk: return "Пропущено дати, на які одна з частин не має значення"
        }
    }
}
