import TallyCharts
import TallyData

/// What a small-multiples chart built from data says in words: what each measure counts, the
/// default title of the groups' panels, and how the panels' scales are to be read.
enum FacetsWords {
    /// What a category's figures count, in the chart's language; nil for a measure Tally does not know.
    static func measure(_ m: Measure?, _ locale: ChartLocale) -> String? {
        switch (m, locale) {
        case (nil, _): return nil
        case (.stock?, .en): return "count on a date"
        case (.stock?, .fr): return "effectif à une date"
        case (.stock?, .ru): return "численность на дату"
        case (.stock?, .uk): return "чисельність на дату"
        case (.cumulative?, .en): return "running total since a start date"
        case (.cumulative?, .fr): return "total cumulé depuis une date de départ"
        case (.cumulative?, .ru): return "нарастающий итог с начальной даты"
        case (.cumulative?, .uk): return "наростаючий підсумок від початкової дати"
        case (.flow?, .en): return "count over a period"
        case (.flow?, .fr): return "nombre sur une période"
        case (.flow?, .ru): return "число за период"
        case (.flow?, .uk): return "кількість за період"
        }
    }

    static func groupsTitle(_ locale: ChartLocale) -> String {
        switch locale {
        case .en: return "What is published for each group"
        case .fr: return "Ce qui est publié pour chaque groupe"
        case .ru: return "Что публикуется по каждой группе"
        case .uk: return "Що публікується щодо кожної групи"
        }
    }

    /// The subtitle: how heights compare across panels.
    static func scales(_ axes: FacetsOptions.YAxes, _ locale: ChartLocale) -> String {
        switch (axes, locale) {
        case (.free, .en): return "Each panel on its own scale: compare shapes, not heights"
        case (.free, .fr): return "Chaque panneau a sa propre échelle : comparez les formes, pas les hauteurs"
        case (.free, .ru): return "У каждой панели своя шкала: сравнивайте форму, а не высоту"
        case (.free, .uk): return "Кожна панель має власну шкалу: порівнюйте форму, а не висоту"
        case (.shared, .en): return "All panels on one scale"
        case (.shared, .fr): return "Tous les panneaux sur la même échelle"
        case (.shared, .ru): return "Все панели в одной шкале"
        case (.shared, .uk): return "Усі панелі в одній шкалі"
        }
    }
}
