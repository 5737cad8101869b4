import Testing
@testable import TallyReport
import TallyData
import TallyPrimitives

@Suite("stats breakdown: the sentences follow the numbers")
struct BreakdownSentenceTests {
    static func report(_ d: Dataset, alpha: Double = 0.05) -> BreakdownReport {
        // The fixtures' parts are parts of one whole, so the checked selection cannot refuse them.
        let selection = try! CompositionSelection(dataset: d, whole: "whole", parts: ["a", "b"], range: DateRange(), on: [],
                                                  matchWithinDays: nil, policy: .preferOriginal)
        return BreakdownReport(dataset: d, selection: selection, level: 0.95, intervals: false, partsWithoutData: [],
                               caveats: [], alpha: alpha)
    }

    @Test func theCompositionChangedWhenTheTestSaysSo() {
        let r = Self.report(ReportFixtures.wholeWithTwoParts)
        #expect(r.paragraph.hasSuffix(" The composition changed across the 2 dates compared (chi-square 7.143 on 1 df, p = 0.008)."))
        #expect(r.json()["chi_square"]?["changed"]?.boolValue == true)
        #expect(r.json()["chi_square"]?["alpha"]?.doubleValue == 0.05)
    }

    @Test func atAStricterLevelTheSameTestIsNoEvidence() {
        let r = Self.report(ReportFixtures.wholeWithTwoParts, alpha: 0.005)
        #expect(r.paragraph.hasSuffix(" No evidence that the composition changed across the 2 dates compared (chi-square 7.143 on 1 df, p = 0.008; the test's level is 0.005)."))
        #expect(!r.paragraph.contains("The composition changed"))
        #expect(r.json()["chi_square"]?["changed"]?.boolValue == false)
    }

    @Test func sharesThatHardlyMoveAreNoEvidence() {
        let r = Self.report(ReportFixtures.sameComposition)
        #expect(r.paragraph.contains(" No evidence that the composition changed across the 2 dates compared (chi-square "))
        #expect(!r.paragraph.contains("The composition changed"))
        #expect(r.render(.table).contains("No evidence that the composition changed"))
    }

    @Test func contributionsAreGivenWhenTheWholeMovesEnough() {
        let r = Self.report(ReportFixtures.wholeWithTwoParts)
        let changes = r.tables()[1]
        #expect(changes.title == "Changes from 2020 to 2021, ranked by contribution")
        #expect(changes.rows.map(\.last) == ["90.0%", "10.0%"])
        #expect(changes.notes[0].hasPrefix("Contribution: the part's change divided by the whole's change"))
        #expect(r.paragraph.contains("accounts for 90.0% of the change"))
        #expect(r.json()["contributions_unstable"]?.boolValue == false)
    }

    @Test func contributionsAreFlaggedUnstableWhenTheWholeBarelyMoves() {
        let r = Self.report(ReportFixtures.wholeBarelyMoves)
        let changes = r.tables()[1]
        #expect(changes.title == "Changes from 2020 to 2021, ranked by size of change")
        #expect(changes.rows == [["a", "60", "90", "+30", "1.50x", "+28.2 pp", "unstable"],
                                 ["b", "40", "12", "-28", "0.300x", "-28.2 pp", "unstable"]])
        #expect(changes.notes[0] == "Contributions not given: the whole moved by 2, less than a tenth of its parts' total movement (58), so each part's share of that change is unstable; read the changes in people instead.")
        #expect(r.paragraph.contains(" The whole moved by only 2 while its parts moved by 58 in all, so shares of the whole's change would be unstable; the changes are given in people. Part A went from 60 to 90 (+30). Part B went from 40 to 12 (-28)."))
        #expect(!r.paragraph.contains("accounts for"))
        #expect(r.json()["contributions_unstable"]?.boolValue == true)
        #expect(r.json()["changes"]?.arrayValue?.first?["contribution"]?.doubleValue == 15)
    }
}
