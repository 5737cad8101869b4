import Foundation
@testable import TallyData

/// Small datasets built in memory for the selection rules: each category is
/// `id[<parent][@body][#measure]`, and every category named gets one figure per year listed.
enum SelectionFixtures {
    static func dataset(_ specs: [String], years: [Int] = [2020, 2021], defaultCategory: String? = nil,
                        declaresParents: Bool = true, sources: [String: Source.Kind] = [:]) -> Dataset {
        let categories = specs.map(category)
        var observations: [Observation] = []
        for (k, c) in categories.enumerated() {
            for (j, year) in years.enumerated() {
                observations.append(Observation(date: PartialDate(year: year), category: c.id,
                                                count: 10 * (k + 1) + j, source: "s"))
            }
        }
        var known = ["s": Source(id: "s", publisher: "S", title: "S", url: "", quote: "", kind: .original)]
        for (id, kind) in sources { known[id] = Source(id: id, publisher: id, title: id, url: "", quote: "", kind: kind) }
        var resources = [Dataset.Resource(name: "counts", path: "counts.csv", rows: observations.count)]
        if declaresParents { resources.append(Dataset.Resource(name: "categories", path: "categories.csv", rows: categories.count)) }
        return Dataset(name: "fixture", title: "Fixture", location: "fixture", resources: resources,
                       categories: categories, sources: known, observations: observations,
                       defaultCategory: defaultCategory)
    }

    /// `political<total@Memorial#stock` -> id political, parent total, body Memorial, measure stock.
    static func category(_ spec: String) -> Category {
        var rest = Substring(spec)
        func take(_ mark: Character) -> String? {
            guard let i = rest.lastIndex(of: mark) else { return nil }
            defer { rest = rest[..<i] }
            return String(rest[rest.index(after: i)...])
        }
        let measure = take("#"), body = take("@"), parent = take("<")
        return Category(id: String(rest), parent: parent, labels: ["en": rest.replacingOccurrences(of: "_", with: " ")],
                        countingBody: body, measure: measure)
    }
}
