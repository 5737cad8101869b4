/// The words a slope chart draws itself, in the chart's language.
public enum SlopeStrings {
    /// Heading of a side whose series start (or end) on different dates: each label then names its date.
    static func side(first: Bool, _ locale: ChartLocale) -> String {
        switch (first, locale) {
        case (true, .en): return "First figure"
        case (true, .fr): return "Premier chiffre"
        case (true, .ru): return "Первое число"
        case (true, .uk): return "Перше число"
        case (false, .en): return "Latest figure"
        case (false, .fr): return "Dernier chiffre"
        case (false, .ru): return "Последнее число"
        case (false, .uk): return "Останнє число"
        }
    }

    /// Note naming series left out because a single figure has no slope.
    public static func oneFigure(_ names: [String], _ locale: ChartLocale) -> String {
        let list = names.joined(separator: ", ")
        switch locale {
        case .en: return "One published figure only, so no slope: \(list)."
        case .fr: return "Un seul chiffre publié, donc pas de pente : \(list)."
        case .ru: return "Опубликовано лишь одно число, наклона нет: \(list)."
        case .uk: return "Опубліковано лише одне число, нахилу немає: \(list)."
        }
    }

    /// What the alt text calls the chart.
    static func altKind(_ locale: ChartLocale) -> String {
        switch locale {
        case .en: return "Slope chart of each series' first and latest figure"
        case .fr: return "Graphique de pente du premier et du dernier chiffre de chaque série"
        case .ru: return "Наклонный график: первое и последнее число каждого ряда"
        case .uk: return "Похилий графік: перше й останнє число кожного ряду"
        }
    }
}
