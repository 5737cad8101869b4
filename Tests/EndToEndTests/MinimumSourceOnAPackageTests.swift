import Foundation
import Testing

/// `--min-source` keeps only figures from sources at least as direct as the kind given, on every
/// command that takes series (here `show` and `chart line`).
@Suite("--min-source on a package with original and reprinted figures, end to end")
struct MinimumSourceOnAPackageTests {
    /// Two sources: m1 (original) told 195 in 2018-10 and 305 in 2019-10; m2 (reprint) told
    /// 190 for 2018 and 300 in 2019-10.
    let package = StatsBinary.repositoryRoot.appendingPathComponent("Tests/TallyDataTests/Fixtures/package-valid").path

    @Test func showKeepsOnlyOriginalFiguresWhenAskedTo() throws {
        let everything = try StatsBinary.run(["show", package, "--category", "total", "--source-policy", "all", "--format", "csv"])
        #expect(everything.status == 0, "\(everything.stderr)")
        #expect(everything.stdout.contains(",300,"))
        let originals = try StatsBinary.run(["show", package, "--category", "total", "--source-policy", "all",
                                             "--min-source", "original", "--format", "csv"])
        #expect(originals.status == 0, "\(originals.stderr)")
        let counts = originals.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",")[2] }
        #expect(counts == ["195", "305"])
    }

    @Test func chartDrawsOnlyOriginalFiguresWhenAskedTo() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tally-min-source-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try StatsBinary.run(["line", package, "--category", "total", "--source-policy", "all", "--min-source", "original",
                                     "--out", dir.path + "/total.svg"], executable: "chart")
        #expect(r.status == 0, "\(r.stderr)")
        let alt = try String(contentsOf: dir.appendingPathComponent("total.txt"), encoding: .utf8)
        #expect(!alt.contains("A newspaper"))
    }

    @Test func anUnknownKindSaysWhichKindsThereAre() throws {
        let r = try StatsBinary.run(["show", package, "--min-source", "primary"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("primary_outlet"))
        let help = try StatsBinary.run(["show", "--help"])
        let words = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("primary_outlet: an outlet quoting the body first-hand"))
    }
}
