import Foundation
import Testing

/// Category ids typed in another case find their category, on every option that names one
/// (issue 12.2): what TallyData's `resolveCategory` finds, with its "did you mean" when nothing is.
@Suite("Category ids without regard to case, end to end")
struct CategoryCaseTests {
    /// Yearly counts 2010-2021: `total` and one category per country (`fr`, `de`, ...).
    static let census = DatasetStatementTests.census

    @Test func aLabelFindsItsCategoryWithoutRegardToCase() throws {
        let r = try StatsBinary.run(["show", Self.census, "--category", "FR", "--label", "FR=France", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("France"))
        let near = try StatsBinary.run(["show", Self.census, "--label", "fra=France"])
        #expect(near.status == 64)
        #expect(near.stderr.contains("did you mean 'fr'?"))
    }

    /// The same counts, the whole written `Total`.
    static let capitalised = StatsBinary.repositoryRoot
        .appendingPathComponent("Tests/EndToEndTests/Fixtures/other-organisation/census-total-capitalised.csv").path

    @Test func aTotalWrittenInCapitalsIsTheWholeOfTheOthers() throws {
        let trend = try StatsBinary.run(["trend", Self.capitalised])
        #expect(trend.status == 0, "\(trend.stderr)")
        #expect(!trend.stderr.contains("no 'total' category"))
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tally-case-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        // The whole stacked on one of its own parts would draw more than was counted.
        let stacked = try StatsBinary.run(["area", Self.capitalised, "--category", "Total", "--category", "fr",
                                           "--out", dir.path + "/a.svg"], executable: "chart")
        #expect(stacked.status == 64, "\(stacked.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.path + "/a.svg"))
    }

    @Test func aFocusFindsItsCategoryAsACategoryDoes() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tally-focus-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let ok = try StatsBinary.run(["line", Self.census, "--all", "--focus", "FR", "--out", dir.path + "/f.svg"], executable: "chart")
        #expect(ok.status == 0, "\(ok.stderr)")
        let typo = try StatsBinary.run(["line", Self.census, "--all", "--focus", "fra", "--out", dir.path + "/t.svg"], executable: "chart")
        #expect(typo.status == 64)
        #expect(typo.stderr.contains("did you mean 'fr'?"))
    }
}
