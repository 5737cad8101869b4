/// The words a small-multiples chart draws itself, in the chart's language.
enum FacetsStrings {
    /// Drawn in the panel of a series with no figure: never a zero line.
    static func noCountPublished(_ locale: ChartLocale) -> String {
        switch locale {
        case .en: return "no count published"
        case .fr: return "aucun décompte publié"
        case .ru: return "число не публикуется"
        case .uk: return "кількість не публікується"
        }
    }

    /// What the alt text calls the chart.
    static func altKind(shared: Bool, _ locale: ChartLocale) -> String {
        switch (shared, locale) {
        case (true, .en): return "Small multiples, one panel per series on one shared scale"
        case (false, .en): return "Small multiples, one panel per series, each on its own scale"
        case (true, .fr): return "Petits multiples, un panneau par série sur une même échelle"
        case (false, .fr): return "Petits multiples, un panneau par série, chacun à sa propre échelle"
        case (true, .ru): return "Малые множественные графики, по панели на ряд, в одной шкале"
        case (false, .ru): return "Малые множественные графики, по панели на ряд, у каждой своя шкала"
        case (true, .uk): return "Малі множинні графіки, по панелі на ряд, в одній шкалі"
        case (false, .uk): return "Малі множинні графіки, по панелі на ряд, кожна зі своєю шкалою"
        }
    }
}
