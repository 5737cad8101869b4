import Foundation
import Testing
@testable import TallyStats

/// Joinpoint fits against scripts/reference/joinpoint_reference.py, an independent brute-force
/// search with numpy's least squares: the same joinpoints, and SSE and APCs to a relative 1e-9.
@Suite("Joinpoint regression")
struct JoinpointTests {
    struct Fixture: Decodable {
        struct Fit: Decodable { let joinpoints: [Int]; let sse: Double; let apc: [Double] }
        struct Series: Decodable { let times: [Double]; let counts: [Double]; let fits: [String: Fit] }
        let series: [String: Series]
    }

    static let fixture = try! JSONDecoder().decode(Fixture.self, from: FixtureFiles.data("joinpoint-reference.json"))

    @Test(arguments: fixture.series.keys.sorted())
    func exhaustiveSearchMatchesTheReference(_ name: String) throws {
        let s = Self.fixture.series[name]!
        for (kText, ref) in s.fits {
            var o = JoinpointRegression.Options()
            o.minJoinpoints = Int(kText)!
            o.maxJoinpoints = Int(kText)!
            let r = try JoinpointRegression.fit(times: s.times, counts: s.counts, options: o)
            #expect(r.selected == Int(kText)!)
            #expect(r.joinpoints == ref.joinpoints, "\(name) k=\(kText)")
            #expect(abs(r.sse - ref.sse) <= 1e-9 * max(ref.sse, 1e-12), "\(name) k=\(kText) SSE \(r.sse) vs \(ref.sse)")
            for (mine, theirs) in zip(r.segments.map(\.apc), ref.apc) {
                #expect(abs(mine - theirs) <= 1e-9 * max(abs(theirs), 1e-9), "\(name) k=\(kText) APC \(mine) vs \(theirs)")
            }
        }
    }

    @Test func permutationTestRepeatsExactlyWhateverTheThreads() throws {
        // No real change, only noise: p-values well inside (0, 1), so a new seed moves them.
        let s = Fixture.Series(times: (0..<13).map { 2010 + Double($0) },
                               counts: [100, 104, 98, 107, 103, 110, 105, 112, 108, 115, 111, 117, 113], fits: [:])
        var o = JoinpointRegression.Options()
        o.maxJoinpoints = 2
        o.method = .permutation
        o.permutations = 999
        o.workers = 1
        let one = try JoinpointRegression.fit(times: s.times, counts: s.counts, options: o)
        o.workers = 2
        let two = try JoinpointRegression.fit(times: s.times, counts: s.counts, options: o)
        let again = try JoinpointRegression.fit(times: s.times, counts: s.counts, options: o)
        #expect(one.tests.map(\.pValue) == two.tests.map(\.pValue))
        #expect(two.tests.map(\.pValue) == again.tests.map(\.pValue))
        #expect(one.selected == two.selected)
        o.seed = 7
        let other = try JoinpointRegression.fit(times: s.times, counts: s.counts, options: o)
        #expect(other.tests.map(\.pValue) != two.tests.map(\.pValue))
    }

    @Test func aClearChangeIsFound() throws {
        let s = Self.fixture.series["two_slopes"]!
        var o = JoinpointRegression.Options()
        o.maxJoinpoints = 1
        o.method = .permutation
        o.permutations = 499
        let r = try JoinpointRegression.fit(times: s.times, counts: s.counts, options: o)
        #expect(r.selected == 1)
        #expect(r.joinpoints == [5])
        #expect(r.segments[0].apc < 10 && r.segments[1].apc > 25)
    }

    @Test func criteriaFollowNCIsFormulas() throws {
        let s = Self.fixture.series["rise_flat_rise"]!
        var o = JoinpointRegression.Options()
        o.maxJoinpoints = 2
        o.method = .bic
        let r = try JoinpointRegression.fit(times: s.times, counts: s.counts, options: o)
        let n = Double(s.times.count)
        for c in r.criteria {
            let k = Double(c.joinpoints)
            #expect(abs(c.bic - (log(c.sse / n) + (2 * k + 2) * log(n) / n)) < 1e-12)
            #expect(abs(c.bic3 - (log(c.sse / n) + (3 * k + 2) * log(n) / n)) < 1e-12)
            #expect(c.wbic >= c.bic - 1e-12 && c.wbic <= c.bic3 + 1e-12)
        }
        #expect(r.selected == r.criteria.min { $0.bic < $1.bic }!.joinpoints)
    }

    @Test func aapcOfOneSegmentIsItsAPC() throws {
        let s = Self.fixture.series["irregular"]!
        var o = JoinpointRegression.Options()
        o.maxJoinpoints = 0
        let r = try JoinpointRegression.fit(times: s.times, counts: s.counts, options: o)
        #expect(abs(r.aapc.value - r.segments[0].apc) < 1e-9)
    }

    @Test func edgeCasesSayWhy() {
        var o = JoinpointRegression.Options()
        o.minJoinpoints = 1
        #expect(throws: JoinpointRegression.Failure.self) { try JoinpointRegression.fit(times: [1, 2, 3, 4], counts: [1, 2, 3, 4], options: o) }
        #expect(throws: JoinpointRegression.Failure.self) { try JoinpointRegression.fit(times: [1, 2, 3], counts: [1, 0, 3], options: .init()) }
        #expect(JoinpointRegression.defaultMaximum(n: 15) == 2)
        #expect(joinpointPlacements(n: 9, k: 2, minEnd: 2, minBetween: 2) == [[2, 5], [2, 6], [3, 6]])
    }

