import Testing
@testable import TallyReport
import TallyData
import TallyPrimitives
import TallyStats

@Suite("stats regress report: each coefficient in every format")
struct RegressionReportTests {
    /// y = 3.1, 4.9, 7.2, 8.8 at x = 1..4: intercept 1.15 and slope 1.94 by hand.
    static func report() throws -> RegressionReport {
        let formula = try RegressionFormula("y ~ x")
        let x = [1.0, 2, 3, 4]
        let fit = try LinearLeastSquares(design: x.map { [1, $0] }, y: [3.1, 4.9, 7.2, 8.8], hasIntercept: true)
        return RegressionReport(formula: formula, fit: fit, level: 0.95, file: "line.csv")
    }

    @Test func theTableGivesEachTermsEstimate() throws {
        let t = try Self.report().table()
        #expect(t.columns.map(\.header) == ["term", "estimate", "std. error", "t", "p", "95% interval"])
        #expect(t.rows.map { Array($0.prefix(2)) } == [["(Intercept)", "1.1500000"], ["x", "1.9400000"]])
        #expect(t.title == "y ~ x (line.csv)")
        #expect(t.notes[0].hasPrefix("n = 4, residual standard deviation"))
    }

    @Test func csvHasOneRowPerTerm() throws {
        let csv = ReportFixtures.csvRows(try Self.report().render(.csv))
        #expect(csv[0] == ["term", "estimate", "std_error", "t", "p_value", "lower", "upper"])
        #expect(csv.dropFirst().map { $0[0] } == ["(Intercept)", "x"])
        #expect(abs((Double(csv[2][1]) ?? 0) - 1.94) < 1e-12)
        #expect((Double(csv[2][5]) ?? .nan) < 1.94 && (Double(csv[2][6]) ?? .nan) > 1.94)
    }

    @Test func jsonGivesEachCoefficientWithItsInterval() throws {
        let c = try #require(try Self.report().json()["coefficients"]?.arrayValue?.last)
        guard case .object(let members) = c else { Issue.record("coefficient is not an object"); return }
        #expect(members.map(\.0) == ["term", "estimate", "std_error", "t", "p_value", "interval"])
        #expect(c["term"]?.stringValue == "x")
        #expect(abs((c["estimate"]?.doubleValue ?? 0) - 1.94) < 1e-12)
        guard case .object(let bounds)? = c["interval"] else { Issue.record("no interval"); return }
        #expect(bounds.map(\.0) == ["lower", "upper"])
    }

    @Test func markdownCarriesTheTerms() throws {
        let md = try Self.report().render(.markdown)
        #expect(md.contains("| x | 1.9400000 |"))
        #expect(md.contains("| \\(Intercept\\) |") || md.contains("| (Intercept) |"))
    }
}
