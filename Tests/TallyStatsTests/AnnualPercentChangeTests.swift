import Foundation
import Testing
@testable import TallyStats

@Suite("Annual percent change from a log-scale slope")
struct AnnualPercentChangeTests {
    @Test func aSlopeOfLnTwoDoublesTheCountEachYear() {
        #expect(abs(AnnualPercentChange.ofLogSlope(log(2)) - 100) < 1e-12)
        #expect(abs(AnnualPercentChange.ofLogSlope(log(0.5)) + 50) < 1e-12)
        #expect(AnnualPercentChange.ofLogSlope(0) == 0)
    }

    @Test func itIsNotTheSmallSlopeApproximation() {
        // 100 b would give 10 here.
        #expect(abs(AnnualPercentChange.ofLogSlope(0.1) - 10.517091807564771) < 1e-12)
    }

    @Test func anIntervalMapsEndToEndAndKeepsItsLevel() {
        let slope = ConfidenceInterval(lower: log(0.9), upper: log(1.2), level: 0.9)
        let apc = AnnualPercentChange.ofLogSlope(slope)
        #expect(abs(apc.lower + 10) < 1e-12 && abs(apc.upper - 20) < 1e-12)
        #expect(apc.level == 0.9)
    }

    @Test func everyTrendReportsItsAPCThroughIt() throws {
        let times = (0..<8).map { 2010 + Double($0) }
        let counts: [Double] = [100, 112, 118, 135, 149, 160, 181, 197]
        let a = TrendAnalysis(times: times, counts: counts)
        let ll = try #require(a.logLinear.value), p = try #require(a.poisson.value)
        #expect(ll.annualPercentChange == AnnualPercentChange.ofLogSlope(ll.slope))
        #expect(ll.annualPercentChangeInterval == AnnualPercentChange.ofLogSlope(ll.slopeInterval))
        #expect(p.annualPercentChange == AnnualPercentChange.ofLogSlope(p.slope))
        #expect(p.quasiAnnualPercentChangeInterval == AnnualPercentChange.ofLogSlope(p.quasiInterval))
        var o = JoinpointRegression.Options()
        o.maxJoinpoints = 0
        let j = try JoinpointRegression.fit(times: times, counts: counts, options: o)
        #expect(j.segments[0].apc == AnnualPercentChange.ofLogSlope(j.segments[0].slope))
        #expect(j.aapc.value == AnnualPercentChange.ofLogSlope(j.segments[0].slope))
    }
}
