import Foundation
import TallyCharts

enum RenderFixtures {
    static var goldenFolder: String {
        // The source tree's folder, so that TALLY_UPDATE_GOLDENS=1 writes where git sees it.
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/golden").path
    }

    static func point(_ date: String, _ v: Double, _ q: DataPoint.Qualifier = .exact) -> DataPoint {
        let parts = date.split(separator: "-").map { Int($0)! }
        let t = Double(parts[0]) + (parts.count > 1 ? (Double(parts[1]) - 0.5) / 12 : 0.5)
        return DataPoint(time: t, year: parts[0], month: parts.count > 1 ? parts[1] : nil, value: v, qualifier: q)
    }

    /// The kind of chart the report leads with, in Russian, to exercise Cyrillic shaping.
    static var cyrillicLines: ChartSpec {
        ChartSpec(kind: .line, title: "Признанные политзаключённые (списки «Мемориала»)", subtitle: "Опубликованные данные",
                  source: "Правозащитный центр «Мемориал»",
                  series: [
                    SeriesData(id: "political", label: "Общий список", points: [point("2018-03", 46), point("2019-10", 53), point("2021-10", 80), point("2023-10", 185)]),
                    SeriesData(id: "religious", label: "Преследуемые за религию", points: [point("2018-03", 97), point("2019-10", 252), point("2021-10", 340), point("2023-10", 420, .approx)]),
                  ], noData: ["ЛГБТ-люди"], width: 800, height: 450, locale: .ru,
                  caveats: ["Минимальные данные: учтены люди, признанные политзаключёнными, а не все политзаключённые."])
    }

    static var frenchShares: ChartSpec {
        ChartSpec(kind: .share, title: "Part de chaque liste", source: "Memorial", series: cyrillicLines.series,
                  width: 600, height: 400, locale: .fr)
    }

    /// Two parts of one whole on four dates, in English: the bar, area and horizontal charts.
    static var twoParts: [SeriesData] {
        [SeriesData(id: "political", label: "General list", points: [point("2018-03", 46), point("2019-10", 53), point("2021-10", 80), point("2023-10", 185, .atLeast)]),
         SeriesData(id: "religious", label: "Religious list", points: [point("2018-03", 97), point("2019-10", 252), point("2021-10", 340), point("2023-10", 420, .approx)])]
    }

    static var stackedBars: ChartSpec {
        ChartSpec(kind: .bar, title: "Stacked bars of two parts", subtitle: "Published counts, March 2018 to October 2023",
                  source: "Test source", series: twoParts, width: 600, height: 400)
    }

    static var stackedAreas: ChartSpec {
        ChartSpec(kind: .area, title: "Stacked areas of two parts", source: "Test source", series: twoParts, width: 600, height: 400)
    }

    static var horizontalGroupedBars: ChartSpec {
        ChartSpec(kind: .bar, title: "Horizontal grouped bars", source: "Test source", series: twoParts,
                  width: 600, height: 400, horizontal: true, stacked: false)
    }

    static var horizontalShares: ChartSpec {
        ChartSpec(kind: .share, title: "Each part's share, horizontal", source: "Test source", series: twoParts,
                  width: 600, height: 400, horizontal: true)
    }

    /// The religious list alone on the last date: the date is left out of the stack and named.
    static var stackedBarsWithAPartMissing: ChartSpec {
        var parts = twoParts
        parts[1].points.append(point("2025-05", 417))
        return ChartSpec(kind: .bar, title: "Stacked bars, a part missing on one date", source: "Test source", series: parts,
                         width: 600, height: 400)
    }

    /// Shares of a published whole larger than the two parts: the rest is drawn and named.
    static var sharesOfAPublishedWhole: ChartSpec {
        ChartSpec(kind: .share, title: "Shares of the whole", source: "Test source", series: twoParts, width: 600, height: 400,
                  whole: SeriesData(id: "total", label: "Total", points: [point("2018-03", 183), point("2019-10", 305),
                                                                        point("2021-10", 440), point("2023-10", 605)]))
    }
}
