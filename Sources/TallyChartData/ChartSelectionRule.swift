import TallyData

/// What a chart may put together, read from the dataset's categories (parent, counting body,
/// measure): one value axis never holds two measures (a stock of people held and a cumulative
/// count are different quantities), and a stack (areas, stacked bars, shares) holds only parts of
/// one whole, counted by one body, in one measure (a whole stacked on its own parts counts them
/// twice; parts of different bodies or wholes do not add up to anything).
///
/// A category that says no body or measure (a tidy CSV's) is not compared on it: a tidy CSV's
/// categories are, by its convention, parts of its `total` or of their sum (docs/datasets.md).
// TODO(select): use the parts-and-wholes rule from TallyData when it lands; this is the chart
// commands' own reading of the same columns until then.
public enum ChartSelectionRule {
    /// A selection the chart refuses, with the two categories that disagree and what to do.
    public struct Problem: Error, Sendable, Equatable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    public static func check(_ ids: [String], in dataset: Dataset, stacked: Bool) throws(Problem) {
        let categories = ids.compactMap { dataset.category($0) }
        if let (a, b) = firstDisagreement(categories, on: { $0.measure }) {
            throw Problem(message: "\(name(a)) is a \(a.measure!) count and \(name(b)) a \(b.measure!) count: one axis cannot show two measures; draw them in separate charts")
        }
        guard stacked else { return }
        for part in categories {
            var parent = part.parent
            var seen = Set<String>()
            while let p = parent, seen.insert(p).inserted {
                if let whole = categories.first(where: { $0.id == p }) {
                    throw Problem(message: "\(name(whole)) is the whole of \(name(part)): stacked on its own parts it would count them twice; stack the parts alone, or draw a line chart")
                }
                parent = dataset.category(p)?.parent
            }
        }
        if let (a, b) = firstDisagreement(categories, on: { $0.countingBody }) {
            throw Problem(message: "\(name(a)) is counted by \(a.countingBody!) and \(name(b)) by \(b.countingBody!): counts of different bodies are not parts of one whole; draw a line chart")
        }
        let parents = categories.map(\.parent)
        if let first = parents.first, let i = parents.firstIndex(where: { $0 != first }) {
            let a = categories[0], b = categories[i]
            func whole(_ c: Category) -> String { c.parent.map { "a part of '\($0)'" } ?? "not a part of anything" }
            throw Problem(message: "\(name(a)) is \(whole(a)) and \(name(b)) is \(whole(b)): a stack shows the parts of one whole; choose parts with the same parent")
        }
    }

    /// The first two categories that both say a value and say different ones.
    static func firstDisagreement(_ categories: [Category], on value: (Category) -> String?) -> (Category, Category)? {
        guard let first = categories.first(where: { value($0) != nil }) else { return nil }
        guard let other = categories.first(where: { value($0) != nil && value($0) != value(first) }) else { return nil }
        return (first, other)
    }

    static func name(_ c: Category) -> String { "'\(c.id)'" }
}
