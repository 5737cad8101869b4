import Testing
@testable import TallyData

/// The default package's caveats are the sentences the reports and charts printed when they were
/// written in code: each output of the default dataset keeps its wording, and a series of another
/// counting body gets none of them.
@Suite("The default package's caveats")
struct DefaultPackageCaveatTests {
    var dataset: Dataset { try! DatasetLoader.load(FixtureFiles.defaultDataset) }

    @Test func aTrendOfMemorialsCountSaysTheyAreMinimumCounts() {
        let d = dataset
        let sentence = "Memorial's lists are minimum counts of people recognised as political prisoners, not all political prisoners in Russia."
        for id in ["total", "religious", "deprived_of_liberty_database", "politically_motivated_incarcerated_broad", "cumulative_since_1999"] {
            #expect(d.caveats(for: [id], context: .trend, locale: "en") == [sentence], "\(id)")
        }
        #expect(d.caveats(for: ["ovdinfo_behind_bars"], context: .trend, locale: "en").isEmpty)
        #expect(d.caveats(for: ["journalists"], context: .trend, locale: "en").isEmpty)
    }

    @Test func aTableOfFiguresAndABreakdownCarryTheirSentenceWhateverTheCategories() {
        let d = dataset
        #expect(d.caveats(for: ["lgbt_people"], context: .table, locale: "en")
                == ["Memorial's lists are minimum counts of recognised political prisoners."])
        #expect(d.caveats(for: ["political", "religious"], context: .breakdown, locale: "en")
                == ["Memorial's lists are a census of recognised cases, not a random sample: the chi-square test and the intervals describe how the composition moved between dates, not sampling error."])
    }

    @Test func aChartWithAnyMemorialSeriesSaysSoInItsLanguage() {
        let d = dataset
        #expect(d.caveats(for: ["lgbt_people", "total"], context: .chart, locale: "ru")
                == ["Минимальные данные: учтены люди, признанные политзаключёнными, а не все политзаключённые."])
        #expect(d.caveats(for: ["total"], context: .chart, locale: "en")
                == ["Minimum counts: people recognised as political prisoners, not all political prisoners."])
        #expect(d.caveats(for: ["journalists", "lgbt_people"], context: .chart, locale: "en").isEmpty)
    }
}
