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
                  ], noData: ["ЛГБТ-люди"], width: 800, height: 450, locale: .ru, minimumCounts: true)
    }

    static var frenchShares: ChartSpec {
        ChartSpec(kind: .share, title: "Part de chaque liste", source: "Memorial", series: cyrillicLines.series,
                  width: 600, height: 400, locale: .fr)
    }
}
