import Testing
@testable import TallyStats

@Suite("Trend statistics: too few points, zeros, flat series")
struct TrendEdgeCaseTests {
    @Test func tooFewObservationsSaysWhyAndTheRestStillCompute() {
        let a = TrendAnalysis(times: [2015.5, 2019.5], counts: [50, 296])
        #expect(a.growth.value?.foldChange.value == 5.92)
        #expect(a.linear.reason == "needs at least 3 observations")
        #expect(a.poisson.reason == "needs at least 3 observations")
        #expect(a.theilSen.reason == "needs at least 3 observations")
        #expect(a.mannKendall.reason == "needs at least 3 observations")
    }

    @Test func zeroCountsAreExcludedFromTheLogModelAndCounted() {
        let a = TrendAnalysis(times: [2010, 2011, 2012, 2013, 2014], counts: [0, 2, 4, 8, 16])
        #expect(a.logLinear.value?.zerosExcluded == 1)
        #expect(abs(a.logLinear.value!.annualPercentChange - 100) < 1e-9)
        #expect(a.growth.value?.foldChange.reason == "the first count is zero")
    }

    @Test func zeroCountsCanBeRefused() {
        let a = TrendAnalysis(times: [2010, 2011, 2012, 2013], counts: [0, 2, 4, 8], zeros: .refuse)
        #expect(a.logLinear.reason == "1 zero count have no logarithm; use --zeros exclude to leave them out")
    }

    @Test func flatSeriesHasNoMannKendallVarianceAndNoDoublingInterval() {
        let a = TrendAnalysis(times: [2010, 2011, 2012, 2013], counts: [5, 5, 5, 5])
        #expect(a.mannKendall.reason == "every count is the same")
        #expect(a.logLinear.value?.doublingTimeInterval.value == nil)
    }

    @Test func sameDateEverywhere() {
        let a = TrendAnalysis(times: [2010, 2010, 2010], counts: [1, 2, 3])
        #expect(a.linear.reason == "all observations are on the same date")
        #expect(a.theilSen.reason == "all observations are on the same date")
    }
}
