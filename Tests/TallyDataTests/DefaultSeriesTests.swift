import Testing
@testable import TallyData

@Suite("The series analysed when the user names none")
struct DefaultSeriesTests {
    @Test func thePackageSaysWhichSeriesIsTheDefault() throws {
        let d = SelectionFixtures.dataset(["total", "prisoners"], defaultCategory: "prisoners")
        #expect(try d.defaultSeries().id == "prisoners")
    }

    @Test func withoutAPackageDefaultTotalIsTheWholeOfTheOthers() throws {
        let d = SelectionFixtures.dataset(["a", "total", "b"])
        #expect(try d.defaultSeries().id == "total")
    }

    @Test func theOnlyCategoryIsTheDefault() throws {
        let d = SelectionFixtures.dataset(["x"])
        #expect(try d.defaultSeries().id == "x")
    }

    @Test func severalCategoriesWithoutTotalAskTheUserToChoose() {
        let d = SelectionFixtures.dataset(["a", "b"])
        let error = #expect(throws: NoDefaultSeries.self) { try d.defaultSeries() }
        #expect(error?.reason == .several)
        #expect(error?.description.contains("--category (one of: a, b) or use --all") == true)
        #expect(error?.isUsageError == true)
    }

    @Test func aHeaderWithoutRowsSaysSoInsteadOfAnEmptyList() {
        let d = SelectionFixtures.dataset([], years: [])
        let error = #expect(throws: NoDefaultSeries.self) { try d.defaultSeries() }
        #expect(error?.reason == .noCategories)
        #expect(error?.description.contains("no rows") == true)
        #expect(error?.description.contains("one of: )") == false)
        #expect(error?.isUsageError == false)
    }

    @Test func aDefaultThePackageDoesNotHaveIsADataError() {
        let d = SelectionFixtures.dataset(["a", "total"], defaultCategory: "missing")
        #expect(throws: NoDefaultSeries(reason: .unknownDefault("missing"), choices: ["a", "total"])) { try d.defaultSeries() }
    }

    @Test func defaultPartsAreTheDefaultSeriesPartsOrEverySeriesWithoutOne() throws {
        let package = SelectionFixtures.dataset(["total", "political<total", "religious<total", "other"])
        #expect(try package.defaultParts().map(\.id) == ["political", "religious"])
        #expect(try SelectionFixtures.dataset(["a", "b"]).defaultParts().map(\.id) == ["a", "b"])
        #expect(try SelectionFixtures.dataset(["x"]).defaultParts().map(\.id) == ["x"])
    }

    @Test func withoutADefaultACommandShowsEverySeriesWithData() throws {
        let tidy = SelectionFixtures.dataset(["a", "b"])
        #expect(try tidy.defaultSelection(withParts: false).map(\.id) == ["a", "b"])
        let package = SelectionFixtures.dataset(["total", "political<total", "other"])
        #expect(try package.defaultSelection(withParts: true).map(\.id) == ["total", "political"])
        #expect(try package.defaultSelection(withParts: false).map(\.id) == ["total"])
    }
}

@Suite("One mark per qualifier, wherever a figure is shown")
struct QualifierMarkTests {
    @Test func marksAreASCIIAndBoundsAreDistinct() {
        #expect(Qualifier.allCases.map(\.mark) == ["", "~", ">=", ">", "~"])
        #expect(Qualifier.allCases.allSatisfy { $0.mark.unicodeScalars.allSatisfy(\.isASCII) })
    }

    @Test func sentencesSayTheMarkInWords() {
        #expect(Qualifier.atLeast.sentencePrefix + "767" == "at least 767")
        #expect(Qualifier.closeTo.sentencePrefix == Qualifier.approx.sentencePrefix)
        #expect(Qualifier.exact.sentencePrefix.isEmpty)
    }
}
