import Testing
@testable import TallyReport
import TallyData
import TallyPrimitives
import TallyStats

@Suite("stats joinpoint report: segments, AAPC and model choice in every format")
struct JoinpointReportTests {
    /// Doubling each year with no joinpoint allowed: one segment at +100% a year.
    static func report() throws -> JoinpointReport {
        let series = ReportFixtures.doublingEachYear.series("cases")
        var o = JoinpointRegression.Options()
        o.maxJoinpoints = 0
        o.method = .bic
        let r = try JoinpointRegression.fit(times: series.times, counts: series.counts, options: o)
        return JoinpointReport(series: series, regression: r, zerosExcluded: 0, dates: series.points.map(\.date))
    }

    @Test func theSegmentTableGivesEachSegmentsAPC() throws {
        let t = try Self.report().tables()[0]
        #expect(t.columns.map(\.header) == ["segment", "from", "to", "APC", "95% interval", "p"])
        #expect(t.rows.count == 1)
        #expect(Array(t.rows[0].prefix(5)) == ["1", "2015", "2018", "+100%", "[100%, 100%]"])
        #expect(t.notes[0] == "Cases counted: 0 joinpoints; +100% a year from 2015 to 2018.")
        #expect(t.notes[1].hasPrefix("AAPC from 2015.50 to 2018.50 (decimal years): +100% a year, 95% CI [100%, 100%], p "))
    }

    @Test func theFitTableHasOneRowPerNumberOfJoinpoints() throws {
        let t = try Self.report().tables().last!
        #expect(t.columns.map(\.header) == ["k", "SSE", "BIC", "BIC3", "WBIC"])
        #expect(t.rows.map { $0[0] } == ["0"])
    }

    @Test func csvHasOneRowPerSegment() throws {
        let csv = ReportFixtures.csvRows(try Self.report().render(.csv))
        #expect(csv[0] == ["segment", "from", "to", "apc", "lower", "upper", "p_value", "slope", "standard_error"])
        #expect(csv.count == 2 && Array(csv[1].prefix(3)) == ["1", "2015", "2018"])
        #expect(abs((Double(csv[1][3]) ?? 0) - 100) < 1e-9)
        #expect(abs((Double(csv[1][7]) ?? 0) - 0.6931471805599453) < 1e-12)
    }

    @Test func jsonNamesSegmentsAndTheAAPC() throws {
        let json = try Self.report().json()
        let segment = try #require(json["segments"]?.arrayValue?.first)
        guard case .object(let members) = segment else { Issue.record("segment is not an object"); return }
        #expect(members.map(\.0) == ["from", "to", "slope", "standard_error", "apc", "apc_interval", "p_value"])
        #expect(segment["from"]?.stringValue == "2015")
        #expect(abs((json["aapc"]?["value"]?.doubleValue ?? 0) - 100) < 1e-9)
        #expect(json["aapc"]?["interval"]?["level"]?.doubleValue == 0.95)
        #expect(json["criteria"]?.arrayValue?.first?["joinpoints"]?.intValue == 0)
    }

    @Test func markdownCarriesTheSegment() throws {
        #expect(try Self.report().render(.markdown).contains("| 1 | 2015 | 2018 | +100% | \\[100%, 100%\\] |"))
    }
}
