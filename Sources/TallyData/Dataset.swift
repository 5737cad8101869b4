/// A loaded, validated set of published counts with their categories and sources.
public struct Dataset: Sendable {
    /// A file the dataset was read from, with its row count, for summaries and provenance.
    public struct Resource: Sendable, Hashable {
        public var name: String
        public var path: String
        public var rows: Int
    }

    public var name: String
    public var title: String
    public var description: String?
    /// The folder, datapackage.json or CSV file it was loaded from.
    public var location: String
    public var resources: [Resource]
    /// In taxonomy order (as listed in categories.csv, or first seen in a tidy CSV).
    public var categories: [Category] { didSet { categoryIndex = CategoryIndex(categories) } }
    public var sources: [String: Source]
    public var observations: [Observation] { didSet { observationIndex = Self.indexByCategory(observations) } }
    /// Lookups by id, rebuilt when the arrays are assigned, so that per-category work over a
    /// dataset with many categories stays linear (assign whole arrays rather than element by element).
    private var categoryIndex: CategoryIndex
    private var observationIndex: [String: [Int]]
    /// Problems that do not stop analysis (e.g. parts that add up to more than their whole).
    public var warnings: [ValidationIssue]
    /// The category analysed when none is named.
    public var defaultCategory: String?
    /// Plain-words notes carried into every output: date convention, source policy.
    public var dateConvention: String
    public var sourcePolicyNote: String?
    /// What the package says its counts mean, for outputs to carry (`caveats(for:context:locale:)`);
    /// none for a tidy CSV.
    public var caveats: [Caveat]
    /// The groups the dataset's report speaks of (a package's `groups` table; issue 15, see
    /// Group.swift); empty for a tidy CSV or a package without one.
    public var groups: [Group] = []

    public init(name: String, title: String, description: String? = nil, location: String,
                resources: [Resource], categories: [Category], sources: [String: Source],
                observations: [Observation], warnings: [ValidationIssue] = [],
                defaultCategory: String? = nil, dateConvention: String = Dataset.standardDateConvention,
                sourcePolicyNote: String? = nil, caveats: [Caveat] = []) {
        self.name = name
        self.title = title
        self.description = description
        self.location = location
        self.resources = resources
        self.categories = categories
        self.sources = sources
        self.observations = observations
        categoryIndex = CategoryIndex(categories)
        observationIndex = Self.indexByCategory(observations)
        self.warnings = warnings
        self.defaultCategory = defaultCategory
        self.dateConvention = dateConvention
        self.sourcePolicyNote = sourcePolicyNote
        self.caveats = caveats
    }

    public static let standardDateConvention =
        "A date given to the month or year stands for the middle of that month or year when converted to decimal years."

    /// The first category with this id.
    public func category(_ id: String) -> Category? { categoryIndex.first[id].map { categories[$0] } }

    /// Direct children of a category, in taxonomy order.
    public func children(of id: String) -> [Category] { (categoryIndex.children[id] ?? []).map { categories[$0] } }

    /// The observations of one category, in file order.
    public func observations(of categoryID: String) -> [Observation] {
        (observationIndex[categoryID] ?? []).map { observations[$0] }
    }

    private static func indexByCategory(_ observations: [Observation]) -> [String: [Int]] {
        var index: [String: [Int]] = [:]
        for (i, o) in observations.enumerated() { index[o.category, default: []].append(i) }
        return index
    }

    /// Categories with no observation at all: reported as "no data", never as zero.
    public var categoriesWithoutData: [Category] {
        let seen = Set(observations.map(\.category))
        return categories.filter { !seen.contains($0.id) }
    }

    /// Earliest and latest observation dates.
    public var dateRange: (first: PartialDate, last: PartialDate)? {
        guard let lo = observations.map(\.date).min(), let hi = observations.map(\.date).max() else { return nil }
        return (lo, hi)
    }
}

/// Positions of categories by id and by parent.
struct CategoryIndex: Sendable {
    var first: [String: Int] = [:]
    var children: [String: [Int]] = [:]

    init(_ categories: [Category]) {
        for (i, c) in categories.enumerated() {
            if first[c.id] == nil { first[c.id] = i }
            if let parent = c.parent { children[parent, default: []].append(i) }
        }
    }
}
