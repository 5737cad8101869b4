import Testing
@testable import TallyData

@Suite("Loading and validating datasets")
struct DatasetLoaderTests {
    /// The errors a broken fixture must produce, as printed.
    func errors(_ name: String) throws -> [String] {
        do {
            _ = try DatasetLoader.load(FixtureFiles.path(name))
            Issue.record("\(name) loaded without error")
            return []
        } catch let invalid as DatasetInvalid {
            return invalid.issues.map { $0.description.replacingOccurrences(of: FixtureFiles.folder + "/", with: "") }
        }
    }

    @Test func tidyCSVLoadsWithInferredCategories() throws {
        let d = try DatasetLoader.load(FixtureFiles.path("valid.csv"))
        #expect(d.observations.count == 3)
        #expect(d.categories.map(\.id) == ["total", "religious"])
        #expect(d.category("religious")?.parent == "total")
        #expect(d.observations[1].qualifier == .approx)
        #expect(d.observations[1].date == PartialDate("2020"))
    }

    @Test func tidyCSVWithoutTotalHasNoHierarchy() throws {
        let d = try DatasetLoader.load(FixtureFiles.path("no-total.csv"))
        #expect(d.categories.allSatisfy { $0.parent == nil })
        // Rows that name no source are attributed to the file, with a warning.
        #expect(d.observations.allSatisfy { $0.source == "no-total.csv" })
        #expect(d.warnings.contains { $0.message.contains("attributed to the file") })
    }

    /// Issue 12.2: a column Tally does not read is left out with a warning, no longer refused
    /// (`TidyCSVReadingTests.theOldRefusalOfAnUnknownColumnIsNowAWarning`).
    @Test func unknownHeaderColumn() throws {
        let d = try DatasetLoader.load(FixtureFiles.path("bad-header.csv"))
        #expect(d.warnings.first?.message == "this column is not read; Tally reads date, category, count, qualifier, source, note")
    }

    @Test func wrongType() throws {
        #expect(try errors("wrong-type.csv") == [
            "wrong-type.csv:2:12: error: field 'count': value 'many': expected a whole number (integer)",
            "wrong-type.csv:3:12: error: field 'count': value '4.5': expected a whole number (integer)",
        ])
    }

    @Test func negativeCount() throws {
        #expect(try errors("negative-count.csv") == [
            "negative-count.csv:2:12: error: field 'count': value '-3': must be >= 0",
        ])
    }

    @Test func duplicatePrimaryKey() throws {
        #expect(try errors("duplicate-key.csv") == [
            "duplicate-key.csv:3:1: error: field 'date+category+source': value '2019-06-10, total, a': duplicate primary key; first seen on line 2",
        ])
    }

    @Test func badDates() throws {
        #expect(try errors("bad-date.csv") == [
            "bad-date.csv:2:1: error: field 'date': value '2023-13': not a real date; expected YYYY, YYYY-MM or YYYY-MM-DD",
            "bad-date.csv:3:1: error: field 'date': value '2023-02-30': not a real date; expected YYYY, YYYY-MM or YYYY-MM-DD",
            "bad-date.csv:4:1: error: field 'date': value '23-01-01': not a real date; expected YYYY, YYYY-MM or YYYY-MM-DD",
        ])
    }

    @Test func raggedRows() throws {
        #expect(try errors("ragged-row.csv") == [
            "ragged-row.csv:2:14: error: row has 4 fields; expected 3 as in the header",
            "ragged-row.csv:3:6: error: row has 2 fields; expected 3 as in the header",
        ])
    }

    @Test func byteOrderMarkAndCRLFAreAccepted() throws {
        #expect(try DatasetLoader.load(FixtureFiles.path("bom.csv")).observations.count == 1)
        #expect(try DatasetLoader.load(FixtureFiles.path("crlf.csv")).observations.map(\.count) == [5, 6])
        #expect(try DatasetLoader.load(FixtureFiles.path("quoted.csv")).observations.count == 3)
    }

    @Test func csvSyntaxErrors() throws {
        #expect(try errors("unterminated-quote.csv") == [
            "unterminated-quote.csv:2:14: error: a quoted field opened here is never closed; expected a closing \" before the end of the file",
        ])
        #expect(try errors("bare-quote.csv") == [
            "bare-quote.csv:2:15: error: a quote inside an unquoted field; quote the whole field and double the inner quote (\"\")",
        ])
        #expect(try errors("empty.csv") == ["empty.csv:1:1: error: no rows: the file is empty; expected a header date,category,count and one row per count"])
    }

    @Test func unknownCategoriesSourcesQualifiersAndParents() throws {
        #expect(try errors("package-bad-references") == [
            "package-bad-references/categories.csv:3:11: error: field 'parent': value 'totl': unknown parent; expected an id listed in package-bad-references/categories.csv",
            "package-bad-references/counts.csv:3:6: error: field 'category': value 'prisoners_of_war': unknown category; expected an id listed in package-bad-references/categories.csv",
            "package-bad-references/counts.csv:4:14: error: field 'qualifier': value 'roughly': not an allowed value; expected one of exact, approx, at_least, more_than, close_to",
            "package-bad-references/counts.csv:4:22: error: field 'source': value 'nobody': unknown source; expected an id listed in package-bad-references/sources.csv",
        ])
    }

    @Test func partsAddingUpToMoreThanTheWholeIsAWarning() throws {
        let d = try DatasetLoader.load(FixtureFiles.path("parts-exceed-whole.csv"))
        #expect(d.warnings.map(\.message).contains("the parts of 'total' on 2019 from source parts-exceed-whole.csv (religious + political) add up to 150, more than the whole"))
    }

    @Test func missingInput() {
        #expect(throws: InputMissing.self) { try DatasetLoader.load(FixtureFiles.path("no-such-file.csv")) }
        #expect(throws: InputMissing.self) { try DatasetLoader.load(FixtureFiles.folder) }
    }

    @Test func packageWithCategoryWithoutData() throws {
        let d = try DatasetLoader.load(FixtureFiles.path("package-valid"))
        #expect(d.categoriesWithoutData.map(\.id) == ["lgbt_people"])
        #expect(d.sources["m1"]?.kind == .original)
    }
}
