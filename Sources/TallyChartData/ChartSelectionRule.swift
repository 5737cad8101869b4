import TallyData

/// What one chart may put together, read from the dataset's categories: one value axis never
/// holds two measures (a stock of people held and a cumulative count are different quantities).
/// A category that says no measure (a tidy CSV's) is not compared on it. What a stack may hold
/// (parts of one whole, one body, one measure) is TallyData's rule, `Dataset.partsOfAWhole`.
public enum ChartSelectionRule {
    /// A selection the chart refuses, with the two categories that disagree and what to do.
    public struct Problem: Error, Sendable, Equatable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    public static func check(_ ids: [String], in dataset: Dataset) throws(Problem) {
        let categories = ids.compactMap { dataset.category($0) }
        if let (a, b) = firstDisagreement(categories, on: { $0.measure }) {
            throw Problem(message: "\(name(a)) is a \(a.measure!) count and \(name(b)) a \(b.measure!) count: one axis cannot show two measures; draw them in separate charts")
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
