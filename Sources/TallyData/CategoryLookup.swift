/// A category id that the dataset does not have, with the nearest ids to suggest.
public struct UnknownCategory: SelectionRefusal {
    /// The text as the user typed it.
    public var requested: String
    /// Up to three ids, nearest first.
    public var suggestions: [String]
    /// Every id of the dataset, in taxonomy order.
    public var known: [String]

    public var isUsageError: Bool { true }

    public var description: String {
        let list = "expected one of: \(ChoiceList.text(known))"
        guard !suggestions.isEmpty else { return "unknown category '\(requested)'; \(list)" }
        let quoted = suggestions.map { "'\($0)'" }
        let options = quoted.count == 1 ? quoted[0]
            : quoted.dropLast().joined(separator: ", ") + " or " + quoted.last!
        // The list stays where scripts and tests find it; the suggestion ends the message.
        return "unknown category '\(requested)'; \(list); did you mean \(options)?"
    }
}

extension Dataset {
    /// The category a user meant by `requested`: the exact id; else the one id equal to it
    /// without regard to case; else `UnknownCategory` with up to three suggestions.
    public func resolveCategory(_ requested: String) throws(UnknownCategory) -> Category {
        if let exact = category(requested) { return exact }
        let lowered = requested.lowercased()
        let sameButCase = categories.filter { $0.id.lowercased() == lowered }
        // Two ids that differ only in case ("Total" and "total") are both suggested, never guessed.
        if sameButCase.count == 1 { return sameButCase[0] }
        throw UnknownCategory(requested: requested, suggestions: suggestions(for: requested),
                              known: categories.map(\.id))
    }

    /// Categories whose id or English label is within a few edits of `text` (case ignored),
    /// nearest first, then in taxonomy order; at most three.
    ///
    /// The cut-off grows with the length of what was typed: one edit up to four characters,
    /// two up to eight, three beyond; so "religous" finds "religious" but "ab" does not find
    /// every two-letter id. An id that begins with what was typed (four characters or more,
    /// "dissident" for "dissidents_2022") is suggested too, after the near ones.
    func suggestions(for text: String) -> [String] {
        let typed = text.lowercased()
        let length = typed.unicodeScalars.count
        let limit = length <= 4 ? 1 : (length <= 8 ? 2 : 3)
        var ranked: [(distance: Int, order: Int, id: String)] = []
        for (order, c) in categories.enumerated() {
            let names = [c.id.lowercased(), c.label("en").lowercased()]
            var best = names.compactMap { EditDistance.between(typed, $0, limit: limit) }.min()
            if best == nil, length >= 4, names.contains(where: { $0.hasPrefix(typed) }) { best = limit + 1 }
            if let best { ranked.append((best, order, c.id)) }
        }
        ranked.sort { ($0.distance, $0.order) < ($1.distance, $1.order) }
        var seen = Set<String>()
        return ranked.map(\.id).filter { seen.insert($0).inserted }.prefix(3).map { $0 }
    }
}
