import Foundation
import Testing

/// `--group NAME` (issue 15.2) on the default dataset: the five groups, each asked for by its
/// names in English, French, Russian and Ukrainian in any case, select the group's headline
/// series; the group nobody counts is refused with the reason, never shown as zero.
@Suite("--group in four languages, end to end")
struct GroupOptionTests {
    /// A name of each group per language (some in capitals), and the headline series the
    /// default dataset's groups.csv gives it (nil: no count published).
    static let groups: [(names: [String], headline: String?)] = [
        (["dissidents", "Dissidents politiques", "ПОЛИТИЧЕСКИЕ ДИССИДЕНТЫ", "політичні дисиденти"], "political"),
        (["Ukrainian citizens", "CITOYENS UKRAINIENS", "Граждане Украины", "громадяни україни"], "crimea_political_prisoners_in_custody"),
        (["MINORITIES", "minorités ethniques et religieuses", "меньшинства", "Етнічні та релігійні меншини"], "religious"),
        (["lgbt", "Personnes LGBT", "ЛГБТ", "лгбт-люди"], "lgbt_extremism_convictions_cumulative"),
        (["Defenders", "DÉFENSEURS DES DROITS HUMAINS", "правозащитники", "ПРАВОЗАХИСНИКИ"], nil),
    ]

    static let cases: [(String, String?)] = groups.flatMap { g in g.names.map { ($0, g.headline) } }

    @Test(arguments: cases)
    func aGroupNamedInAnyLanguageSelectsItsHeadlineSeries(_ name: String, _ headline: String?) throws {
        let r = try StatsBinary.run(["show", "--group", name, "--format", "csv"])
        guard let headline else {
            #expect(r.status == 65, "\(name): \(r.stderr)")
            #expect(r.stderr.contains("no count published"))
            #expect(r.stderr.contains("No body publishes a count of imprisoned human-rights defenders"))
            #expect(r.stdout.isEmpty)
            return
        }
        #expect(r.status == 0, "\(name): \(r.stderr)")
        let shown = Set(r.stdout.split(separator: "\n").dropFirst().map { String($0.split(separator: ",")[1]) })
        #expect(shown == [headline], "\(name)")
    }

    @Test func withAllEverySeriesOfTheGroupThatHasData() throws {
        let r = try StatsBinary.run(["show", "--group", "ЛГБТ", "--all", "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        let shown = Set(r.stdout.split(separator: "\n").dropFirst().map { String($0.split(separator: ",")[1]) })
        #expect(shown.count > 1)
        #expect(shown.contains("lgbt_extremism_convictions_cumulative"))
    }

    @Test func anUnknownGroupIsAUsageErrorListingTheGroups() throws {
        let r = try StatsBinary.run(["show", "--group", "journalists"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("unknown group"))
        #expect(r.stderr.contains("dissidents (Political dissidents)"))
    }

    @Test func chartsTakeAGroupToo() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tally-group-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try StatsBinary.run(["line", "--group", "Минорities", "--out", dir.path + "/g.svg"], executable: "chart")
        #expect(r.status == 64, "a name no group has is refused: \(r.stderr)")
        let ok = try StatsBinary.run(["line", "--group", "меньшинства", "--out", dir.path + "/g.svg"], executable: "chart")
        #expect(ok.status == 0, "\(ok.stderr)")
        let defenders = try StatsBinary.run(["line", "--group", "defenders", "--out", dir.path + "/d.svg"], executable: "chart")
        #expect(defenders.status == 65)
        #expect(!FileManager.default.fileExists(atPath: dir.path + "/d.svg"))
    }
}
