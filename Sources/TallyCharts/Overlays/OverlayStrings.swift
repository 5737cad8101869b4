/// The words the overlays add to a chart, in the chart's language.
enum OverlayStrings {
    /// The note under an indexed chart.
    static func index(_ date: String, _ locale: ChartLocale) -> String {
        switch locale {
        case .en: return "Index: each series' figure for \(date) = 100."
        case .fr: return "Indice : le chiffre de chaque série pour \(date) = 100."
        case .ru: return "Индекс: число каждого ряда на \(date) = 100."
        case .uk: return "Індекс: число кожного ряду на \(date) = 100."
        }
    }
}
