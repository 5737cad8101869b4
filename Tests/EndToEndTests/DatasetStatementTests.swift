import Foundation
import Testing

/// What a tidy CSV does not say, its user says on the command line (issue 12.1).
@Suite("Saying what a tidy CSV does not: --source, --source-url, --label")
struct DatasetStatementTests {
    /// Yearly counts 2010-2021 by another organisation: `total` and one category per country.
    static let census = StatsBinary.repositoryRoot
        .appendingPathComponent("Tests/EndToEndTests/Fixtures/other-organisation/census-by-country.csv").path

    static func temporaryFolder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tally-statements-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func theSourceAndLabelsReachTheChartAndItsAltText() throws {
        let dir = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try StatsBinary.run(["line", Self.census, "--all", "--label", "fr=France", "--label", "de=Germany",
                                     "--source", "Statistics Office", "--source-url", "https://example.org/census",
                                     "--out", dir.path + "/c.svg"], executable: "chart")
        #expect(r.status == 0, "\(r.stderr)")
        let svg = try String(contentsOf: dir.appendingPathComponent("c.svg"), encoding: .utf8)
        let alt = try String(contentsOf: dir.appendingPathComponent("c.txt"), encoding: .utf8)
        #expect(svg.contains("France") && svg.contains("Germany"))
        #expect(alt.contains("France: 12 published figures"))
        #expect(alt.contains("census-by-country.csv: Statistics Office, \"the file census-by-country.csv\", https://example.org/census"))
        #expect(!alt.contains("unknown"))
    }

    @Test func aFileThatNamesNoPublisherSaysNotGivenEverywhere() throws {
        let r = try StatsBinary.run(["show", Self.census, "--category", "fr"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("not given, \"the file census-by-country.csv\""))
        #expect(!r.stdout.contains("unknown"))
        let named = try StatsBinary.run(["show", Self.census, "--category", "fr", "--source", "Statistics Office"])
        #expect(named.stdout.contains("Statistics Office, \"the file census-by-country.csv\""))
        #expect(!named.stdout.contains("not given"))
    }

    @Test func aLabelForAnUnknownCategoryIsAUsageError() throws {
        let r = try StatsBinary.run(["show", Self.census, "--label", "xx=Somewhere"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("--label xx=...: unknown category 'xx'"), "\(r.stderr)")
    }

    @Test(arguments: [["--source-url", "https://example.org"],
                      ["--source", "S", "--source-url", "javascript:alert(1)"],
                      ["--source", "S", "--source-url", "ftp://example.org/f"],
                      ["--label", "fr"],
                      ["--label", "fr=A\u{1B}[31mB"],
                      ["--source", "S\u{202E}"],
                      ["--caveat", "Minimums\u{1B}]0;x\u{07}"]])
    func aStatementThatCannotBeTrueOrSafeIsRefused(_ options: [String]) throws {
        let r = try StatsBinary.run(["show", Self.census] + options)
        #expect(r.status == 64, "\(options): \(r.stderr)")
        #expect(r.stdout.isEmpty)
        #expect(!r.stderr.contains("\u{1B}"), "an escape sequence reached the terminal")
    }

    @Test func aSourceForAPackageWhoseSourcesAreDescribedIsRefused() throws {
        let r = try StatsBinary.run(["show", "--source", "Someone else"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("--source and --source-url are for a tidy CSV that names none"))
    }
}

/// `--caveat`: what the counts mean, said by the user of a file that does not say it.
@Suite("Saying what a tidy CSV's counts mean: --caveat")
struct CaveatOptionTests {
    static let caveat = "Counts are minimums: only cases the office verified."

    @Test(arguments: [["trend"], ["show"], ["breakdown"]])
    func everyReportCarriesTheCaveat(_ command: [String]) throws {
        // Where the reports print the dataset's caveats: their table and Markdown notes.
        for format in ["table", "markdown"] {
            let r = try StatsBinary.run(command + [DatasetStatementTests.census, "--caveat", Self.caveat, "--format", format])
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stdout.contains("only cases the office verified"), "\(command) --format \(format)")
        }
    }

    @Test func theChartAndItsAltTextCarryTheCaveat() throws {
        let dir = try DatasetStatementTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try StatsBinary.run(["line", DatasetStatementTests.census, "--caveat", Self.caveat, "--out", dir.path + "/c.svg"],
                                    executable: "chart")
        #expect(r.status == 0, "\(r.stderr)")
        let svg = try String(contentsOf: dir.appendingPathComponent("c.svg"), encoding: .utf8)
        let alt = try String(contentsOf: dir.appendingPathComponent("c.txt"), encoding: .utf8)
        #expect(svg.contains("only cases the office verified"))
        #expect(alt.contains("only cases the office verified"))
    }
}
