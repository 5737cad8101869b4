/// The categories of counts that come without a categories table (a tidy CSV, or a package
/// without one): as first seen, labelled with their ids.
enum InferredCategories {
    /// When one is named `total`, in any case (`Total`, `TOTAL`), it is the parent of the others
    /// (documented for tidy CSVs), found as `Dataset.resolveCategory` finds it: `total` itself,
    /// else the one id that is `total` but for case (two such ids, and neither is the whole).
    static func from(_ observations: [Observation]) -> [Category] {
        var seen: [String] = []
        var seenSet = Set<String>()
        for o in observations where seenSet.insert(o.category).inserted { seen.append(o.category) }
        let totals = seen.filter { $0.lowercased() == "total" }
        let total = seenSet.contains("total") ? "total" : (totals.count == 1 ? totals[0] : nil)
        return seen.map { id in
            Category(id: id, parent: total != nil && id != total ? total : nil, labels: ["en": id])
        }
    }
}
