import Foundation
import Testing

/// What Tally says about another organisation's tidy CSV (issue 12.1): nothing that only the
/// default dataset could say (its counting body, its subject, its files), in any chart, alt
/// text or stats report in any format.
@Suite("Another organisation's tidy CSV: its outputs say nothing of the default dataset")
struct OtherOrganisationWordingTests {
    /// Words that only the default dataset's counting body, subject or files would put in an
    /// output: none of them is in these CSVs, so none may appear in what Tally makes of them.
    static let defaultDatasetWords = ["Memorial", "Мемориал", "Меморіал", "political prisoner", "politiques",
                                      "Russia", "recognised", "OVD", "sources.csv"]

    static func wordsFromTheDefaultDataset(in text: String) -> [String] {
        defaultDatasetWords.filter { text.localizedCaseInsensitiveContains($0) }
    }

    @Test(arguments: OtherOrganisationTests.statsCommands)
    func statsSaysNothingOfTheDefaultDataset(_ command: [String]) throws {
        for format in ["table", "json", "csv", "markdown"] {
            let r = try StatsBinary.run(command + ["--format", format])
            let found = Self.wordsFromTheDefaultDataset(in: r.stdout + r.stderr)
            #expect(found.isEmpty, "stats \(command.joined(separator: " ")) --format \(format) says \(found)")
        }
    }

    @Test(arguments: OtherOrganisationTests.chartCommands)
    func chartsSayNothingOfTheDefaultDataset(_ command: [String]) throws {
        let dir = try OtherOrganisationTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try StatsBinary.run(command + ["--out", dir.path + "/chart.svg"], executable: "chart")
        try #require(r.status == 0, "\(r.stderr)")
        // The SVG holds the chart's text, its <title> and <desc>; the .txt is the alt text with
        // every source. (PNG and PDF are drawn from the same scene.)
        let svg = try String(contentsOf: dir.appendingPathComponent("chart.svg"), encoding: .utf8)
        let alt = try String(contentsOf: dir.appendingPathComponent("chart.txt"), encoding: .utf8)
        let found = Self.wordsFromTheDefaultDataset(in: svg + alt + r.stderr)
        #expect(found.isEmpty, "chart \(command.joined(separator: " ")) says \(found)")
    }

    @Test func aMisspeltCategoryGetsASuggestion() throws {
        let r = try StatsBinary.run(["trend", OtherOrganisationTests.census, "--category", "frr"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("did you mean 'fr'"), "\(r.stderr)")
        #expect(Self.wordsFromTheDefaultDataset(in: r.stderr).isEmpty)
    }

    @Test func aLabelForAMisspeltCategoryGetsASuggestion() throws {
        let r = try StatsBinary.run(["show", OtherOrganisationTests.census, "--label", "frr=France"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("--label frr=...") && r.stderr.contains("did you mean 'fr'"), "\(r.stderr)")
    }
}
