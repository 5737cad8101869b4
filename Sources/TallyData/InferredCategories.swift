/// The categories of counts that come without a categories table (a tidy CSV, or a package
/// without one): as first seen, labelled with their ids.
enum InferredCategories {
    /// When one is named `total`, it is the parent of the others (documented for tidy CSVs).
    static func from(_ observations: [Observation]) -> [Category] {
        var seen: [String] = []
        var seenSet = Set<String>()
        for o in observations where seenSet.insert(o.category).inserted { seen.append(o.category) }
        let hasTotal = seenSet.contains("total")
        return seen.map { id in
            Category(id: id, parent: hasTotal && id != "total" ? "total" : nil, labels: ["en": id])
        }
    }
}
