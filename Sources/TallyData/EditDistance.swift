/// How many single-character edits turn one text into another: insertions, deletions,
/// substitutions, and swaps of two neighbouring characters (the optimal-string-alignment form of
/// the Damerau-Levenshtein distance), counted in Unicode scalars so that Cyrillic labels count
/// one edit per letter.
enum EditDistance {
    /// The distance, or nil once it is certain to exceed `limit` (long unrelated texts are
    /// abandoned early: a category list is searched on every mistyped --category).
    static func between(_ a: String, _ b: String, limit: Int) -> Int? {
        let s = Array(a.unicodeScalars), t = Array(b.unicodeScalars)
        if abs(s.count - t.count) > limit { return nil }
        if s.isEmpty || t.isEmpty { return max(s.count, t.count) }
        // Three rows of the dynamic-programming table: two before and the current one.
        var before = [Int](repeating: 0, count: t.count + 1)
        var previous = Array(0...t.count)
        var current = [Int](repeating: 0, count: t.count + 1)
        for i in 1...s.count {
            current[0] = i
            var rowBest = i
            for j in 1...t.count {
                let cost = s[i - 1] == t[j - 1] ? 0 : 1
                var d = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, s[i - 1] == t[j - 2], s[i - 2] == t[j - 1] {
                    d = min(d, before[j - 2] + 1)
                }
                current[j] = d
                rowBest = min(rowBest, d)
            }
            if rowBest > limit { return nil }
            (before, previous, current) = (previous, current, before)
        }
        let d = previous[t.count]
        return d <= limit ? d : nil
    }
}