    @Test func permutationTestIsTheSameWhateverTheBatchOfDesigns() throws {
        // Designs are built in batches so that memory does not grow with the placements; one
        // design per batch must give the p-values of one batch holding them all.
        let s = Self.fixture.series["rise_flat_rise"]!
        var o = JoinpointRegression.Options()
        o.maxJoinpoints = 2
        o.method = .permutation
        o.permutations = 199
        let whole = try JoinpointRegression.fit(times: s.times, counts: s.counts, options: o)
        o.batchBytes = 1
        o.workers = 1
        let single = try JoinpointRegression.fit(times: s.times, counts: s.counts, options: o)
        #expect(whole.tests.map(\.pValue) == single.tests.map(\.pValue))
        #expect(whole.selected == single.selected && whole.joinpoints == single.joinpoints)
    }

    @Test func workersMergeTheirOwnPermutationsIntoTheOneResult() throws {
        // Worker w takes permutations w, w + workers, ...; with 97 permutations no number of
        // workers divides them evenly, and small batches carry each minimum across batches.
        let s = Self.fixture.series["rise_flat_rise"]!
        var o = JoinpointRegression.Options()
        o.maxJoinpoints = 2
        o.method = .permutation
        o.permutations = 97
        o.workers = 1
        let one = try JoinpointRegression.fit(times: s.times, counts: s.counts, options: o)
        #expect(one.tests.count == 2)
        for (workers, batchBytes) in [(2, JoinpointRegression.permutationBatchBytes), (3, 4096), (5, 1), (200, 1 << 20)] {
            o.workers = workers
            o.batchBytes = batchBytes
            let many = try JoinpointRegression.fit(times: s.times, counts: s.counts, options: o)
            #expect(many.tests.map(\.pValue) == one.tests.map(\.pValue), "\(workers) workers, \(batchBytes) bytes")
            #expect(many.tests.map(\.statistic) == one.tests.map(\.statistic))
            #expect(many.selected == one.selected)
        }
    }

    @Test func everyTestRunsAtTheBonferroniLevel() throws {
        // alpha / (max - min) for every step, as NCI's Joinpoint before 3.0 (issue 18 changes it).
        let s = Self.fixture.series["rise_flat_rise"]!
        var o = JoinpointRegression.Options()
        o.minJoinpoints = 0
        o.maxJoinpoints = 3
        o.method = .permutation
        o.permutations = 19
        o.alpha = 0.75   // a level that rejects sometimes, so a later step has a > min
        let r = try JoinpointRegression.fit(times: s.times, counts: s.counts, options: o)
        #expect(r.tests.count == 3)
        #expect(r.tests.allSatisfy { $0.threshold == 0.25 })
        #expect(r.tests.allSatisfy { $0.rejected == ($0.pValue < 0.25) })
        // Each step moves a up after a rejection and b down otherwise, until they meet.
        var a = 0, b = 3
        for t in r.tests {
            #expect(t.nullJoinpoints == a && t.alternativeJoinpoints == b)
            if t.rejected { a += 1 } else { b -= 1 }
        }
        #expect(r.selected == a && a == b)
    }

    @Test func placementsAreCountedWithoutListingThem() {
        // C(n - 2 minEnd - (k - 1) minBetween, k), checked against the listing on small cases.
        for n in 3...16 {
            for k in 0...4 {
                for (minEnd, minBetween) in [(2, 2), (1, 0), (3, 1)] {
                    let p = JoinpointPlacements(n: n, k: k, minEnd: minEnd, minBetween: minBetween)
                    #expect(p.count == joinpointPlacements(n: n, k: k, minEnd: minEnd, minBetween: minBetween).count)
                }
            }
        }
        // 50 observations: what the old code built before fitting anything.
        #expect(JoinpointPlacements(n: 50, k: 5, minEnd: 2, minBetween: 2).count == 501_942)
        #expect(JoinpointPlacements(n: 50, k: 16, minEnd: 2, minBetween: 2).count == 1)
        #expect(JoinpointPlacements.maximumPlaceable(n: 50, minEnd: 2, minBetween: 2, limit: 20) == 16)
        #expect(JoinpointPlacements(n: 10_000, k: 20, minEnd: 2, minBetween: 2).count == Int.max)
    }

    @Test func workAboveTheLimitIsRefusedBeforeAnyFitting() throws {
        let times = (0..<50).map { 1975 + Double($0) }
        let counts = times.map { 100 * exp(0.05 * ($0 - 1975)) }
        var o = JoinpointRegression.Options()
        o.maxJoinpoints = 8
        #expect {
            _ = try JoinpointRegression.fit(times: times, counts: counts, options: o)
        } throws: { error in
            "\(error)".contains("10518300 placements") && "\(error)".contains("above the limit of \(JoinpointRegression.maximumWork)")
        }
        o.maxJoinpoints = 21
        #expect(throws: JoinpointRegression.Failure.self) { try JoinpointRegression.fit(times: times, counts: counts, options: o) }
    }
}
