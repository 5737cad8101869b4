#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Columns and rows for `count` panels in a `width` x `height` area: panels as close to the
/// area's own proportions as the count allows (three columns of two rows for five panels at
/// 16:9, two columns of three in a story), never an empty row.
struct FacetGrid: Equatable {
    let columns: Int
    let rows: Int

    init(count: Int, width: Double, height: Double) {
        let n = max(count, 1)
        let aspect = max(width, 1) / max(height, 1)
        var best = (columns: 1, score: Double.infinity)
        for c in 1...n {
            let r = (n + c - 1) / c
            // Skip a column count that leaves a whole row empty (the same rows with fewer columns).
            if c > 1, (n + c - 2) / (c - 1) == r { continue }
            let cellAspect = (aspect * Double(r)) / Double(c)
            // Panels a little wider than tall (about 1.4:1) read best for time series.
            let score = abs(log2(cellAspect / 1.4)) + Double(c * r - n) * 0.15
            if score < best.score { best = (c, score) }
        }
        columns = best.columns
        rows = (n + best.columns - 1) / best.columns
    }
}
