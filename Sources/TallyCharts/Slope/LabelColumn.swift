/// Labels stacked beside a column of points (a slope chart's two sides): each wants to sit at its
/// point's height; labels that would touch are pushed apart, in value order, and the column is
/// moved back inside `top...bottom` when the push runs past it. Deterministic and overlap-free
/// when the labels fit in the column at all.
enum LabelColumn {
    /// The centre of each label, in the order given.
    static func centres(wanted: [Double], height: Double, top: Double, bottom: Double) -> [Double] {
        let order = wanted.indices.sorted { wanted[$0] != wanted[$1] ? wanted[$0] < wanted[$1] : $0 < $1 }
        var placed = [Double](repeating: 0, count: wanted.count)
        var previous = -Double.infinity
        for i in order {
            let c = max(wanted[i], previous + height, top + height / 2)
            placed[i] = c
            previous = c
        }
        // Pushed past the bottom: move the tail up, keeping the spacing.
        var limit = bottom - height / 2
        for i in order.reversed() {
            if placed[i] > limit { placed[i] = limit }
            limit = placed[i] - height
        }
        return placed
    }
}
