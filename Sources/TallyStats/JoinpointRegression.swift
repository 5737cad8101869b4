#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Joinpoint regression (Kim, Fay, Feuer and Midthune, Statistics in Medicine 2000; NCI's
/// Joinpoint Regression Program) on ln(count) against decimal years.
///
/// - Model: continuous piecewise linear with k joinpoints at observations (`JoinpointDesign`).
/// - Fitting: for each k, every placement allowed by the rules is fitted by least squares and the
///   smallest SSE wins (`JoinpointGridSearch`: grid search at the data points, Lerman 1980); ties
///   go to the earliest placement in lexicographic order.
/// - Selection of k between `minJoinpoints` and `maxJoinpoints`:
///   * `permutation`: the sequential test of Kim et al. (2000), `JoinpointPermutationTest`;
///   * `bic`, `bic3`, `wbic`: the smallest criterion (`Criterion`).
/// - Inference, conditional on the joinpoints (NCI's parametric method, `JoinpointInference`):
///   segment slopes and their APCs with t intervals, and the AAPC over a range.
///
/// The steps live in one file each; `fit` only runs them in order.
public struct JoinpointRegression: Sendable {
    public var times: [Double]
    public var logCounts: [Double]
    public var options: Options
    public var maximumUsed: Int
    public var selected: Int
    public var joinpoints: [Int]
    public var coefficients: [Double]
    public var sse: Double
    public var segments: [Segment]
    /// The steps of the sequential permutation test (empty for the information criteria).
    public var tests: [JoinpointPermutationTest.Step]
    public var criteria: [Criterion]
    public var aapc: AAPC
    public var degreesOfFreedom: Int
    /// Placements fitted per k, for the record.
    public var placementsFitted: [Int]

    /// NCI's default maximum number of joinpoints for n observations.
    public static func defaultMaximum(n: Int) -> Int {
        switch n {
        case ..<7: return 0
        case 7...11: return 1
        case 12...16: return 2
        case 17...21: return 3
        case 22...26: return 4
        default: return 5
        }
    }

    public struct Failure: Error, Sendable, CustomStringConvertible {
        /// What went wrong: the input or the limits refused the fit, or the user interrupted it.
        public enum Kind: Sendable, Equatable { case refused, interrupted }
        public var kind: Kind
        public var message: String
        public var description: String { message }

        public init(message: String) {
            kind = .refused
            self.message = message
        }

        /// The fit stopped because `interrupted` was set (SIGINT); the message stays "interrupted".
        public static let interruption: Failure = {
            var failure = Failure(message: "interrupted")
            failure.kind = .interrupted
            return failure
        }()
    }

    /// Set from a signal handler: stops the search and the permutation test between placements
    /// and between permutations.
    nonisolated(unsafe) public static var interrupted: sig_atomic_t = 0

    /// Fits and selects. `progress` is called with (done, total) permutations from any thread.
    public static func fit(times: [Double], counts: [Double], options: Options,
                           aapcFrom: Double? = nil, aapcTo: Double? = nil,
                           progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> JoinpointRegression {
        let space = try JoinpointSearchSpace(times: times, counts: counts, options: options)
        let y = counts.map { log($0) }
        let search = try JoinpointGridSearch(times: times, y: y, placements: space.placements)
        let criteria = (0...space.maximumJoinpoints).map { k in
            Criterion(joinpoints: k, sse: search.best[k].sse, times: times, y: y, design: search.best[k].design)
        }

        var tests: [JoinpointPermutationTest.Step] = []
        let selected: Int
        switch options.method {
        case .bic, .bic3, .wbic:
            selected = Criterion.smallest(criteria, by: options.method, from: options.minJoinpoints)
        case .permutation:
            let test = JoinpointPermutationTest(times: times, y: y, search: search, placements: space.placements,
                                                options: options)
            (selected, tests) = try test.run(progress: progress)
        }

        let inference = try JoinpointInference(times: times, y: y, design: search.best[selected].design,
                                               level: options.level, aapcFrom: aapcFrom, aapcTo: aapcTo)
        return JoinpointRegression(times: times, logCounts: y, options: options, maximumUsed: space.maximumJoinpoints,
                                   selected: selected, joinpoints: inference.joinpoints,
                                   coefficients: inference.coefficients, sse: inference.sse,
                                   segments: inference.segments, tests: tests, criteria: criteria,
                                   aapc: inference.aapc, degreesOfFreedom: inference.degreesOfFreedom,
                                   placementsFitted: search.placementsFitted)
    }
}
