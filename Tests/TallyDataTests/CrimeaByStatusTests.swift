import Testing
@testable import TallyData

/// The default dataset's composition of Crimea's political prisoners by status (issue 15): one
/// whole and five parts counted by the Crimean Tatar Resource Center, taken together without an
/// override, refused beside another body's series, and adding up to the CTRC's own total where
/// it was quoted.
@Suite("Crimea by status in the default dataset")
struct CrimeaByStatusTests {
    var dataset: Dataset { try! DatasetLoader.load(FixtureFiles.defaultDataset) }
    static var statuses: [String] {
        ["crimea_political_prisoners_in_colonies", "crimea_pretrial_detention", "crimea_on_probation",
         "crimea_released", "crimea_prosecuted_not_held"]
    }

    @Test func theWholeHasTheFiveStatusesAsItsPartsFromOneBodyInOneMeasure() throws {
        let d = dataset
        let p = try d.partsOfAWhole(whole: "crimea_persecuted_by_status", parts: [])
        #expect(p.wholeID == "crimea_persecuted_by_status")
        #expect(Set(p.parts.map(\.id)) == Set(Self.statuses))
        #expect(p.partsWithoutData.isEmpty && p.notes.isEmpty)
        #expect(Set(p.parts.map(\.countingBody)) == ["Crimean Tatar Resource Center"])
        #expect(Set(p.parts.map(\.measure)) == ["stock"])
    }

    @Test func anotherBodysSeriesIsRefusedBesideThem() {
        #expect(throws: PartsRefused.self) {
            try dataset.partsOfAWhole(whole: nil, parts: Self.statuses + ["crimea_political_prisoners"])
        }
    }

    /// The dates on which all five were published, and the parts' sums: 305 and 371 (the whole
    /// not quoted), 431 on 15 Aug 2025, where the CTRC's quoted total is 431 too.
    @Test func theFiveAddUpToTheQuotedTotal() throws {
        let c = try CompositionSelection(dataset: dataset, whole: "crimea_persecuted_by_status", parts: [],
                                         range: DateRange(), on: [], matchWithinDays: nil, policy: .preferOriginal)
        #expect(c.entries.map(\.date) == ["2023-12-27", "2024-12-26", "2025-08-15"].map { PartialDate($0)! })
        #expect(c.entries.map { $0.parts.reduce(0) { $0 + $1.count } } == [305, 371, 431])
        #expect(c.entries.map { $0.whole?.count } == [nil, nil, 431])
    }

    /// Each status's Crimean Tatars are a part of it, never more than it on the same day.
    @Test func theCrimeanTatarsOfEachStatusAreAPartOfIt() {
        let d = dataset
        for status in Self.statuses {
            let tatars = d.children(of: status)
            #expect(tatars.count == 1, "\(status)")
            for o in tatars.flatMap({ d.observations(of: $0.id) }) {
                let whole = d.observations(of: status).filter { $0.date == o.date }
                #expect(whole.allSatisfy { $0.count >= o.count }, "\(o.category) on \(o.date)")
            }
        }
    }
}
