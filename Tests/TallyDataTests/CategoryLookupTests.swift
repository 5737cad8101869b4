import Testing
@testable import TallyData

@Suite("Finding the category a user meant")
struct CategoryLookupTests {
    let dataset = SelectionFixtures.dataset(["total", "political<total", "religious<total", "jehovahs_witnesses<religious"])

    @Test func anExactIdIsTakenAsItIs() throws {
        #expect(try dataset.resolveCategory("religious").id == "religious")
    }

    @Test func caseDoesNotMatter() throws {
        #expect(try dataset.resolveCategory("Religious").id == "religious")
        #expect(try dataset.resolveCategory("TOTAL").id == "total")
    }

    @Test func aMisspelledIdGetsADidYouMean() {
        let error = #expect(throws: UnknownCategory.self) { try dataset.resolveCategory("religous") }
        #expect(error?.suggestions == ["religious"])
        #expect(error?.description == "unknown category 'religous'; expected one of: total, political, religious, jehovahs_witnesses; did you mean 'religious'?")
    }

    @Test func anEnglishLabelCloseToWhatWasTypedIsSuggestedByItsId() {
        var d = dataset
        d.categories.append(Category(id: "cat_7", labels: ["en": "Journalists"]))
        let error = #expect(throws: UnknownCategory.self) { try d.resolveCategory("journalist") }
        #expect(error?.suggestions == ["cat_7"])
    }

    @Test func nothingNearMeansNoGuessAndTheListOfIds() {
        let error = #expect(throws: UnknownCategory.self) { try dataset.resolveCategory("dissidents") }
        #expect(error?.suggestions == [])
        #expect(error?.description == "unknown category 'dissidents'; expected one of: total, political, religious, jehovahs_witnesses")
        #expect(error?.isUsageError == true)
    }

    @Test func atMostThreeSuggestionsThenInTaxonomyOrder() {
        let d = SelectionFixtures.dataset(["xyz", "abc", "ab1", "ab2", "ab3"])
        let error = #expect(throws: UnknownCategory.self) { try d.resolveCategory("abd") }
        #expect(error?.suggestions == ["abc", "ab1", "ab2"])
    }

    @Test func theNearestIsSuggestedFirst() {
        let d = SelectionFixtures.dataset(["religiousx", "religious"])
        let error = #expect(throws: UnknownCategory.self) { try d.resolveCategory("religous") }
        #expect(error?.suggestions == ["religious", "religiousx"])
    }

    @Test func twoIdsDifferingOnlyInCaseAreSuggestedNotGuessed() {
        let d = SelectionFixtures.dataset(["Total", "total2", "TOTAL"])
        let error = #expect(throws: UnknownCategory.self) { try d.resolveCategory("total") }
        #expect(error?.suggestions.contains("Total") == true)
        #expect(error?.suggestions.contains("TOTAL") == true)
    }

    @Test func aLongListOfIdsIsCutShort() {
        let d = SelectionFixtures.dataset((0..<47).map { "c\($0)" })
        let error = #expect(throws: UnknownCategory.self) { try d.resolveCategory("zzzzzzzz") }
        #expect(error?.description.hasSuffix("c19, ... and 27 more (`stats validate` lists them)") == true)
    }
}

@Suite("Edit distance")
struct EditDistanceTests {
    @Test func countsInsertionsDeletionsSubstitutionsAndSwaps() {
        #expect(EditDistance.between("religous", "religious", limit: 3) == 1)
        #expect(EditDistance.between("political", "poltiical", limit: 3) == 1)
        #expect(EditDistance.between("kitten", "sitting", limit: 3) == 3)
        #expect(EditDistance.between("", "abc", limit: 3) == 3)
    }

    @Test func givesUpPastTheLimit() {
        #expect(EditDistance.between("kitten", "sitting", limit: 2) == nil)
        #expect(EditDistance.between("a", "abcdef", limit: 2) == nil)
    }

    @Test func cyrillicLettersCountOnceEach() {
        #expect(EditDistance.between("религия", "религии", limit: 2) == 1)
    }
}
