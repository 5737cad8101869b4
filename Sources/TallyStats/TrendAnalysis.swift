/// Every trend statistic of one series, each either computed or with the reason it is missing.
/// Times are decimal years, sorted; counts are the published numbers as given.
public struct TrendAnalysis: Sendable {
    public var times: [Double]
    public var counts: [Double]
    public var level: Double
    public var growth: Computed<GrowthSummary>
    public var linear: Computed<LinearTrend>
    public var logLinear: Computed<LogLinearTrend>
    public var poisson: Computed<PoissonTrend>
    public var theilSen: Computed<TheilSenSlope>
    public var mannKendall: Computed<MannKendallTest>

    public init(times: [Double], counts: [Double], level: Double = 0.95, zeros: ZeroCountPolicy = .exclude) {
        self.times = times
        self.counts = counts
        self.level = level
        growth = GrowthSummary.compute(times: times, counts: counts)
        linear = LinearTrend.compute(times: times, values: counts, level: level)
        logLinear = LogLinearTrend.compute(times: times, counts: counts, level: level, zeros: zeros)
        poisson = PoissonTrend.compute(times: times, counts: counts, level: level)
        theilSen = TheilSenSlope.compute(times: times, values: counts, level: level)
        mannKendall = MannKendallTest.compute(values: counts)
    }
}
