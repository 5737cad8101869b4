extension JoinpointRegression {
    /// Placement designs held at once in the permutation test, in bytes (`Options.batchBytes`):
    /// the designs of k joinpoints are built in batches of about this size and every permutation
    /// is refitted on one batch before the next is built (`SmallestPermutedSSE`), so memory does
    /// not grow with the number of placements.
    public static let permutationBatchBytes = 32 << 20

    /// The most joinpoints a fit considers (`--max-joinpoints`); NCI's program allows 9 and its
    /// default rule never asks for more than 5. Above it: "at most 20 joinpoints can be fitted".
    public static let maximumJoinpoints = 20

    /// The most permutations per test (`--permutations`); 4,499 is the default, NCI's too.
    public static let maximumPermutations = 1_000_000

    /// The most observations `--min-end` and `--min-between` may ask for (more than any series
    /// has; the bound keeps the placement arithmetic far from overflow).
    public static let maximumSpacing = 1_000_000

    /// The most work a fit may take, in units of one observation through one column of one
    /// design (a placement's Gram-Schmidt costs n (k+2)^2 units, its SSE for one response n (k+2)).
    /// Measured here: about 4 x 10^8 units a second building designs, more fitting them, so the
    /// limit is some 10 s at most; a 50-observation series with NCI's default 5 joinpoints needs
    /// 1.4 x 10^9 for WBIC (6 s), and 2 joinpoints with 4,499 permutations 3.4 x 10^9 (under 1 s).
    /// Above it the fit is refused before any work with a message naming what to lower.
    public static let maximumWork = 4_000_000_000

    /// An upper bound of the work (see `maximumWork`) for the placement counts per k, saturating
    /// at `Int.max`: every placement built once per k, and, with permutations, each sequential
    /// test refitting the two largest placement sets for every permutation (with their rebuilds).
    static func estimatedWork(n: Int, placements: [Int], minJoinpoints: Int, permutations: Int) -> Int {
        func add(_ a: Int, _ b: Int) -> Int { let (s, o) = a.addingReportingOverflow(b); return o ? Int.max : s }
        func mul(_ a: Int, _ b: Int) -> Int { let (s, o) = a.multipliedReportingOverflow(by: b); return o ? Int.max : s }
        var work = 0
        var largestSSE = 0, largestBuild = 0
        for (k, count) in placements.enumerated() {
            let build = mul(mul(count, n), (k + 2) * (k + 2))
            work = add(work, build)
            largestBuild = max(largestBuild, build)
            largestSSE = max(largestSSE, mul(mul(count, n), k + 2))
        }
        guard permutations > 0 else { return work }
        let tests = max(1, placements.count - 1 - minJoinpoints)
        let perTest = add(mul(2, mul(largestSSE, permutations)), mul(2, largestBuild))
        return add(work, mul(tests, perTest))
    }
}
