import Dispatch
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
///   smallest SSE wins (grid search at the data points, Lerman 1980); ties go to the earliest
///   placement in lexicographic order.
/// - Selection of k between `minJoinpoints` and `maxJoinpoints`:
///   * `permutation`: the sequential test of Kim et al. (2000). With a = min and b = max, test
///     H0: k = a against H1: k = b with T = (SSE_a - SSE_b) / SSE_b; the permutation
///     distribution comes from y* = fitted_a + permuted residuals_a, each refitted by grid search
///     under both k. p = (1 + #{T* >= T}) / (1 + permutations). Reject at alpha / (max - min):
///     a = a + 1, else b = b - 1; stop when a = b. Random numbers: SplitMix64 seeded from
///     (seed, test, permutation), so results repeat exactly whatever the number of threads.
///   * `bic`: ln(SSE/n) + (2k + 2) ln(n) / n; `bic3`: ln(SSE/n) + (3k + 2) ln(n) / n;
///   * `wbic`: ln(SSE/n) + ((2 + R2max) k + 2) ln(n) / n, with R2max the largest partial R^2 of a
///     joinpoint's hinge term against a straight line fitted over the observations from the
///     previous joinpoint (exclusive; the first observation for the first) to the next (inclusive;
///     the last observation for the last), as NCI documents it.
/// - Inference, conditional on the joinpoints (NCI's parametric method): segment slope m is
///   b1 + d1 + ... + d(m-1); its interval is t-based with n - (2k + 2) degrees of freedom; APC =
///   100 (e^slope - 1). AAPC over [A, B] = 100 (e^(sum w_m slope_m / sum w_m) - 1), w_m the years of
///   segment m inside [A, B], with the same t interval on the log scale.
public struct JoinpointRegression: Sendable {
    public enum Method: String, Sendable, CaseIterable { case permutation, bic, bic3, wbic }

    public struct Options: Sendable {
        public var minJoinpoints = 0
        /// nil: NCI's default from the number of observations (see `defaultMaximum`).
        public var maxJoinpoints: Int?
        public var minEnd = 2
        public var minBetween = 2
        /// WBIC by default, as NCI's Joinpoint 5: it needs one fit per placement, where the
        /// permutation test needs thousands (use it with a small --max-joinpoints).
        public var method: Method = .wbic
        public var permutations = 4499
        public var alpha = 0.05
        public var seed: UInt64 = 20_261_128
        public var level = 0.95
        public var workers = 2
        /// Bytes of placement designs held at once in the permutation test (see
        /// `permutationBatchBytes`); results do not depend on it.
        public var batchBytes = JoinpointRegression.permutationBatchBytes
        public init() {}
    }

    public struct Segment: Sendable {
        public var startIndex: Int
        public var endIndex: Int
        public var slope: Double
        public var standardError: Double
        public var interval: ConfidenceInterval
        public var pValue: Double
        public var apc: Double { 100 * (exp(slope) - 1) }
        public var apcInterval: ConfidenceInterval { interval.map { 100 * (exp($0) - 1) } }
    }

    public struct Test: Sendable {
        public var nullJoinpoints: Int
        public var alternativeJoinpoints: Int
        public var statistic: Double
        public var pValue: Double
        public var threshold: Double
        public var rejected: Bool
    }

    public struct Criterion: Sendable {
        public var joinpoints: Int
        public var sse: Double
        public var bic: Double
        public var bic3: Double
        public var wbic: Double
        public var r2max: Double?
    }

    public struct AAPC: Sendable {
        public var from: Double
        public var to: Double
        public var value: Double
        public var interval: ConfidenceInterval
        public var pValue: Double
    }

