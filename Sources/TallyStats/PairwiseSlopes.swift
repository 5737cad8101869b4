/// Order statistics of the pairwise slopes (y_j - y_i) / (t_j - t_i) over every pair with
/// t_i < t_j, without building the n(n-1)/2 slopes: O(n log n) per step, O(n) memory.
///
/// Method (after Cole, Salowe, Steiger and Szemerédi 1989, and Dillencourt, Mount and Netanyahu
/// 1992, simplified to bisection):
/// - the number of pairs whose slope lies below s is the number of inversions of the keys
///   y - s t taken in time order, counted by merge sort; keys are compared exactly (each product
///   s t split into two doubles by a fused multiply-add, the six-term difference summed without
///   error), so the count is exact for the real slopes of the given doubles;
/// - bisection on s (on its value, then over the ordered doubles: at most 104 steps) narrows [lo, hi) until it
///   holds at most `candidateBudget` pairs around the wanted ranks; those pairs are the pairs
///   whose order changes between the key orders at lo and at hi, listed by one more merge sort;
/// - the candidates' slopes are computed exactly as the naive method computes them,
///   (y_j - y_i) / (t_j - t_i) in double precision, sorted, and the wanted ranks read off. The
///   window is widened by far more than the three roundings of that formula can move a slope, and
///   the result is checked against those bounds, so the answer is the same double the naive sort
///   of every slope gives.
/// - When more than `candidateBudget` pairs share one real slope to the last bit (a series on an
///   exact straight line), the counts per computed slope are taken in one pass over all pairs:
///   O(n^2) time but O(1) memory; `TheilSenSlope.maximumObservations` bounds that pass.
struct PairwiseSlopes {
    /// Times and values sorted by time, then value.
    let t: [Double]
    let v: [Double]
    /// Pairs with distinct times.
    let pairCount: Int
    /// The most candidate slopes held at once.
    let candidateBudget: Int

    init(times: [Double], values: [Double]) {
        let order = times.indices.sorted { (times[$0], values[$0]) < (times[$1], values[$1]) }
        t = order.map { times[$0] }
        v = order.map { values[$0] }
        var tiedPairs = 0, run = 1
        for i in 1..<max(1, t.count) {
            if t[i] == t[i - 1] { run += 1 } else { tiedPairs += run * (run - 1) / 2; run = 1 }
        }
        tiedPairs += run * (run - 1) / 2
        pairCount = t.count * (t.count - 1) / 2 - tiedPairs
        candidateBudget = max(4 * t.count, 1 << 16)
    }

    /// The keys y - s t at one slope s, as the exact sum v - high - low with high + low = s t.
    struct Keys {
        var high: [Double]
        var low: [Double]
        /// fl(v - high), and a bound of its distance from the exact key.
        var rounded: [Double]
        var bound: [Double]
    }

    func keys(at s: Double) -> Keys {
        let n = t.count
        var k = Keys(high: .init(repeating: 0, count: n), low: .init(repeating: 0, count: n),
                     rounded: .init(repeating: 0, count: n), bound: .init(repeating: 0, count: n))
        for i in 0..<n {
            let h = s * t[i]
            let l = (-h).addingProduct(s, t[i])   // exact: s t = h + l
            k.high[i] = h
            k.low[i] = l
            k.rounded[i] = v[i] - h
            k.bound[i] = 4 * Double.ulpOfOne * (abs(v[i]) + abs(h)) + 1e-300
        }
        return k
    }

    /// -1, 0 or 1 as the exact key of a is below, equal to or above that of b.
    static func compare(_ k: Keys, _ v: [Double], _ a: Int, _ b: Int) -> Int {
        let d = k.rounded[a] - k.rounded[b]
        if abs(d) > 2 * (k.bound[a] + k.bound[b]) { return d < 0 ? -1 : 1 }
        return exactSign(v[a], -k.high[a], -k.low[a], -v[b], k.high[b], k.low[b])
    }

    /// The sign of a sum of six doubles, exactly (Shewchuk's expansion growth with two-sum).
    static func exactSign(_ x0: Double, _ x1: Double, _ x2: Double, _ x3: Double, _ x4: Double, _ x5: Double) -> Int {
        withUnsafeTemporaryAllocation(of: Double.self, capacity: 6) { h in
            let terms = (x0, x1, x2, x3, x4, x5)
            var m = 0
            for index in 0..<6 {
                var q: Double
                switch index {
                case 0: q = terms.0
                case 1: q = terms.1
                case 2: q = terms.2
                case 3: q = terms.3
                case 4: q = terms.4
                default: q = terms.5
                }
                for i in 0..<m {
                    let s = q + h[i]
                    let bv = s - q
                    let err = (q - (s - bv)) + (h[i] - bv)
                    h[i] = err
                    q = s
                }
                h[m] = q
                m += 1
            }
            for i in stride(from: m - 1, through: 0, by: -1) where h[i] != 0 { return h[i] < 0 ? -1 : 1 }
            return 0
        }
    }

    /// The pairs of `sequence` where y follows x with a strictly smaller key (see `countInversions`).
    func inversions(_ sequence: [Int], _ k: Keys, list: ((Int, Int) -> Void)?) -> Int {
        countInversions(sequence, isBelow: { Self.compare(k, v, $0, $1) < 0 }, inversion: list)
    }

