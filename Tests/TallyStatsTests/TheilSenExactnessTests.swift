import Testing
@testable import TallyStats

/// The O(n log n) ranking of pairwise slopes gives exactly the doubles the naive method gives:
/// every slope (y_j - y_i) / (t_j - t_i) with t_i < t_j built, sorted, and read at the ranks
/// scipy.stats.theilslopes uses. The naive method lives here only, as the specification.
@Suite("Theil-Sen: exact ranking of pairwise slopes")
struct TheilSenExactnessTests {
    /// The previous implementation, kept as the reference.
    static func naive(times: [Double], values: [Double], level: Double) -> (slope: Double, lower: Double, upper: Double)? {
        let n = times.count
        var slopes: [Double] = []
        for i in 0..<n {
            for j in 0..<n where times[j] > times[i] {
                slopes.append((values[j] - values[i]) / (times[j] - times[i]))
            }
        }
        guard n >= 3, !slopes.isEmpty else { return nil }
        slopes.sort()
        let slope = median(sorted: slopes)
        let z = Distributions.normalQuantile((1 - level) / 2)
        let nn = Double(n)
        var sigma2 = nn * (nn - 1) * (2 * nn + 5)
        for k in tieGroupSizes(times) + tieGroupSizes(values) {
            let kk = Double(k)
            sigma2 -= kk * (kk - 1) * (2 * kk + 5)
        }
        let sigma = (sigma2 / 18).squareRoot()
        let count = Double(slopes.count)
        let upper = min(Int(((count - z * sigma) / 2).rounded(.toNearestOrEven)), slopes.count - 1)
        let lower = max(Int(((count + z * sigma) / 2).rounded(.toNearestOrEven)) - 1, 0)
        return (slope, slopes[lower], slopes[upper])
    }

    /// A small deterministic generator (SplitMix64), so failures repeat.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E3779B97F4A7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
            z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    static func check(_ times: [Double], _ values: [Double], level: Double = 0.95) {
        let fast = TheilSenSlope.compute(times: times, values: values, level: level).value
        let slow = naive(times: times, values: values, level: level)
        #expect(fast?.slope == slow?.slope, "times \(times) values \(values)")
        #expect(fast?.interval.lower == slow?.lower, "times \(times) values \(values)")
        #expect(fast?.interval.upper == slow?.upper, "times \(times) values \(values)")
    }

    @Test(arguments: 0..<40)
    func randomSeriesGiveTheNaiveDoubles(_ seed: Int) {
        var g = Generator(state: UInt64(seed) &* 7919 &+ 1)
        let n = 3 + g.below(60)
        // Dates as the loader makes them (decimal years of days, some repeated), counts with ties.
        let times = (0..<n).map { _ in 2010 + Double(g.below(4000)) / 365.25 }
        let values = (0..<n).map { _ in Double(g.below(seed % 3 == 0 ? 5 : 2000)) }
        Self.check(times, values)
    }

    @Test(arguments: 0..<10)
    func manyTiesAndRepeatedDatesGiveTheNaiveDoubles(_ seed: Int) {
        var g = Generator(state: UInt64(seed) &+ 99)
        let n = 3 + g.below(40)
        let times = (0..<n).map { _ in 2000 + Double(g.below(6)) }
        let values = (0..<n).map { _ in Double(g.below(4)) * 0.1 }
        Self.check(times, values, level: [0.8, 0.9, 0.95, 0.99][seed % 4])
    }

    @Test func seriesOnAStraightLineGiveTheNaiveDoubles() {
        // Every pair has the same real slope: the candidate window cannot be narrowed, and the
        // computed slopes differ in the last bits only.
        let times = (0..<300).map { 2000 + Double($0) / 12 }
        Self.check(times, times.map { 0.1 * $0 + 3 })
        Self.check(times, times.map { _ in 7 })
        Self.check(times, times.map { 1e9 - 3 * $0 })
    }

    @Test func exactTiesBeyondTheCandidateBudgetGiveTheNaiveDoubles() {
        // 600 observations on exact lines: 179,700 pairs share one real slope, more than the
        // candidates held at once, so the ranks come from the one pass over every pair.
        let times = (0..<600).map { 1500 + Double($0) }
        Self.check(times, times.map { _ in 7 })
        Self.check(times, times.map { 3 * $0 - 11 })
        Self.check(times, times.map { 0.1 * $0 })
    }

    @Test func largerSeriesThanTheCandidateBudgetGiveTheNaiveDoubles() {
        var g = Generator(state: 5)
        let n = 600   // 179,700 pairs: above the 65,536 candidates held at once
        let times = (0..<n).map { 2000 + Double($0) / 52 + Double(g.below(3)) / 365.25 }
        let values = (0..<n).map { _ in Double(100 + g.below(900)) }
        Self.check(times, values)
    }

    @Test func twentyThousandObservationsNeedNoQuadraticMemory() {
        // The naive method built 2 x 10^8 slopes (1.6 GB) here.
        var g = Generator(state: 11)
        let n = 20_000
        let times = (0..<n).map { 1990 + Double($0) / 365.25 }
        let values = (0..<n).map { Double(1000 + $0 / 10 + g.below(500)) }
        let r = TheilSenSlope.compute(times: times, values: values, level: 0.95).value
        #expect(r?.pairs == n * (n - 1) / 2)
        #expect(r.map { $0.interval.lower <= $0.slope && $0.slope <= $0.interval.upper } == true)
    }

    @Test func longerSeriesThanTheLimitSayWhy() {
        let n = TheilSenSlope.maximumObservations + 1
        let times = (0..<n).map { Double($0) }
        let r = TheilSenSlope.compute(times: times, values: times, level: 0.95)
        #expect(r.reason?.contains("at most \(TheilSenSlope.maximumObservations) observations") == true)
    }

    @Test(arguments: 0..<10)
    func kendallScoreMatchesThePairwiseSum(_ seed: Int) {
        var g = Generator(state: UInt64(seed) &+ 1234)
        let values = (0..<(2 + g.below(80))).map { _ in Double(g.below(seed % 2 == 0 ? 6 : 1000)) }
        var s = 0
        for i in values.indices { for j in values.indices where j > i { s += values[j] > values[i] ? 1 : values[j] < values[i] ? -1 : 0 } }
        #expect(kendallScore(values) == s)
    }
}
