/// What one fit searches: the numbers of joinpoints k from 0 to `maximumJoinpoints` and, for each,
/// the placements the rules allow (`placements[k]`, enumerated lazily). Building it checks the
/// input and every limit, so a fit that would be refused is refused before any work.
struct JoinpointSearchSpace {
    /// The largest k searched: the asked maximum (NCI's default when none), lowered to what the
    /// observations and spacing rules can hold.
    var maximumJoinpoints: Int
    var placements: [JoinpointPlacements]

    typealias Failure = JoinpointRegression.Failure

    init(times: [Double], counts: [Double], options: JoinpointRegression.Options) throws {
        let n = times.count
        guard counts.allSatisfy({ $0 > 0 }) else { throw Failure(message: "counts must be above zero for ln(count); leave zero counts out first") }
        guard zip(times, times.dropFirst()).allSatisfy({ $0 < $1 }) else {
            throw Failure(message: "times must be distinct and increasing (one figure per date)")
        }
        guard n >= 3 else { throw Failure(message: "needs at least 3 observations for a trend, has \(n)") }
        let spacing = JoinpointRegression.maximumSpacing
        guard (0...spacing).contains(options.minEnd), (0...spacing).contains(options.minBetween),
              options.minJoinpoints >= 0 else {
            throw Failure(message: "--min-end and --min-between must be 0 to \(spacing), --min-joinpoints at least 0")
        }
        let most = JoinpointRegression.maximumJoinpoints
        let capacity = JoinpointPlacements.maximumPlaceable(n: n, minEnd: options.minEnd, minBetween: options.minBetween,
                                                            limit: most)
        let requestedMax = options.maxJoinpoints ?? JoinpointRegression.defaultMaximum(n: n)
        guard requestedMax <= most else {
            throw Failure(message: "at most \(most) joinpoints can be fitted (asked for \(requestedMax)); lower --max-joinpoints")
        }
        let permutationLimit = JoinpointRegression.maximumPermutations
        guard options.permutations <= permutationLimit else {
            throw Failure(message: "at most \(permutationLimit) permutations per test (asked for \(options.permutations)); lower --permutations")
        }
        let maxK = min(requestedMax, capacity)
        guard options.minJoinpoints <= maxK else {
            throw Failure(message: "\(n) observations allow at most \(capacity) joinpoint\(capacity == 1 ? "" : "s") with at least \(options.minEnd) observations from each end and \(options.minBetween) between joinpoints; lower --min-joinpoints")
        }
        let placements = (0...maxK).map { JoinpointPlacements(n: n, k: $0, minEnd: options.minEnd, minBetween: options.minBetween) }
        let permutation = options.method == .permutation
        let work = JoinpointRegression.estimatedWork(n: n, placements: placements.map(\.count), minJoinpoints: options.minJoinpoints,
                                                     permutations: permutation ? options.permutations : 0)
        guard work <= JoinpointRegression.maximumWork else {
            let largest = placements.map(\.count).max() ?? 0
            throw Failure(message: "\(n) observations with up to \(maxK) joinpoint\(maxK == 1 ? "" : "s") give \(largest == Int.max ? "more than \(Int.max)" : String(largest)) placements"
                          + (permutation ? " and \(options.permutations) permutations per test" : "")
                          + ": about \(work == Int.max ? "more than \(Int.max)" : String(work)) units of work, above the limit of \(JoinpointRegression.maximumWork); lower --max-joinpoints"
                          + (permutation ? " or --permutations (or use --method wbic)" : " or shorten the series with --from/--to"))
        }
        maximumJoinpoints = maxK
        self.placements = placements
    }
}