    /// Pairs whose real slope is below s.
    func countBelow(_ s: Double) -> Int {
        inversions(Array(t.indices), keys(at: s), list: nil)
    }

    /// The computed slopes of the pairs with lo <= real slope < hi.
    func slopes(from lo: Double, below hi: Double) -> [Double]? {
        let kl = keys(at: lo)
        let order = t.indices.sorted { a, b in
            let c = Self.compare(kl, v, a, b)
            return c < 0 || (c == 0 && a < b)
        }
        var out: [Double] = []
        var consistent = true
        _ = inversions(order, keys(at: hi), list: { x, y in
            // x precedes y in time (positions are in time order); anything else means the exact
            // comparisons disagree with the bisection, which they cannot.
            guard x < y, t[x] < t[y] else { consistent = false; return }
            out.append((v[y] - v[x]) / (t[y] - t[x]))
        })
        return consistent ? out : nil
    }

    /// The slopes at the given ranks (0-based, into all pairs' computed slopes sorted), or nil
    /// when they cannot be found (see the type's notes).
    func select(_ ranks: [Int]) -> [Double]? {
        var out: [Double] = []
        for r in ranks {
            guard let x = select(r) else { return nil }
            out.append(x)
        }
        return out
    }

    func select(_ rank: Int) -> Double? {
        guard rank >= 0, rank < pairCount, t.count >= 2 else { return nil }
        // Every real slope lies strictly inside (-bound, bound).
        var smallestGap = Double.infinity
        for i in 1..<t.count where t[i] > t[i - 1] { smallestGap = min(smallestGap, t[i] - t[i - 1]) }
        let bound = 2 * (v.max()! - v.min()!) / smallestGap + 1
        guard bound.isFinite else { return nil }
        var lo = -bound, hi = bound
        var below = 0, belowHi = pairCount
        var steps = 0
        while belowHi - below > candidateBudget {
            let a = Self.order(lo), b = Self.order(hi)
            guard a < b - 1 else { break }   // adjacent doubles (b - a could overflow)
            // Halve the value range first (the counts roughly halve with it); after 40 steps
            // halve the doubles between, so that ties at one value end in at most 64 more.
            let middle = lo / 2 + hi / 2
            let mid = steps < 40 && lo < middle && middle < hi ? middle
                : Self.double(fromOrder: a / 2 + b / 2 + (a % 2 + b % 2) / 2)
            steps += 1
            let c = countBelow(mid)
            if c <= rank { lo = mid; below = c } else { hi = mid; belowHi = c }
        }
        // Widen far beyond rounding, then read the rank off the candidates and check it.
        let pad = { (x: Double) in abs(x) * 0x1p-36 + 1e-290 }
        let wideLo = lo - pad(lo), wideHi = hi + pad(hi)
        let belowWide = countBelow(wideLo)
        let middle = countBelow(wideHi) - belowWide
        let belowMax = wideLo + 4 * Double.ulpOfOne * abs(wideLo) + 1e-300
        let aboveMin = wideHi - 4 * Double.ulpOfOne * abs(wideHi) - 1e-300
        if middle <= 2 * candidateBudget, var candidates = slopes(from: wideLo, below: wideHi), candidates.count == middle {
            let q = rank - belowWide
            if q >= 0, q < candidates.count {
                candidates.sort()
                let x = candidates[q]
                if x >= belowMax, x <= aboveMin { return x }
            }
        }
        return scanAll([rank], from: belowMax, to: aboveMin)?.first
    }

    /// The ranks by one pass over every pair, counting the computed slopes below `from` and
    /// tallying each distinct computed slope in [from, to] (a few doubles when the window is a
    /// few units in the last place wide). O(n^2) time, memory bounded by `candidateBudget`.
    func scanAll(_ ranks: [Int], from: Double, to: Double) -> [Double]? {
        var below = 0
        var tally: [Double: Int] = [:]
        let n = t.count
        for i in 0..<n {
            for j in (i + 1)..<n where t[j] > t[i] {
                let s = (v[j] - v[i]) / (t[j] - t[i])
                if s < from { below += 1 } else if s <= to {
                    tally[s, default: 0] += 1
                    if tally.count > candidateBudget { return nil }
                }
            }
        }
        let values = tally.keys.sorted()
        var out: [Double] = []
        for r in ranks {
            var seen = below
            guard r >= below else { return nil }
            var found: Double?
            for x in values {
                seen += tally[x]!
                if r < seen { found = x; break }
            }
            guard let found else { return nil }
            out.append(found)
        }
        return out
    }

    /// Doubles mapped to integers in the same order (both zeros to 0).
    static func order(_ x: Double) -> Int64 {
        let magnitude = Int64(bitPattern: x.bitPattern & 0x7FFF_FFFF_FFFF_FFFF)
        return x.sign == .minus ? -magnitude : magnitude
    }

    static func double(fromOrder k: Int64) -> Double {
        k >= 0 ? Double(bitPattern: UInt64(k)) : -Double(bitPattern: UInt64(-k))
    }
}
