/// Parts of one parent on one date and from one source that add up to more than the parent: a
/// warning, not an error (sources round, and lists are updated on different days).
enum PartsExceedingWhole {
    /// Counts are at most `DataLimits.maxCount` and there are at most `DataLimits.maxObservations`
    /// of them, so no sum can overflow; the addition is checked all the same.
    static func warnings(_ dataset: Dataset) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        let parentOf = Dictionary(dataset.categories.map { ($0.id, $0.parent) }, uniquingKeysWith: { first, _ in first })
        var wholes: [String: Observation] = [:]
        for o in dataset.observations { wholes["\(o.date)|\(o.category)|\(o.source)"] = o }
        var sums: [String: (sum: Int, parts: [String])] = [:]
        for o in dataset.observations {
            guard let parent = parentOf[o.category] ?? nil else { continue }
            let key = "\(o.date)|\(parent)|\(o.source)"
            let (sum, overflow) = sums[key, default: (0, [])].sum.addingReportingOverflow(o.count)
            sums[key, default: (0, [])].sum = overflow ? Int.max : sum
            sums[key, default: (0, [])].parts.append(o.category)
        }
        for (key, value) in sums.sorted(by: { $0.key < $1.key }) {
            guard let whole = wholes[key], value.sum > whole.count else { continue }
            issues.append(ValidationIssue(.warning, file: whole.file, line: whole.line, field: "count", value: String(whole.count),
                                          message: "the parts of '\(whole.category)' on \(whole.date) from source \(whole.source) (\(value.parts.joined(separator: " + "))) add up to \(value.sum), more than the whole"))
        }
        return issues
    }
}
