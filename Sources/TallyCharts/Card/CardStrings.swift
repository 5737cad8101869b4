/// The words a headline card draws itself, in the chart's language. Dates stand in parentheses,
/// in the form the chart's axes use, so that no phrase needs a date in another grammatical case.
enum CardStrings {
    /// "+57 since the previous figure (1 Mar 2025)".
    static func change(_ signed: String, since date: String, _ locale: ChartLocale) -> String {
        switch locale {
        case .en: return "\(signed) since the previous figure (\(date))"
        case .fr: return "\(signed) depuis le chiffre précédent (\(date))"
        case .ru: return "\(signed) по сравнению с предыдущим числом (\(date))"
        case .uk: return "\(signed) порівняно з попереднім числом (\(date))"
        }
    }

    /// When either figure is approximate or a bound, no difference is computed: the previous
    /// figure is given as published.
    static func previous(_ value: String, _ date: String, _ locale: ChartLocale) -> String {
        switch locale {
        case .en: return "previous figure: \(value) (\(date))"
        case .fr: return "chiffre précédent : \(value) (\(date))"
        case .ru: return "предыдущее число: \(value) (\(date))"
        case .uk: return "попереднє число: \(value) (\(date))"
        }
    }

    /// What the alt text calls the chart.
    static func altKind(_ locale: ChartLocale) -> String {
        switch locale {
        case .en: return "Headline card with a sparkline"
        case .fr: return "Carte de chiffre clé avec une courbe miniature"
        case .ru: return "Карточка с главным числом и мини-графиком"
        case .uk: return "Картка з головним числом і мініграфіком"
        }
    }
}
