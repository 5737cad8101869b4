import Foundation
import Testing

/// `stats trend` and `stats joinpoint` apply TallyData's selection rules: a cumulative count is
/// refused unless insisted on, models take one figure per date, and a trend that used reprints
/// or unverified figures is said again without them.
@Suite("stats trend and joinpoint apply the selection rules, end to end")
struct TrendSelectionRulesTests {
    static let cumulative = "jehovahs_witnesses_cumulative_jailed"
    static let cumulativeNote = "analysed because --allow-cumulative was given"

    @Test(arguments: ["trend", "joinpoint"])
    func aCumulativeCountIsRefusedWithTheReason(command: String) throws {
        let r = try StatsBinary.run([command, "--category", Self.cumulative])
        #expect(r.status == 64)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("'\(Self.cumulative)' is a cumulative count"))
        #expect(r.stderr.contains("--allow-cumulative"))
    }

    @Test(arguments: ["table", "markdown", "json", "csv"])
    func anAllowedCumulativeTrendCarriesTheNoteInEveryFormat(format: String) throws {
        for command in ["trend", "joinpoint"] {
            let r = try StatsBinary.run([command, "--category", Self.cumulative, "--allow-cumulative", "--format", format])
            #expect(r.status == 0, "\(command) \(format): \(r.stderr)")
            #expect(r.stdout.contains(Self.cumulativeNote), "\(command) \(format)")
        }
    }

    @Test func modelsFitOneFigurePerDateUnderEveryPolicy() throws {
        let preferred = try Self.firstSeries(["trend", "--format", "json"])
        let all = try Self.firstSeries(["trend", "--source-policy", "all", "--format", "json"])
        let n = try #require(preferred["n"] as? Int)
        #expect(all["n"] as? Int == n)
        let duplicates = try #require(all["duplicates"] as? String)
        #expect(duplicates.contains("the models use one per date"))
        let table = try StatsBinary.run(["trend", "--source-policy", "all"])
        #expect(table.stdout.contains(duplicates))
    }

    @Test func joinpointFitsOneFigurePerDateUnderEveryPolicy() throws {
        let preferred = try StatsBinary.run(["joinpoint", "--format", "json"])
        let all = try StatsBinary.run(["joinpoint", "--source-policy", "all", "--format", "json"])
        let p = try #require(try JSONSerialization.jsonObject(with: Data(preferred.stdout.utf8)) as? [String: Any])
        let a = try #require(try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as? [String: Any])
        #expect(a["n"] as? Int == p["n"] as? Int)
        let notes = try #require(a["notes"] as? [String])
        #expect(notes.contains { $0.contains("the models use one per date") })
    }

    @Test func aTrendOnReprintsOrUnverifiedFiguresIsSaidAgainWithoutThem() throws {
        let series = try Self.firstSeries(["trend", "--format", "json"])
        let sensitivity = try #require(series["sensitivity"] as? [String: Any])
        #expect(sensitivity["left_out"] as? String == "reprints and unverified figures")
        #expect((sensitivity["n"] as? Int ?? 0) > 0)
        for format in ["table", "markdown"] {
            let r = try StatsBinary.run(["trend", "--format", format])
            #expect(r.stdout.contains("Without reprints and unverified figures: "), "\(format)")
        }
    }

    @Test func aTidyCSVHasNoMoreDirectSourceSoNoSensitivityLine() throws {
        let csv = StatsBinary.fixture("no-total.csv")
        let r = try StatsBinary.run(["trend", csv, "--category", "religious"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!r.stdout.contains("Without reprints"))
        let series = try Self.firstSeries(["trend", csv, "--category", "religious", "--format", "json"])
        #expect(series["sensitivity"] is NSNull)
    }

    @Test func joinpointWithoutADefaultSeriesSaysWhatToType() throws {
        let r = try StatsBinary.run(["joinpoint", StatsBinary.fixture("no-total.csv")])
        #expect(r.status == 64)
        #expect(r.stderr.contains("--category religious"))
        #expect(!r.stderr.contains("--all"))
    }

    static func firstSeries(_ arguments: [String]) throws -> [String: Any] {
        let r = try StatsBinary.run(arguments)
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        return try #require((json["series"] as? [[String: Any]])?.first)
    }
}
