/// The sequential permutation test of Kim et al. (2000) for the number of joinpoints.
///
/// With a = the minimum and b = the maximum, test H0: k = a against H1: k = b with
/// T = (SSE_a - SSE_b) / SSE_b. The permutation distribution comes from y* = fitted_a + permuted
/// residuals_a, each refitted by grid search under both k (`PermutedResponses`,
/// `SmallestPermutedSSE`); p = (1 + #{T* >= T}) / (1 + permutations). Each test is run at the level
/// `level(null:alternative:)`; when it rejects, a = a + 1, else b = b - 1; the test stops when
/// a = b and selects a. Random numbers come from SplitMix64 seeded from (seed, test, permutation),
/// so results repeat exactly whatever the number of threads.
public struct JoinpointPermutationTest: Sendable {
    /// One test of the sequence.
    public struct Step: Sendable {
        public var nullJoinpoints: Int
        public var alternativeJoinpoints: Int
        /// T = (SSE_null - SSE_alternative) / SSE_alternative for the data.
        public var statistic: Double
        public var pValue: Double
        /// The level the p-value is compared with.
        public var threshold: Double
        public var rejected: Bool
    }

    let times: [Double]
    let y: [Double]
    let search: JoinpointGridSearch
    let placements: [JoinpointPlacements]
    let options: JoinpointRegression.Options

    init(times: [Double], y: [Double], search: JoinpointGridSearch, placements: [JoinpointPlacements],
         options: JoinpointRegression.Options) {
        self.times = times
        self.y = y
        self.search = search
        self.placements = placements
        self.options = options
    }

    var minimum: Int { options.minJoinpoints }
    var maximum: Int { placements.count - 1 }

    /// The level of the test of k = a against k = b: the Bonferroni level alpha / (max - min) for
    /// every test, as NCI's Joinpoint before version 3.0 (issue 18 asks for NCI's later rule,
    /// alpha / (max - a), as the default).
    func level(null a: Int, alternative b: Int) -> Double {
        options.alpha / Double(max(1, maximum - minimum))
    }

    /// Runs the tests in sequence; returns the selected number of joinpoints and the steps.
    /// `progress` is called with (done, total) permutations from any thread.
    func run(progress: (@Sendable (Int, Int) -> Void)?) throws -> (selected: Int, steps: [Step]) {
        var a = minimum, b = maximum
        var steps: [Step] = []
        // At most max - min tests run, each with `permutations` permutations.
        let counter = progress.map { PermutationProgress(total: max(1, maximum - minimum) * options.permutations, report: $0) }
        while a < b {
            let null = search.best[a], alternative = search.best[b]
            let observed = (null.sse - alternative.sse) / max(alternative.sse, 1e-300)
            let responses = PermutedResponses(y: y, nullDesign: null.design, seed: options.seed, test: UInt64(steps.count))
            let exceedances = try countExceedances(of: observed, responses: responses,
                                                   null: placements[a], alternative: placements[b], progress: counter)
            if JoinpointRegression.interrupted != 0 { throw JoinpointRegression.Failure.interruption }
            let pValue = Double(1 + exceedances) / Double(1 + options.permutations)
            let threshold = level(null: a, alternative: b)
            let rejected = pValue < threshold
            steps.append(Step(nullJoinpoints: a, alternativeJoinpoints: b, statistic: observed, pValue: pValue,
                              threshold: threshold, rejected: rejected))
            if rejected { a += 1 } else { b -= 1 }
        }
        return (a, steps)
    }

    /// How many permuted responses give a statistic T* at least the observed one (less a relative
    /// 1e-12, so that a permutation that reproduces the data counts despite rounding).
    func countExceedances(of observed: Double, responses: PermutedResponses, null: JoinpointPlacements,
                          alternative: JoinpointPlacements, progress: PermutationProgress?) throws -> Int {
        let refit = SmallestPermutedSSE(times: times, responses: responses, permutations: options.permutations,
                                        workers: max(1, options.workers), batchBytes: options.batchBytes, progress: progress)
        let sseNull = try refit.over(null)
        let sseAlternative = try refit.over(alternative)
        var exceed = 0
        for p in 0..<options.permutations {
            let sa = sseNull[p], sb = sseAlternative[p]
            let t = (sa - sb) / max(sb, 1e-300)
            if t >= observed - 1e-12 * max(1, abs(observed)) { exceed += 1 }
        }
        return exceed
    }
}
