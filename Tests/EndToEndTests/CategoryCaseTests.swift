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
}
