import Foundation
import Testing

/// Parts counted by different bodies are refused in a stack unless `--allow-mixed-bodies`; then
/// the chart and its alt text carry the note saying so (issue 12.3).
@Suite("--allow-mixed-bodies on stacked and share charts, end to end")
struct MixedBodiesTests {
    /// `total` and `political` counted by a first office, `religious` by a second one.
    let package = StatsBinary.repositoryRoot.appendingPathComponent("Tests/EndToEndTests/Fixtures/mixed-bodies").path

    func folder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tally-mixed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test(arguments: ["area", "bar", "share"])
    func partsOfTwoBodiesAreRefusedWithTheOptionNamed(_ kind: String) throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try StatsBinary.run([kind, package, "--category", "political", "--category", "religious",
                                     "--out", dir.path + "/c.svg"], executable: "chart")
        #expect(r.status == 64, "\(r.stderr)")
        #expect(r.stderr.contains("'religious' is counted by Second office"))
        #expect(r.stderr.contains("add --allow-mixed-bodies"))
        #expect(!FileManager.default.fileExists(atPath: dir.path + "/c.svg"))
    }

    @Test(arguments: ["area", "bar", "share"])
    func allowedTheyAreDrawnWithTheNoteInTheAltText(_ kind: String) throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try StatsBinary.run([kind, package, "--category", "political", "--category", "religious", "--allow-mixed-bodies",
                                     "--out", dir.path + "/c.svg"], executable: "chart")
        #expect(r.status == 0, "\(r.stderr)")
        let alt = try String(contentsOf: dir.appendingPathComponent("c.txt"), encoding: .utf8)
        #expect(alt.contains("Counted by different bodies (total: First office; religious: Second office)"))
    }

    @Test func aLineChartStacksNothingAndDoesNotOfferTheOption() throws {
        let r = try StatsBinary.run(["line", "--help"], executable: "chart")
        #expect(!r.stdout.contains("--allow-mixed-bodies"))
        let area = try StatsBinary.run(["area", "--help"], executable: "chart")
        #expect(area.stdout.contains("--allow-mixed-bodies"))
    }
}
