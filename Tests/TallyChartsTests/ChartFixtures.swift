@testable import TallyCharts

/// Small specs named for what they show.
enum ChartFixtures {
    static func point(_ t: Double, _ v: Double, _ q: DataPoint.Qualifier = .exact) -> DataPoint {
        DataPoint(time: t, year: Int(t), month: nil, day: nil, value: v, qualifier: q)
    }

    /// Three series ending close together, so that their end labels compete for room.
    static var crowdedLines: ChartSpec {
        ChartSpec(kind: .line, title: "Crowded end labels", source: "Test source",
                  series: [
                    SeriesData(id: "a", label: "First series with a long name", points: [point(2015.5, 10), point(2020.5, 100)]),
                    SeriesData(id: "b", label: "Second", points: [point(2015.5, 20), point(2020.5, 101)]),
                    SeriesData(id: "c", label: "Third", points: [point(2015.5, 30), point(2020.5, 102)]),
                  ], width: 800, height: 450)
    }

    /// Memorial-like growth with an approximate figure, a lower bound and a long gap.
    static var qualifiedWithGap: ChartSpec {
        ChartSpec(kind: .line, title: "Qualified figures and a gap", subtitle: "Sub", source: "Memorial",
                  series: [SeriesData(id: "total", label: "Total", points: [
                    point(2014.5, 46), point(2015.5, 50), point(2016.5, 100), point(2019.5, 296, .approx),
                    point(2020.5, 362), point(2024.6, 767, .atLeast), point(2025.9, 1262),
                  ])], noData: ["LGBT people"], caveats: ["Minimum counts: a caveat from the data package."])
    }

    static var twoParts: [SeriesData] {
        [SeriesData(id: "political", label: "General list", points: [point(2018.2, 46), point(2019.8, 53), point(2021.8, 80)]),
         SeriesData(id: "religious", label: "Religious list", points: [point(2018.2, 97), point(2019.8, 252), point(2021.8, 340)])]
    }
}
