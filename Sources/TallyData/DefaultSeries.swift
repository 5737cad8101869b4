/// Why no series can be analysed when the user names none.
public struct NoDefaultSeries: SelectionRefusal, Equatable {
    public enum Reason: Sendable, Equatable {
        /// The file has no category at all (a header without rows).
        case noCategories
        /// Several categories, none of them the whole: the user must choose.
        case several
        /// The package's `tally.default_category` names a category it does not list.
        case unknownDefault(String)
    }

    public var reason: Reason
    /// The categories with data, in taxonomy order.
    public var choices: [String]

    public var isUsageError: Bool { reason == .several }

    public var description: String {
        switch reason {
        case .noCategories:
            return "this dataset has no categories with data (no rows): there is no series to analyse"
        case .several:
            return "this dataset has no default series (no tally.default_category and no 'total' category); name one with --category (one of: \(ChoiceList.text(choices))) or use --all"
        case .unknownDefault(let id):
            return "the package's tally.default_category is '\(id)', which is not a category of this dataset (one of: \(ChoiceList.text(choices)))"
        }
    }
}

extension Dataset {
    /// The series analysed when the user names no category. Call it only then: a request that
    /// names its categories must never fail because this rule does.
    ///
    /// In order: the package's `tally.default_category`; a category with id `total`, in any case (the
    /// documented tidy-CSV convention: `total` is the whole of the others); the only category
    /// with data when there is one; else `NoDefaultSeries` with the choices.
    public func defaultSeries() throws(NoDefaultSeries) -> Category {
        let withData = categoriesWithData.map(\.id)
        if let id = defaultCategory {
            guard let c = category(id) else { throw NoDefaultSeries(reason: .unknownDefault(id), choices: withData) }
            return c
        }
        // `total` as `--category` finds it: exactly, else the one id that is `total` but for case.
        if let total = try? resolveCategory("total") { return total }
        if withData.count == 1, let only = category(withData[0]) { return only }
        throw NoDefaultSeries(reason: withData.isEmpty ? .noCategories : .several, choices: withData)
    }

    /// What a command shows when the user names no category: the default series (with its
    /// parts in the taxonomy when `withParts`); every category with data when no series is the
    /// default (a tidy CSV of several series without `total`).
    public func defaultSelection(withParts: Bool) throws(NoDefaultSeries) -> [Category] {
        guard let whole = try defaultSeriesUnlessSeveral() else { return categoriesWithData }
        return withParts ? [whole] + children(of: whole.id) : [whole]
    }

    /// The parts stacked or broken down when the user names none: the default series' parts in
    /// the taxonomy; the default series alone when it has none; every category with data when
    /// there is no default series (their sum is then the whole, see `partsOfAWhole`).
    public func defaultParts() throws(NoDefaultSeries) -> [Category] {
        guard let whole = try defaultSeriesUnlessSeveral() else { return categoriesWithData }
        let parts = children(of: whole.id)
        return parts.isEmpty ? [whole] : parts
    }

    /// The default series; nil when several series have data and none is the default (the
    /// callers then take every series); other reasons are thrown.
    private func defaultSeriesUnlessSeveral() throws(NoDefaultSeries) -> Category? {
        do {
            return try defaultSeries()
        } catch {
            guard error.reason == .several else { throw error }
            return nil
        }
    }

    /// Categories with at least one observation, in taxonomy order.
    public var categoriesWithData: [Category] { categories.filter { !observations(of: $0.id).isEmpty } }
}
