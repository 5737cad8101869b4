/// A sentence a data package asks outputs to carry about what its counts mean ("these lists are
/// minimum counts, not all ..."). Caveats are read from the package's `tally.caveats`
/// (docs/data-package.md), never written in code: Tally cannot know what another organisation's
/// counts mean, and a tidy CSV, which says nothing about itself, has none.
public struct Caveat: Sendable, Hashable {
    /// What the caveat is about: the whole dataset, every series one counting body counts, or
    /// one category.
    public enum Scope: String, Sendable, Hashable, CaseIterable {
        case dataset
        case countingBody = "counting_body"
        case category
    }

    /// Which outputs carry it. `all` is every output; the others name one kind of output.
    public enum Context: String, Sendable, Hashable, CaseIterable {
        case all
        /// Trend analyses (`stats trend`).
        case trend
        /// Compositions (`stats breakdown`).
        case breakdown
        /// Charts (their footer and alt text).
        case chart
        /// Tables of the published figures (`stats show`).
        case table
    }

    /// The languages a caveat may be written in; English is required, the others fall back to it.
    public static let languages = ["en", "fr", "ru", "uk"]

    public var scope: Scope
    /// The counting body's name (as in categories.csv) or the category id; nil for the dataset.
    public var id: String?
    public var context: Context
    /// The sentence by language code; always has "en".
    public var texts: [String: String]

    public init(scope: Scope, id: String? = nil, context: Context = .all, texts: [String: String]) {
        self.scope = scope
        self.id = id
        self.context = context
        self.texts = texts
    }

    /// The sentence in `language`, else in English.
    public func text(_ language: String) -> String {
        texts[language] ?? texts["en"] ?? ""
    }

    /// Whether an output of kind `context` carries this caveat: one written for every output
    /// does, one written for a kind of output only there. Asking for `all` gets only the
    /// caveats written for every output.
    public func applies(in context: Context) -> Bool {
        self.context == .all || self.context == context
    }
}

extension Dataset {
    /// The caveats an output of kind `context` about `categoryIDs` must carry, in `locale`
    /// (falling back to English): the dataset's first, then those of each counting body of the
    /// categories (in the order the categories are given), then those of each category; a
    /// sentence already given is not repeated. Unknown ids add nothing.
    public func caveats(for categoryIDs: [String], context: Caveat.Context, locale: String) -> [String] {
        let applicable = caveats.filter { $0.applies(in: context) }
        var chosen: [Caveat] = applicable.filter { $0.scope == .dataset }
        var bodies: [String] = []
        for id in categoryIDs {
            if let body = category(id)?.countingBody, !bodies.contains(body) { bodies.append(body) }
        }
        for body in bodies {
            chosen += applicable.filter { $0.scope == .countingBody && $0.id == body }
        }
        var categories: [String] = []
        for id in categoryIDs where !categories.contains(id) { categories.append(id) }
        for id in categories {
            chosen += applicable.filter { $0.scope == .category && $0.id == id }
        }
        var seen = Set<String>()
        return chosen.map { $0.text(locale) }.filter { seen.insert($0).inserted }
    }
}
