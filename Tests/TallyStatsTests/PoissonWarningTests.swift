import Testing
@testable import TallyStats

/// The quasi-Poisson fit returns what its figures rest on, as typed warnings in the result.
@Suite("Quasi-Poisson warnings")
struct PoissonWarningTests {
    static let years: [Double] = [2010, 2011, 2012, 2013, 2014, 2015]

    @Test func countsCloserThanPoissonAreUnderdispersedAndTheQuasiIntervalIsNarrower() throws {
        // Poisson counts around 100 vary by about 10; these by about 1.
        let p = try #require(PoissonTrend.compute(times: Self.years, counts: [100, 101, 99, 100, 101, 100], level: 0.95).value)
        #expect(p.dispersion < 1)
        #expect(p.warnings == [.underdispersed(dispersion: p.dispersion)])
        // What was done: phi used as estimated, so the quasi interval is inside the Poisson one.
        #expect(p.quasiStandardError == p.standardError * p.dispersion.squareRoot())
        #expect(p.quasiInterval.lower > p.interval.lower && p.quasiInterval.upper < p.interval.upper)
    }

    @Test func countsThatVaryMoreThanPoissonCarryNoWarning() throws {
        let p = try #require(PoissonTrend.compute(times: Self.years, counts: [100, 150, 80, 170, 90, 200], level: 0.95).value)
        #expect(p.dispersion > 1)
        #expect(p.warnings.isEmpty)
    }

    @Test func fewerThanFiveObservationsAreSaid() throws {
        let four = try #require(PoissonTrend.compute(times: Array(Self.years.prefix(4)), counts: [100, 150, 80, 170], level: 0.95).value)
        #expect(four.warnings.first == .fewObservations(n: 4))
        #expect(four.warnings.first?.description.contains("2 degrees of freedom") == true)
        let three = try #require(PoissonTrend.compute(times: Array(Self.years.prefix(3)), counts: [100, 150, 80], level: 0.95).value)
        #expect(three.warnings.first == .fewObservations(n: 3))
        #expect(three.warnings.first?.description.contains("1 degree of freedom") == true)
        let five = try #require(PoissonTrend.compute(times: Array(Self.years.prefix(5)), counts: [100, 150, 80, 170, 90], level: 0.95).value)
        #expect(!five.warnings.contains { $0.code == "few_observations" })
    }

    @Test func bothWarningsComeInAFixedOrder() throws {
        let p = try #require(PoissonTrend.compute(times: Array(Self.years.prefix(4)), counts: [100, 101, 99, 100], level: 0.95).value)
        #expect(p.warnings.map(\.code) == ["few_observations", "underdispersed"])
    }
}
