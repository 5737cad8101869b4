import Foundation
import Testing

/// `stats breakdown` takes only parts of one whole, counted by one body, in one measure, and
/// names a whole that is no series as what it is: the sum of the parts.
@Suite("stats breakdown applies the parts-and-wholes rules, end to end")
struct BreakdownSelectionRulesTests {
    @Test(arguments: [
        ("total", "political"),
        ("political", "ovdinfo_prosecuted_cumulative_since_2012"),
        ("political", "hizb_ut_tahrir"),
    ])
    func partsOfNoOneWholeAreRefusedNamingBoth(first: String, second: String) throws {
        let r = try StatsBinary.run(["breakdown", "--category", first, "--category", second])
        #expect(r.status == 64, "\(r.stdout)")
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("'\(first)'") && r.stderr.contains("'\(second)'"), "\(r.stderr)")
    }

    @Test func aTidyCSVWithoutATotalIsTheCompositionOfTheSumOfTheParts() throws {
        let csv = StatsBinary.fixture("no-total.csv")
        let table = try StatsBinary.run(["breakdown", csv, "--category", "religious", "--category", "political"])
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("Composition of the sum of the parts"))
        #expect(!table.stdout.contains("sum_of_parts"))
        #expect(!table.stdout.contains("[total]"))
        let r = try StatsBinary.run(["breakdown", csv, "--category", "religious", "--category", "political", "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(json["parent"] is NSNull)
        #expect(json["whole"] as? String == "sum of the parts")
    }
}
