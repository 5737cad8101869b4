import Foundation
import Testing

/// What the loader guessed or left out reaches the user of every command, on stderr, once.
@Suite("Dataset warnings on every command that loads data")
struct DatasetWarningTests {
    /// A tidy CSV whose fields are separated by semicolons (the loader guesses so and warns).
    let semicolons = StatsBinary.repositoryRoot.appendingPathComponent("Tests/TallyDataTests/Fixtures/tidy-semicolons.csv").path
    let guessed = "warning: fields are separated by a semicolon (;)"

    @Test(arguments: [["validate"], ["show"], ["trend", "--category", "total"]])
    func statsCommandsSayWhatTheLoaderGuessed(_ command: [String]) throws {
        let r = try StatsBinary.run([command[0], semicolons] + command.dropFirst())
        #expect(r.stderr.components(separatedBy: guessed).count == 2, "\(command): \(r.stderr)")
    }

    @Test func chartsSayWhatTheLoaderGuessed() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tally-warnings-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try StatsBinary.run(["line", semicolons, "--out", dir.path + "/c.svg"], executable: "chart")
        #expect(r.stderr.components(separatedBy: guessed).count == 2, "\(r.stderr)")
    }
}