    public var times: [Double]
    public var logCounts: [Double]
    public var options: Options
    public var maximumUsed: Int
    public var selected: Int
    public var joinpoints: [Int]
    public var coefficients: [Double]
    public var sse: Double
    public var segments: [Segment]
    public var tests: [Test]
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
        public var message: String
        public var description: String { message }
    }

    /// Set from a signal handler: stops the permutation test between permutations.
    nonisolated(unsafe) public static var interrupted: sig_atomic_t = 0

    /// Fits and selects. `progress` is called with (done, total) permutations from any thread.
    public static func fit(times: [Double], counts: [Double], options: Options,
                           aapcFrom: Double? = nil, aapcTo: Double? = nil,
                           progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> JoinpointRegression {
        let n = times.count
        guard counts.allSatisfy({ $0 > 0 }) else { throw Failure(message: "counts must be above zero for ln(count); leave zero counts out first") }
        guard zip(times, times.dropFirst()).allSatisfy({ $0 < $1 }) else {
            throw Failure(message: "times must be distinct and increasing (one figure per date)")
        }
        guard n >= 3 else { throw Failure(message: "needs at least 3 observations for a trend, has \(n)") }
        guard (0...maximumSpacing).contains(options.minEnd), (0...maximumSpacing).contains(options.minBetween),
              options.minJoinpoints >= 0 else {
            throw Failure(message: "--min-end and --min-between must be 0 to \(maximumSpacing), --min-joinpoints at least 0")
        }
        let capacity = JoinpointPlacements.maximumPlaceable(n: n, minEnd: options.minEnd, minBetween: options.minBetween,
                                                            limit: maximumJoinpoints)
        let requestedMax = options.maxJoinpoints ?? defaultMaximum(n: n)
        guard requestedMax <= maximumJoinpoints else {
            throw Failure(message: "at most \(maximumJoinpoints) joinpoints can be fitted (asked for \(requestedMax)); lower --max-joinpoints")
        }
        guard options.permutations <= maximumPermutations else {
            throw Failure(message: "at most \(maximumPermutations) permutations per test (asked for \(options.permutations)); lower --permutations")
        }
        let maxK = min(requestedMax, capacity)
        guard options.minJoinpoints <= maxK else {
            throw Failure(message: "\(n) observations allow at most \(capacity) joinpoint\(capacity == 1 ? "" : "s") with at least \(options.minEnd) observations from each end and \(options.minBetween) between joinpoints; lower --min-joinpoints")
        }
        let placements = (0...maxK).map { JoinpointPlacements(n: n, k: $0, minEnd: options.minEnd, minBetween: options.minBetween) }
        let work = estimatedWork(n: n, placements: placements.map(\.count), minJoinpoints: options.minJoinpoints,
                                 permutations: options.method == .permutation ? options.permutations : 0)
        guard work <= maximumWork else {
            let most = placements.map(\.count).max() ?? 0
            throw Failure(message: "\(n) observations with up to \(maxK) joinpoint\(maxK == 1 ? "" : "s") give \(most == Int.max ? "more than \(Int.max)" : String(most)) placements"
                          + (options.method == .permutation ? " and \(options.permutations) permutations per test" : "")
                          + ": about \(work == Int.max ? "more than \(Int.max)" : String(work)) units of work, above the limit of \(maximumWork); lower --max-joinpoints"
                          + (options.method == .permutation ? " or --permutations (or use --method wbic)" : " or shorten the series with --from/--to"))
        }
        let y = counts.map { log($0) }
        let yy = y.reduce(0) { $0 + $1 * $1 }
        var placementsFitted: [Int] = []
        let bestFits: [(design: JoinpointDesign, sse: Double)] = try (0...maxK).map { k in
            var bestDesign: JoinpointDesign?
            var bestSSE = Double.infinity
            var valid = 0
            y.withUnsafeBufferPointer { yb in
                placements[k].forEach { placement in
                    guard let d = JoinpointDesign(times: times, joinpoints: placement) else { return true }
                    let s = d.sse(yb, yy: yy)
                    // A later placement must be better by more than rounding to replace an earlier one.
                    if valid == 0 || s < bestSSE - 1e-12 * max(1, bestSSE) { bestSSE = s; bestDesign = d }
                    valid += 1
                    return JoinpointRegression.interrupted == 0
                }
            }
            if JoinpointRegression.interrupted != 0 { throw Failure(message: "interrupted") }
            guard let d = bestDesign else { throw Failure(message: "no placement of \(k) joinpoint\(k == 1 ? "" : "s") gives a full-rank design") }
            placementsFitted.append(valid)
            return (d, d.fit(y).sse)
        }

        // Criteria for every k.
        let ln = log(Double(n))
        var criteria: [Criterion] = []
        for k in 0...maxK {
            let sse = max(bestFits[k].sse, 1e-300)
            let base = log(sse / Double(n))
            let r2 = k == 0 ? nil : partialR2Max(times: times, y: y, joinpoints: bestFits[k].design.joinpoints)
            criteria.append(Criterion(
                joinpoints: k, sse: bestFits[k].sse,
                bic: base + Double(2 * k + 2) * ln / Double(n),
                bic3: base + Double(3 * k + 2) * ln / Double(n),
                wbic: base + ((2 + (r2 ?? 0)) * Double(k) + 2) * ln / Double(n), r2max: r2))
        }

        var tests: [Test] = []
        var selected = options.minJoinpoints
        switch options.method {
        case .bic, .bic3, .wbic:
            let candidates = criteria.filter { $0.joinpoints >= options.minJoinpoints }
            let value: (Criterion) -> Double = options.method == .bic ? { $0.bic } : options.method == .bic3 ? { $0.bic3 } : { $0.wbic }
            selected = candidates.min { value($0) < value($1) || (value($0) == value($1) && $0.joinpoints < $1.joinpoints) }!.joinpoints
        case .permutation:
            var a = options.minJoinpoints, b = maxK
            let threshold = options.alpha / Double(max(1, maxK - options.minJoinpoints))
            var testIndex: UInt64 = 0
            let total = estimateTests(maxK - options.minJoinpoints) * options.permutations
            let counter = ProgressCounter()
            while a < b {
                let fitA = bestFits[a].design.fit(y)
                let observed = (bestFits[a].sse - bestFits[b].sse) / max(bestFits[b].sse, 1e-300)
                let fitted = (0..<n).map { i in
                    var f = 0.0
                    for c in 0..<fitA.coefficients.count { f += bestFits[a].design.design[c * n + i] * fitA.coefficients[c] }
                    return f
                }
                let residuals = (0..<n).map { y[$0] - fitted[$0] }
                let exceedTotal = try permutationExceedances(
                    n: n, times: times, fitted: fitted, residuals: residuals, observed: observed,
                    nullPlacements: placements[a], alternativePlacements: placements[b], options: options,
                    test: testIndex, counter: counter, total: total, progress: progress)
                if JoinpointRegression.interrupted != 0 { throw Failure(message: "interrupted") }
                let pValue = Double(1 + exceedTotal) / Double(1 + options.permutations)
                let rejected = pValue < threshold
                tests.append(Test(nullJoinpoints: a, alternativeJoinpoints: b, statistic: observed, pValue: pValue,
                                  threshold: threshold, rejected: rejected))
                if rejected { a += 1 } else { b -= 1 }
                testIndex += 1
            }
            selected = a
        }

        let final = bestFits[selected].design
        let fit = final.fit(y)
        let df = n - (2 * selected + 2)
        let s2 = df > 0 ? fit.sse / Double(df) : .nan
        let cov = fit.unscaledCovariance.map { $0.map { $0 * s2 } }
        // Segment m's slope is b1 + d1 + ... + d(m-1): a contrast c over the coefficients.
        let bounds = [0] + final.joinpoints + [n - 1]
        var segments: [Segment] = []
        var contrasts: [[Double]] = []
        for m in 0..<(bounds.count - 1) {
            var c = [Double](repeating: 0, count: fit.coefficients.count)
            c[1] = 1
            for j in 0..<m { c[2 + j] = 1 }
            contrasts.append(c)
            let (slope, se) = contrast(c, fit.coefficients, cov)
            let ci = df > 0 ? ConfidenceInterval.t(estimate: slope, standardError: se, df: Double(df), level: options.level)
                : ConfidenceInterval(lower: .nan, upper: .nan, level: options.level)
            segments.append(Segment(startIndex: bounds[m], endIndex: bounds[m + 1], slope: slope, standardError: se, interval: ci,
                                    pValue: df > 0 ? Distributions.tTwoSided(slope / se, df: Double(df)) : .nan))
        }
        let from = max(aapcFrom ?? times[0], times[0]), to = min(aapcTo ?? times[n - 1], times[n - 1])
        guard to > from else { throw Failure(message: "the AAPC range is empty within the data's dates") }
        var c = [Double](repeating: 0, count: fit.coefficients.count)
        for (m, seg) in segments.enumerated() {
            let w = max(0, min(to, times[seg.endIndex]) - max(from, times[seg.startIndex])) / (to - from)
            for i in c.indices { c[i] += w * contrasts[m][i] }
        }
        let (avg, avgSE) = contrast(c, fit.coefficients, cov)
        let avgCI = df > 0 ? ConfidenceInterval.t(estimate: avg, standardError: avgSE, df: Double(df), level: options.level)
            : ConfidenceInterval(lower: .nan, upper: .nan, level: options.level)
        let aapc = AAPC(from: from, to: to, value: 100 * (exp(avg) - 1), interval: avgCI.map { 100 * (exp($0) - 1) },
                        pValue: df > 0 ? Distributions.tTwoSided(avg / avgSE, df: Double(df)) : .nan)

        return JoinpointRegression(times: times, logCounts: y, options: options, maximumUsed: maxK, selected: selected,
                                   joinpoints: final.joinpoints, coefficients: fit.coefficients, sse: fit.sse,
                                   segments: segments, tests: tests, criteria: criteria, aapc: aapc,
                                   degreesOfFreedom: df, placementsFitted: placementsFitted)
    }

    static func contrast(_ c: [Double], _ b: [Double], _ cov: [[Double]]) -> (Double, Double) {
        var est = 0.0, v = 0.0
        for i in c.indices {
            est += c[i] * b[i]
            for j in c.indices { v += c[i] * cov[i][j] * c[j] }
        }
        return (est, max(0, v).squareRoot())
    }

    /// The largest number of tests the sequential procedure can run over `span` values of k.
    static func estimateTests(_ span: Int) -> Int { max(1, span) }

    /// The largest partial R^2 of a joinpoint's hinge over a line on its local window (WBIC).
    static func partialR2Max(times: [Double], y: [Double], joinpoints: [Int]) -> Double {
        var best = 0.0
        for (m, j) in joinpoints.enumerated() {
            let lo = m == 0 ? 0 : joinpoints[m - 1] + 1
            let hi = m == joinpoints.count - 1 ? times.count - 1 : joinpoints[m + 1]
            let idx = Array(lo...hi)
            guard idx.count >= 3 else { continue }
            let t = idx.map { times[$0] }, yy = idx.map { y[$0] }
            let z = idx.map { max(0, times[$0] - times[j]) }
            // Residuals of y and z after a straight line on the window.
            func residual(_ v: [Double]) -> [Double] {
                let mt = t.reduce(0, +) / Double(t.count), mv = v.reduce(0, +) / Double(v.count)
                var stt = 0.0, stv = 0.0
                for i in t.indices { stt += (t[i] - mt) * (t[i] - mt); stv += (t[i] - mt) * (v[i] - mv) }
                let slope = stt > 0 ? stv / stt : 0
                return t.indices.map { v[$0] - mv - slope * (t[$0] - mt) }
            }
            let ry = residual(yy), rz = residual(z)
            var yz = 0.0, y2 = 0.0, z2 = 0.0
            for i in ry.indices { yz += ry[i] * rz[i]; y2 += ry[i] * ry[i]; z2 += rz[i] * rz[i] }
            if y2 > 0, z2 > 0 { best = max(best, yz * yz / (y2 * z2)) }
        }
        return best
    }
}

/// Per-worker counts, each slot written by one worker only.
final class ExceedCounts: @unchecked Sendable {
    private var counts: [Int]
    init(_ n: Int) { counts = [Int](repeating: 0, count: n) }
    func set(_ w: Int, _ v: Int) { counts.withUnsafeMutableBufferPointer { $0[w] = v } }
    var total: Int { counts.reduce(0, +) }
}

/// A shared progress count for the progress bar (approximate; display only).
final class ProgressCounter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLockLike()
    func add(_ n: Int) -> Int { lock.locked { value += n; return value } }
}

/// A pthread mutex, so that TallyStats needs no Foundation.
final class NSLockLike: @unchecked Sendable {
    private var mutex = pthread_mutex_t()
    init() { pthread_mutex_init(&mutex, nil) }
    deinit { pthread_mutex_destroy(&mutex) }
    func locked<T>(_ body: () -> T) -> T {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        return body()
    }
}
