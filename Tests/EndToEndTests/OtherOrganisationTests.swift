import Foundation
import Testing

/// Another organisation's tidy CSVs run through every command that reads data (issue 12): a census
/// by country with its `total`, and two series `a` and `b` with no total. Every command works in
/// every format, with or without a total; what the outputs say is checked in
/// `OtherOrganisationWordingTests`.
@Suite("Another organisation's tidy CSV, end to end")
struct OtherOrganisationTests {
    static let folder = StatsBinary.repositoryRoot.appendingPathComponent("Tests/EndToEndTests/Fixtures/other-organisation").path
    /// Yearly counts 2010-2021: `total` and one category per country (fr, de, it, es).
    static let census = folder + "/census-by-country.csv"
    /// Yearly counts 2012-2021 of `a` and `b`; no total.
    static let twoSeries = folder + "/two-series-no-total.csv"
    /// A header and no rows.
    static let headerOnly = folder + "/header-only.csv"

    static let statsCommands: [[String]] = [
        ["trend", twoSeries, "--category", "a"],
        ["trend", twoSeries, "--all"],
        ["trend", census],
        ["trend", census, "--all"],
        ["show", twoSeries],
        ["show", census],
        ["breakdown", twoSeries],
        ["breakdown", census],
        ["joinpoint", twoSeries, "--category", "b"],
        ["joinpoint", census],
    ]

    @Test(arguments: statsCommands)
    func statsRunsInEveryFormat(_ command: [String]) throws {
        for format in ["table", "json", "csv", "markdown"] {
            let r = try StatsBinary.run(command + ["--format", format])
            #expect(r.status == 0, "stats \(command.joined(separator: " ")) --format \(format): \(r.stderr)")
            #expect(!r.stdout.isEmpty)
        }
    }

    static let chartCommands: [[String]] = [
        ["line", census],
        ["line", census, "--all"],
        ["line", twoSeries, "--category", "a", "--category", "b"],
        ["area", census],
        ["area", twoSeries],
        ["bar", census],
        ["bar", twoSeries],
        ["share", census],
        ["share", twoSeries],
    ]

    @Test(arguments: chartCommands)
    func chartsDrawInEveryFormat(_ command: [String]) throws {
        let dir = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let outs = ["png", "svg", "pdf"].flatMap { ["--out", dir.path + "/chart.\($0)"] }
        let r = try StatsBinary.run(command + outs, executable: "chart")
        #expect(r.status == 0, "chart \(command.joined(separator: " ")): \(r.stderr)")
        for ext in ["png", "svg", "pdf", "txt"] {
            #expect(FileManager.default.fileExists(atPath: dir.path + "/chart.\(ext)"), "no chart.\(ext)")
        }
    }

    @Test(arguments: [["trend"], ["show"], ["breakdown"], ["joinpoint"]])
    func aHeaderWithoutRowsIsNoRows(_ command: [String]) throws {
        let r = try StatsBinary.run(command + [Self.headerOnly])
        #expect(r.status == 65, "\(command): \(r.stderr)")
        #expect(r.stderr.contains("no rows"), "\(command): \(r.stderr)")
    }

    @Test func aTidyCSVOnStandardInputReadsAsTheFile() throws {
        let process = Process()
        process.executableURL = StatsBinary.executable("stats")
        process.arguments = ["trend", "-", "--category", "fr", "--format", "csv"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(try Data(contentsOf: URL(fileURLWithPath: Self.census)))
        try input.fileHandleForWriting.close()
        let piped = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let fromFile = try StatsBinary.run(["trend", Self.census, "--category", "fr", "--format", "csv"])
        #expect(!piped.isEmpty && piped == fromFile.stdout)
    }

    static func temporaryFolder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tally-other-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }
}
