/// A group of people a dataset's report speaks of (a package's `groups` table): the names users ask
/// for it by, the series it stands for, and the categories that belong to it.
public struct Group: Sendable, Hashable {
    public var id: String
    /// Labels by language code (`en`, `fr`, `ru`, `uk`).
    public var labels: [String: String]
    /// Other names of the group, in any of the dataset's languages.
    public var aliases: [String]
    /// The category the group stands for when one series is asked for; nil where nobody publishes
    /// a count (then `note` says why).
    public var headline: String?
    /// What the group's counts are and are not, in the package's words.
    public var note: String?
    /// The categories that belong to the group, in taxonomy order (a category may belong to two).
    public var categories: [String]

    public init(id: String, labels: [String: String] = [:], aliases: [String] = [], headline: String? = nil,
                note: String? = nil, categories: [String] = []) {
        self.id = id
        self.labels = labels
        self.aliases = aliases
        self.headline = headline
        self.note = note
        self.categories = categories
    }

    /// The label in `language`, falling back to English, then the id.
    public func label(_ language: String = "en") -> String {
        labels[language] ?? labels["en"] ?? id
    }

    /// Every name the group answers to: its id, its labels and its aliases.
    public var names: [String] { [id] + labels.keys.sorted().compactMap { labels[$0] } + aliases }

    /// Whether `name` is one of `names`, without regard to case or surrounding spaces.
    public func isNamed(_ name: String) -> Bool {
        let wanted = Self.folded(name)
        return names.contains { Self.folded($0) == wanted }
    }

    /// `name` compared without regard to case: Unicode case folding (`ЛГБТ` and `лгбт`, `ß` and
    /// `SS` fold alike), runs of white space made one space, the ends trimmed. Upper-casing first
    /// takes letters whose lower case is not their fold (final sigma, sharp s) to their fold.
    public static func folded(_ name: String) -> String {
        let words = name.split(whereSeparator: { $0.isWhitespace })
        return words.joined(separator: " ").uppercased().lowercased()
    }
}

extension Dataset {
    /// The group `name` names: its id, a label or an alias, in any language, without regard to case.
    /// - Throws: `UnknownGroup`, listing the dataset's groups, when none answers to `name`.
    public func resolveGroup(_ name: String) throws(UnknownGroup) -> Group {
        if let group = groups.first(where: { $0.isNamed(name) }) { return group }
        throw UnknownGroup(name: name, known: groups)
    }
}
