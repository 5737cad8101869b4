@testable import TallyCharts

/// Small-multiples specs named for what they show.
enum FacetsFixtures {
    static func point(_ t: Double, _ v: Double, _ q: DataPoint.Qualifier = .exact) -> DataPoint {
        DataPoint(time: t, year: Int(t), value: v, qualifier: q)
    }

    /// Three groups: a count on a date, counts over a period, and one nobody counts.
    static var threeGroupsOneWithoutACount: ChartSpec {
        var spec = ChartSpec(kind: .facets, title: "Three groups", source: "Test source", series: [
            SeriesData(id: "held", label: "People held", points: [point(2016.5, 50), point(2019.5, 296, .approx), point(2023.5, 700)]),
            SeriesData(id: "prosecuted", label: "Prosecuted in a year", points: [point(2022.5, 20), point(2023.5, 31), point(2024.5, 45, .atLeast)]),
            SeriesData(id: "defenders", label: "Defenders", points: []),
        ], width: 900, height: 500)
        spec.facets = FacetsOptions(yAxes: .free, panels: [
            FacetPanel(title: "People held", caption: "Body A · count on a date"),
            FacetPanel(title: "Prosecuted", caption: "Body B · count over a period", marks: .bars),
            FacetPanel(title: "Defenders"),
        ])
        return spec
    }

    /// Two counts on a date by one body, one a tenth of the other.
    static func twoLists(_ axes: FacetsOptions.YAxes) -> ChartSpec {
        var spec = ChartSpec(kind: .facets, title: "Two lists", source: "Test source", series: [
            SeriesData(id: "big", label: "Big list", points: [point(2016.5, 100), point(2020.5, 800)]),
            SeriesData(id: "small", label: "Small list", points: [point(2016.5, 10), point(2020.5, 80)]),
        ], width: 800, height: 450)
        spec.facets = FacetsOptions(yAxes: axes)
        return spec
    }
}
