import Testing
@testable import TallyReport
import TallyData
import TallyPrimitives

@Suite("stats show table: each figure in every format")
struct SeriesTableTests {
    let table = SeriesTable(dataset: ReportFixtures.doublingEachYear, series: [ReportFixtures.doublingEachYear.series("cases")],
                            caveats: [ReportFixtures.caveat])

    @Test func theWideTableMarksEachFigureWithItsSource() {
        let t = table.table()
        #expect(t.columns.map(\.header) == ["date", "cases"])
        #expect(t.rows == [["2015", "10 [1]"], ["2016", "20 [1]"], ["2017", "40 [1]"], ["2018", "80 [1]"]])
        #expect(t.notes.contains("  [1] The Counting Office, \"Yearly census\" https://example.org/census (original)"))
    }

    @Test func theCaveatsFollowTheSourcePolicyAndNoneIsInvented() {
        let notes = table.table().notes
        let policy = notes.firstIndex { $0.hasPrefix("Source policy: ") }
        #expect(policy.map { notes[$0 + 1] } == ReportFixtures.caveat)
        let plain = SeriesTable(dataset: table.dataset, series: table.series, caveats: []).table().notes
        #expect(plain.map { $0 } == notes.filter { $0 != ReportFixtures.caveat })
    }

    @Test func csvHasOneRowPerFigure() {
        let csv = ReportFixtures.csvRows(table.longTable().render(.csv))
        #expect(csv[0] == ["date", "category", "count", "qualifier", "source", "note"])
        #expect(csv[1] == ["2015", "cases", "10", "exact", "census", ""])
        #expect(csv.count == 5)
    }

    @Test func jsonGivesEachPointWithItsDecimalYear() throws {
        let point = try #require(table.json()["series"]?.arrayValue?.first?["points"]?.arrayValue?.first)
        guard case .object(let members) = point else { Issue.record("point is not an object"); return }
        #expect(members.map(\.0) == ["date", "decimal_year", "count", "qualifier", "source", "note", "alternatives"])
        #expect(point["decimal_year"]?.doubleValue == 2015.5)
        #expect(point["count"]?.intValue == 10)
        #expect(point["note"] == .null)
    }

    @Test func markdownCarriesTheSameRows() {
        #expect(table.table().render(.markdown).contains("| 2015 | 10 \\[1\\] |"))
    }
}

@Suite("stats validate summary: each category in every format")
struct DatasetSummaryTests {
    static var dataset: Dataset {
        var d = ReportFixtures.wholeWithTwoParts
        d.categories += [Category(id: "c", parent: "whole", countingBody: "The Counting Office", measure: "stock")]
        return d
    }
    let summary = DatasetSummary(Self.dataset)

    @Test func theTableGivesEachCategorysObservations() {
        let t = summary.table()
        #expect(t.columns.map(\.header) == ["category", "parent", "observations", "first", "last", "counting body", "measure"])
        #expect(t.rows == [["whole", "", "2", "2020", "2021", "", ""], ["a", "whole", "2", "2020", "2021", "", ""],
                           ["b", "whole", "2", "2020", "2021", "", ""], ["c", "whole", "no data", "", "", "The Counting Office", "stock"]])
        #expect(t.notes.contains("No data (no published counts; never read as zero): c"))
    }

    @Test func csvIsTheTableAsRows() {
        let csv = ReportFixtures.csvRows(summary.table().render(.csv))
        #expect(csv[0] == ["category", "parent", "observations", "first", "last", "counting body", "measure"])
        #expect(csv[4] == ["c", "whole", "no data", "", "", "The Counting Office", "stock"])
    }

    @Test func jsonKeepsTheCountAndSaysNoData() throws {
        let c = try #require(summary.json()["categories"]?.arrayValue?.last)
        guard case .object(let members) = c else { Issue.record("category is not an object"); return }
        #expect(members.map(\.0) == ["id", "parent", "label_en", "observations", "status", "first_date", "last_date", "counting_body", "measure"])
        #expect(c["observations"]?.intValue == 0 && c["status"]?.stringValue == "no data")
        #expect(c["first_date"] == .null && c["counting_body"]?.stringValue == "The Counting Office")
    }

    @Test func markdownCarriesTheSameRows() {
        #expect(summary.table().render(.markdown).contains("| c | whole | no data |  |  | The Counting Office | stock |"))
    }
}
