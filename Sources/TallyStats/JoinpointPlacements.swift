/// The placements of k joinpoints allowed by the rules, visited one at a time in lexicographic
/// order, so that memory never grows with their number (50 observations allow 501,942 placements
/// of 5 joinpoints and billions of 15).
///
/// A joinpoint sits at an observation; at least `minEnd` observations lie between it and either
/// end, and at least `minBetween` between two joinpoints (joinpoints themselves not counted), as
/// in NCI's Joinpoint program (defaults 2 and 2). With q_i = p_i - i * minBetween the placements
/// are the k-subsets of the `slots` values q can take, so there are C(slots, k) of them.
public struct JoinpointPlacements: Sendable {
    public var n: Int
    public var k: Int
    public var minEnd: Int
    public var minBetween: Int

    public init(n: Int, k: Int, minEnd: Int, minBetween: Int) {
        self.n = n
        self.k = k
        self.minEnd = minEnd
        self.minBetween = minBetween
    }

    /// How many values q can take: n - 2 minEnd - (k - 1) minBetween (0 when negative).
    var slots: Int {
        guard k > 0, minEnd >= 0, minBetween >= 0, minEnd <= n, minBetween <= n else { return 0 }
        let (spread, overflow) = (k - 1).multipliedReportingOverflow(by: minBetween)
        guard !overflow else { return 0 }
        return max(0, n - 2 * minEnd - spread)
    }

    /// The number of placements, C(slots, k), saturating at `Int.max` (1 for k = 0).
    public var count: Int {
        guard k > 0 else { return 1 }
        let m = slots
        guard m >= k else { return 0 }
        // C(m, k) built as C(m - k + i, i) for i = 1...k: each step stays an integer.
        let r = min(k, m - k)
        guard r > 0 else { return 1 }
        var c = 1
        for i in 1...r where c < Int.max {
            let (product, overflow) = c.multipliedReportingOverflow(by: m - r + i)
            c = overflow ? Int.max : product / i
        }
        return c
    }

    /// The most joinpoints the rules allow in n observations (at most `limit`).
    public static func maximumPlaceable(n: Int, minEnd: Int, minBetween: Int, limit: Int) -> Int {
        // k fit when minEnd + (k - 1)(minBetween + 1) <= n - 1 - minEnd.
        guard minEnd >= 0, minBetween >= 0, minEnd <= n, minBetween <= n, limit > 0 else { return 0 }
        let room = n - 1 - 2 * minEnd
        guard room >= 0 else { return 0 }
        return min(limit, room / (minBetween + 1) + 1)
    }

    /// Calls `body` with each placement (joinpoint indices, increasing) in lexicographic order;
    /// `body` returns false to stop early.
    public func forEach(_ body: ([Int]) -> Bool) {
        guard k > 0 else { _ = body([]); return }
        let m = slots
        guard m >= k else { return }
        var q = Array(0..<k)   // offsets into the m slots, strictly increasing
        var p = [Int](repeating: 0, count: k)
        while true {
            for i in 0..<k { p[i] = minEnd + q[i] + i * minBetween }
            guard body(p) else { return }
            var i = k - 1
            while i >= 0, q[i] == m - k + i { i -= 1 }
            guard i >= 0 else { return }
            q[i] += 1
            for j in (i + 1)..<k { q[j] = q[j - 1] + 1 }
        }
    }
}
