import Foundation
import Testing
import TallyCharts
@testable import TallyChartData
import TallyData
import TallyStats

/// A census by country as another organisation would publish it (a tidy CSV): the total counts
/// more people than the four countries shown; in 2012 the total was published only as a bound
/// below the countries' sum; in 2013 no total was published; in 2014 Spain has no figure.
let censusWithOthers = """
    date,category,count,qualifier
    2010,total,900,exact
    2010,fr,120,exact
    2010,de,90,exact
    2010,it,60,exact
    2010,es,45,exact
    2011,total,1000,exact
    2011,fr,130,exact
    2011,de,95,exact
    2011,it,59,exact
    2011,es,49,exact
    2012,total,300,at_least
    2012,fr,140,exact
    2012,de,100,exact
    2012,it,58,exact
    2012,es,52,exact
    2013,fr,150,exact
    2013,de,104,exact
    2013,it,55,exact
    2013,es,56,exact
    2014,total,1100,exact
    2014,fr,160,exact
    2014,de,108,exact
    2014,it,50,exact

    """

func loadCSV(_ text: String, name: String) throws -> Dataset {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tally-chartdata-\(getpid())-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent(name).path
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return try DatasetLoader.load(path)
}

@Suite("Chart specs built from a dataset")
struct ChartSpecBuilderTests {
    let countries = ["fr", "de", "it", "es"]

    func spec(_ data: Dataset, _ ids: [String], _ kind: ChartSpec.Kind = .share) -> ChartSpec {
        ChartSpecBuilder(dataset: data, series: ids.map { data.series($0) })
            .spec(kind: kind, title: nil, subtitle: nil, locale: .en, width: 800, height: 450)
    }

    /// The share chart and `stats breakdown` (CompositionSelection read into CompositionBreakdown,
    /// as BreakdownCommand does) give the same shares of the same wholes on the same dates.
    @Test func shareChartShowsTheSharesBreakdownPrints() throws {
        let data = try loadCSV(censusWithOthers, name: "census-with-others.csv")
        let table = ShareTable(spec(data, countries))
        let selection = try CompositionSelection(dataset: data, whole: "total", parts: countries, range: DateRange(), on: [],
                                                 matchWithinDays: nil, policy: .preferOriginal)
        let breakdown = CompositionBreakdown(parts: countries,
                                             dates: selection.entries.map { e in (e.date.description, e.whole.map { Double($0.count) }, e.parts.map { Double($0.count) }) },
                                             level: 0.95, intervals: false)
        #expect(table.rows.map(\.time) == selection.entries.map(\.date.decimalYear))
        #expect(table.rows.count == 4, "2014 is left out: Spain has no figure")
        for (chart, printed) in zip(table.rows, breakdown.rows) {
            #expect(chart.shares == printed.shares, "\(printed.label)")
            #expect(chart.whole == printed.whole, "\(printed.label)")
            #expect(chart.wholeIsSumOfParts == printed.wholeIsSumOfParts, "\(printed.label)")
            #expect(chart.notAttributed == printed.unattributedShare, "\(printed.label)")
        }
        // France in 2010 is 120 of 900 (13.3%), not 120 of the four countries' 315 (38.1%).
        #expect(abs(table.rows[0].shares[0] - 120.0 / 900) < 1e-12)
        #expect(table.rows[2].wholeIsSumOfParts, "2012: a total published below the parts' sum is not the whole")
    }

    @Test func aTidyCSVGetsNoInventedSourceOrCaveatAndIsNotTitledByAnId() throws {
        let data = try loadCSV(censusWithOthers, name: "census-with-others.csv")
        let s = spec(data, countries)
        #expect(s.source == "not given")
        let builder = ChartSpecBuilder(dataset: data, series: countries.map { data.series($0) })
        #expect(builder.sourceList() == ["census-with-others.csv: source not given (the file census-with-others.csv)"])
        #expect(s.caveats.isEmpty)
        #expect(s.title == "census-with-others", "the whole 'total' has no label of its own")
        #expect(s.series.map(\.label) == countries)
        var labelled = data
        labelled.categories = labelled.categories.map { c in
            var c = c
            if c.id == "total" { c.labels = ["en": "Everyone counted"] }
            return c
        }
        #expect(spec(labelled, countries).title == "Everyone counted")
        #expect(spec(labelled, ["fr"]).title == "fr")
    }

    /// What a stack may hold is TallyData's rule (`partsOfAWhole`, tested there and end to end);
    /// the chart's own rule is one measure on one axis, for every kind of chart.
    @Test func oneAxisTakesOneMeasure() throws {
        var data = try loadCSV(censusWithOthers, name: "census-with-others.csv")
        #expect(throws: Never.self) { try ChartSelectionRule.check(["total", "fr"], in: data) }
        data.categories = data.categories.map { c in
            var c = c
            c.measure = c.id == "es" ? "cumulative" : "stock"
            return c
        }
        do {
            try ChartSelectionRule.check(["fr", "es"], in: data)
            Issue.record("two measures on one axis were accepted")
        } catch {
            #expect(error.message.contains("'fr' is a stock count and 'es' a cumulative count"))
        }
        #expect(throws: Never.self) { try ChartSelectionRule.check(["fr", "it"], in: data) }
    }
}
