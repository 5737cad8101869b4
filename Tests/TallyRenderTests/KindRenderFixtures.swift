import TallyCharts

/// Specs of the press kit's chart kinds for golden images, in English and Russian.
enum KindRenderFixtures {
    static func point(_ date: String, _ v: Double, _ q: DataPoint.Qualifier = .exact) -> DataPoint { RenderFixtures.point(date, v, q) }

    /// Three groups: a count on a date with an approximate figure, counts over a period with a
    /// lower bound (bars), and a group nobody counts.
    static func facets(_ locale: ChartLocale) -> ChartSpec {
        let ru = locale == .ru
        var spec = ChartSpec(kind: .facets, title: ru ? "Что публикуется по каждой группе" : "What is published for each group",
                             subtitle: ru ? "У каждой панели своя шкала" : "Each panel on its own scale",
                             source: ru ? "Тестовый источник" : "Test source", series: [
                                SeriesData(id: "held", label: ru ? "Диссиденты" : "Dissidents",
                                           points: [point("2016-10", 50), point("2019-10", 296, .approx), point("2023-10", 700)]),
                                SeriesData(id: "prosecuted", label: ru ? "ЛГБТ-люди" : "LGBT people",
                                           points: [point("2022", 20), point("2023", 31), point("2024", 45, .atLeast)]),
                                SeriesData(id: "defenders", label: ru ? "Правозащитники" : "Defenders", points: []),
                             ], width: 800, height: 450, locale: locale)
        spec.facets = FacetsOptions(yAxes: .free, panels: [
            FacetPanel(title: ru ? "Диссиденты" : "Dissidents", subject: ru ? "Общий список" : "General list",
                       caption: ru ? "Орган A · численность на дату" : "Body A · count on a date"),
            FacetPanel(title: ru ? "ЛГБТ-люди" : "LGBT people", subject: ru ? "Приговоры за год" : "Convictions in a year",
                       caption: ru ? "Орган B · число за период" : "Body B · count over a period", marks: .bars),
            FacetPanel(title: ru ? "Правозащитники" : "Defenders"),
        ])
        return spec
    }

    /// Two lists from their first to their latest figure, one of them approximate.
    static func slope(_ locale: ChartLocale) -> ChartSpec {
        let ru = locale == .ru
        return ChartSpec(kind: .slope, title: ru ? "Списки политзаключённых" : "Lists of political prisoners",
                         source: ru ? "Тестовый источник" : "Test source", series: [
                            SeriesData(id: "political", label: ru ? "Общий список" : "General list",
                                       points: [point("2018-03", 46), point("2021-10", 80), point("2023-10", 185)]),
                            SeriesData(id: "religious", label: ru ? "Преследуемые за религию" : "Religious list",
                                       points: [point("2018-03", 97), point("2023-10", 420, .approx)]),
                         ], width: 800, height: 450, locale: locale)
    }

    /// 296 people, one cell each.
    static func waffle(_ locale: ChartLocale) -> ChartSpec {
        let ru = locale == .ru
        return ChartSpec(kind: .waffle, title: ru ? "Политзаключённые" : "Political prisoners",
                         source: ru ? "Тестовый источник" : "Test source", series: [
                            SeriesData(id: "total", label: ru ? "Признанные политзаключённые" : "Recognised political prisoners",
                                       points: [point("2019-06", 296)]),
                         ], width: 800, height: 450, locale: locale)
    }

    /// The latest figure, its change and a sparkline, at a square size.
    static func card(_ locale: ChartLocale) -> ChartSpec {
        let ru = locale == .ru
        return ChartSpec(kind: .card, title: ru ? "Признанные политзаключённые" : "Recognised political prisoners",
                         source: ru ? "Тестовый источник" : "Test source", series: [
                            SeriesData(id: "total", label: "total", points: [point("2015", 50), point("2019-06", 296),
                                                                             point("2024-07", 767), point("2025-10", 1262)]),
                         ], width: 540, height: 540, locale: locale)
    }
}
