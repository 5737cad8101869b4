import Foundation
import Testing
@testable import TallyStats

/// Shares, contributions, the chi-square test and Wilson intervals against
/// scripts/reference/breakdown_reference.py (scipy, statsmodels; versions in the fixture).
/// Tolerances: shares and contributions 1e-12 (absolute), chi-square 1e-9 (relative),
/// p-values 1e-6 (relative, absolute 1e-12 near zero), Wilson ends 1e-9 (absolute).
@Suite("Composition breakdown against scipy and statsmodels")
struct CompositionBreakdownTests {
    struct Fixture: Decodable {
        struct Input: Decodable {
            let parts: [String]
            let dates: [[DateField]]
        }
        enum DateField: Decodable {
            case text(String), number(Double), counts([Double]), null
            init(from decoder: Decoder) throws {
                let c = try decoder.singleValueContainer()
                if c.decodeNil() { self = .null }
                else if let s = try? c.decode(String.self) { self = .text(s) }
                else if let n = try? c.decode(Double.self) { self = .number(n) }
                else { self = .counts(try c.decode([Double].self)) }
            }
        }
        struct Row: Decodable {
            let label: String
            let whole: Double
            let whole_is_sum: Bool
            let unattributed: Double?
            let shares: [Double]
            let unattributed_share: Double?
            let wilson: [[Double]]
        }
        struct Change: Decodable { let absolute: Double; let share_change_points: Double; let contribution: Double? }
        struct Chi2: Decodable { let statistic: Double; let p: Double; let df: Int }
        struct Expected: Decodable { let rows: [Row]; let changes: [String: Change]; let chi2: Chi2 }
        struct Case: Decodable { let input: Input; let expected: Expected }
        let level: Double
        let cases: [String: Case]
    }

    static let fixture = try! JSONDecoder().decode(Fixture.self, from: FixtureFiles.data("breakdown-reference.json"))

    @Test(arguments: fixture.cases.keys.sorted())
    func matchesTheReference(_ name: String) throws {
        let c = Self.fixture.cases[name]!
        let dates = c.input.dates.map { d -> (label: String, whole: Double?, counts: [Double]) in
            guard case .text(let label) = d[0], case .counts(let counts) = d[2] else { fatalError("bad fixture") }
            if case .number(let w) = d[1] { return (label, w, counts) }
            return (label, nil, counts)
        }
        let b = CompositionBreakdown(parts: c.input.parts, dates: dates, level: Self.fixture.level, intervals: true)
        for (mine, ref) in zip(b.rows, c.expected.rows) {
            #expect(mine.whole == ref.whole && mine.wholeIsSumOfParts == ref.whole_is_sum, "\(name) \(ref.label) whole")
            #expect(mine.unattributed == ref.unattributed)
            for (x, y) in zip(mine.shares, ref.shares) { #expect(abs(x - y) <= 1e-12, "\(name) \(ref.label) share") }
            if let u = ref.unattributed_share { #expect(abs((mine.unattributedShare ?? -1) - u) <= 1e-12) }
            for (ci, w) in zip(mine.intervals!, ref.wilson) {
                #expect(abs(ci.lower - w[0]) <= 1e-9 && abs(ci.upper - w[1]) <= 1e-9, "\(name) \(ref.label) Wilson")
            }
        }
        #expect(b.changes.count == c.expected.changes.count)
        for change in b.changes {
            let ref = try #require(c.expected.changes[change.part])
            #expect(change.absolute == ref.absolute)
            #expect(abs(change.shareChangePoints - ref.share_change_points) <= 1e-12)
            if let rc = ref.contribution { #expect(abs(change.contribution! - rc) <= 1e-12, "\(name) \(change.part) contribution") }
        }
        let contributions = b.changes.compactMap(\.contribution).reduce(0, +)
        #expect(abs(contributions - 1) < 1e-12)
        let t = try #require(b.test.value)
        #expect(t.degreesOfFreedom == c.expected.chi2.df)
        #expect(abs(t.statistic - c.expected.chi2.statistic) <= 1e-9 * c.expected.chi2.statistic, "\(name) chi2")
        #expect(abs(t.pValue - c.expected.chi2.p) <= max(1e-6 * c.expected.chi2.p, 1e-12), "\(name) p")
    }

    @Test func oneDateHasNoTest() {
        let b = CompositionBreakdown(parts: ["a", "b"], dates: [("2020", 10, [4, 6])], level: 0.95, intervals: false)
        #expect(b.test.reason == "needs at least 2 dates with counts")
        #expect(b.changes.isEmpty)
    }

    @Test func wilsonEdges() {
        let zero = WilsonInterval.compute(successes: 0, trials: 10, level: 0.95).value!
        #expect(abs(zero.lower) < 1e-15 && zero.upper > 0.2)
        #expect(WilsonInterval.compute(successes: 1, trials: 0, level: 0.95).reason == "no trials")
    }
}
