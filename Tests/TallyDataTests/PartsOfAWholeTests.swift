import Testing
@testable import TallyData

@Suite("Parts of one whole: what may be stacked or broken down together")
struct PartsOfAWholeTests {
    /// A Memorial-like package: a total with two lists, one list with its own parts, a separate
    /// series by another body, one mislabelled as a part of the total, and a cumulative part.
    let package = SelectionFixtures.dataset([
        "total@Memorial#stock", "political<total@Memorial#stock", "religious<total@Memorial#stock",
        "hizb_ut_tahrir<religious@Memorial#stock", "witnesses<religious@Memorial#stock",
        "ovd_behind_bars@OVD-Info#stock", "ovd_as_part<total@OVD-Info#stock",
        "since_2009<total@Memorial#cumulative", "other_memorial@Memorial#stock",
    ])

    @Test func theDefaultPartsAreTheDefaultSeriesPartsAndAreCheckedToo() throws {
        let clean = SelectionFixtures.dataset(["total@M#stock", "political<total@M#stock", "religious<total@M#stock"])
        let p = try clean.partsOfAWhole(whole: nil, parts: [])
        #expect(p.wholeID == "total")
        #expect(p.parts.map(\.id) == ["political", "religious"])
        // The fixture's total has a part counted by OVD-Info: its parts are refused as a set.
        #expect(throws: PartsRefused.self) { try package.partsOfAWhole(whole: nil, parts: []) }
        #expect(throws: PartsRefused.self) { try package.partsOfAWhole(whole: "total", parts: []) }
    }

    @Test func namedPartsFindTheirCommonWhole() throws {
        let p = try package.partsOfAWhole(whole: nil, parts: ["political", "religious"])
        #expect(p.wholeID == "total")
        #expect(p.wholeLabel() == "total")
        #expect(p.notes.isEmpty)
    }

    @Test func aWholeListedWithItsOwnPartsIsRefused() {
        let error = #expect(throws: PartsRefused.self) {
            try package.partsOfAWhole(whole: nil, parts: ["total", "religious", "political"])
        }
        #expect(error?.rule == .wholeWithItsPart)
        #expect(error?.first == "total")
        #expect(error?.second == "religious")
        #expect(error?.description.contains("'total' is the whole of 'religious'") == true)
    }

    @Test func aPartOfAPartIsAWholeWithItsPartToo() {
        let error = #expect(throws: PartsRefused.self) {
            try package.partsOfAWhole(whole: "religious", parts: ["religious", "hizb_ut_tahrir"])
        }
        #expect(error?.rule == .wholeWithItsPart)
        let nested = #expect(throws: PartsRefused.self) {
            try package.partsOfAWhole(whole: nil, parts: ["political", "religious", "witnesses"])
        }
        #expect(nested.map { [$0.first, $0.second] } == ["religious", "witnesses"])
    }

    @Test func anotherBodysSeriesAsAPartOfTheTotalIsRefused() {
        let separate = #expect(throws: PartsRefused.self) {
            try package.partsOfAWhole(whole: "total", parts: ["political", "ovd_behind_bars"])
        }
        #expect(separate?.rule == .differentBodies)
        #expect(separate.map { [$0.first, $0.second] } == ["total", "ovd_behind_bars"])
        #expect(separate?.description.contains("'ovd_behind_bars' is counted by OVD-Info, 'total' by Memorial") == true)
        // Even when categories.csv calls it a part of the total.
        let mislabelled = #expect(throws: PartsRefused.self) {
            try package.partsOfAWhole(whole: nil, parts: ["political", "ovd_as_part"])
        }
        #expect(mislabelled?.rule == .differentBodies)
    }

    @Test func allowingMixedBodiesLiftsOnlyTheBodyRuleAndLeavesANote() throws {
        let p = try package.partsOfAWhole(whole: nil, parts: ["political", "ovd_as_part"], allowMixedBodies: true)
        #expect(p.wholeID == "total")
        #expect(p.notes.count == 1)
        #expect(p.notes[0].contains("ovd_as_part: OVD-Info"))
        // A separate series is still no part of the total.
        let stray = #expect(throws: PartsRefused.self) {
            try package.partsOfAWhole(whole: "total", parts: ["political", "ovd_behind_bars"], allowMixedBodies: true)
        }
        #expect(stray?.rule == .notPartsOfOneWhole)
    }

    @Test func partsInDifferentMeasuresAreRefused() {
        let error = #expect(throws: PartsRefused.self) {
            try package.partsOfAWhole(whole: nil, parts: ["political", "since_2009"])
        }
        #expect(error?.rule == .differentMeasures)
        #expect(error.map { [$0.first, $0.second] } == ["total", "since_2009"])
    }

    @Test func partsOfDifferentWholesAreRefused() {
        let error = #expect(throws: PartsRefused.self) {
            try package.partsOfAWhole(whole: nil, parts: ["political", "hizb_ut_tahrir"])
        }
        #expect(error?.rule == .notPartsOfOneWhole)
        #expect(error.map { [$0.first, $0.second] } == ["political", "hizb_ut_tahrir"])
    }

    @Test func separateSeriesOfAPackageAreNotPartsOfAnything() {
        let d = SelectionFixtures.dataset(["a@B#stock", "b@B#stock"])
        let error = #expect(throws: PartsRefused.self) { try d.partsOfAWhole(whole: nil, parts: ["a", "b"]) }
        #expect(error?.rule == .notPartsOfOneWhole)
        #expect(error?.description.contains("separate series") == true)
    }

    @Test func aWholeWithoutPartsSaysToNameThem() {
        let error = #expect(throws: PartsRefused.self) { try package.partsOfAWhole(whole: "political", parts: []) }
        #expect(error?.rule == .noParts)
    }

    @Test func anUnknownIdIsAnUnknownCategory() {
        #expect(throws: UnknownCategory.self) { try package.partsOfAWhole(whole: "totl", parts: []) }
    }

    @Test func aPartWithoutFiguresIsNamedNotChecked() throws {
        var d = package
        d.categories.append(Category(id: "lgbt_people", countingBody: "none", measure: "stock"))
        let p = try d.partsOfAWhole(whole: nil, parts: ["political", "religious", "lgbt_people"])
        #expect(p.parts.map(\.id) == ["political", "religious"])
        #expect(p.partsWithoutData.map(\.id) == ["lgbt_people"])
    }

    // MARK: - Tidy CSVs (no categories table)

    @Test func inATidyCSVTotalIsTheWholeOfTheOthers() throws {
        // The loader records `total` as the parent of every other category of a tidy CSV.
        let d = SelectionFixtures.dataset(["total", "a<total", "b<total"], declaresParents: false)
        let p = try d.partsOfAWhole(whole: nil, parts: [])
        #expect(p.wholeID == "total")
        #expect(p.parts.map(\.id) == ["a", "b"])
        #expect(throws: PartsRefused.self) { try d.partsOfAWhole(whole: nil, parts: ["total", "a"]) }
    }

    @Test func inATidyCSVWithoutTotalTheSumOfThePartsIsTheWhole() throws {
        let d = SelectionFixtures.dataset(["a", "b", "c"], declaresParents: false)
        let all = try d.partsOfAWhole(whole: nil, parts: [])
        #expect(all.whole == .sumOfParts)
        #expect(all.wholeLabel() == "sum of the parts")
        #expect(all.parts.map(\.id) == ["a", "b", "c"])
        let two = try d.partsOfAWhole(whole: nil, parts: ["c", "a"])
        #expect(two.whole == .sumOfParts)
        #expect(two.parts.map(\.id) == ["c", "a"])
    }

    @Test func thousandsOfPartsAreCheckedQuickly() throws {
        let d = SelectionFixtures.dataset(["total"] + (0..<20_000).map { "c\($0)<total" }, years: [2020],
                                          declaresParents: false)
        let clock = ContinuousClock()
        let elapsed = try clock.measure { _ = try d.partsOfAWhole(whole: nil, parts: []) }
        #expect(elapsed < .seconds(5))
    }
}

@Suite("A composition is checked before its dates are matched")
struct CompositionSelectionRulesTests {
    @Test func theSelectionRefusesAWholeWithItsPart() {
        let d = SelectionFixtures.dataset(["total@M#stock", "political<total@M#stock"])
        #expect(throws: PartsRefused.self) {
            try CompositionSelection(dataset: d, whole: nil, parts: ["total", "political"], range: DateRange(),
                                     on: [], matchWithinDays: nil, policy: .preferOriginal)
        }
    }

    @Test func theWholeAndItsPartsKeepOnlySourcesAtLeastAsDirectAsAsked() throws {
        var d = SelectionFixtures.dataset(["total@M#stock", "a<total@M#stock", "b<total@M#stock"], sources: ["copy": .reprint])
        // 2020's whole is known only from a reprint: with --min-source original it has no whole.
        d.observations = d.observations.map { o in
            var o = o
            if o.category == "total", o.date.year == 2020 { o.source = "copy" }
            return o
        }
        let every = try CompositionSelection(dataset: d, whole: nil, parts: ["a", "b"], range: DateRange(),
                                             on: [], matchWithinDays: nil, policy: .preferOriginal)
        #expect(every.entries.map { $0.whole?.count } == [10, 11])
        let originals = try CompositionSelection(dataset: d, whole: nil, parts: ["a", "b"], range: DateRange(), on: [],
                                                 matchWithinDays: nil, policy: .preferOriginal, minimumSource: .original)
        #expect(originals.entries.map { $0.whole?.count } == [nil, 11])
    }

    @Test func aSumOfPartsNeverReadsACategoryAsTheWhole() throws {
        // A category that happens to be called like the stand-in is not taken as the whole.
        let d = SelectionFixtures.dataset(["sum_of_parts", "a", "b"], declaresParents: false)
        let s = try CompositionSelection(dataset: d, whole: nil, parts: ["a", "b"], range: DateRange(),
                                         on: [], matchWithinDays: nil, policy: .preferOriginal)
        #expect(s.wholeIsSumOfParts)
        #expect(s.parent.label() == "sum of the parts")
        #expect(s.entries.allSatisfy { $0.whole == nil })
        #expect(s.entries.count == 2)
    }
}
