/// Parts that may be stacked or broken down together: parts of one whole, counted by one body,
/// in one measure; and the whole they are shares of.
///
/// For a data package the whole comes from `categories.csv` (`parent`). For a tidy CSV, which
/// declares no parents, a `total` category is the whole of the others (the loader records it as
/// their parent); without one, the parts' sum is the whole and is labelled `sumOfPartsLabel`.
public struct PartsOfAWhole: Sendable {
    public enum Whole: Sendable, Equatable {
        /// A published series: its figures are the whole where they exist.
        case category(Category)
        /// No series is the whole: the parts' sum stands for it.
        case sumOfParts
    }

    public static let sumOfPartsLabel = "sum of the parts"

    public var whole: Whole
    /// The parts with figures, in the order asked for (or taxonomy order when none were named).
    public var parts: [Category]
    /// Parts named (or in the taxonomy) without any figure: nothing of them is combined, so the
    /// rules do not apply to them; outputs name them as having no data, never as zero.
    public var partsWithoutData: [Category] = []
    /// Sentences every output of this selection must carry (e.g. mixed bodies allowed).
    public var notes: [String]

    /// The whole's label in `language`, or "sum of the parts".
    public func wholeLabel(_ language: String = "en") -> String {
        switch whole {
        case .category(let c): return c.label(language)
        case .sumOfParts: return Self.sumOfPartsLabel
        }
    }

    /// The whole's id, nil when it is the parts' sum.
    public var wholeID: String? {
        if case .category(let c) = whole { return c.id }
        return nil
    }
}

/// Why some categories cannot be stacked or broken down together; names the two at fault.
public struct PartsRefused: SelectionRefusal, Equatable {
    public enum Rule: String, Sendable {
        /// A whole listed together with one of its own parts (it would be counted twice).
        case wholeWithItsPart
        /// Two parts (or a part and the whole) counted by different bodies.
        case differentBodies
        /// Two parts (or a part and the whole) in different measures.
        case differentMeasures
        /// Parts of different wholes, or a separate series that is no part of the whole.
        case notPartsOfOneWhole
        /// A whole with no parts in the taxonomy, and none named.
        case noParts
    }

    public var rule: Rule
    public var first: String
    public var second: String
    public var description: String

    public var isUsageError: Bool { true }

    /// The option that lifts this refusal (`allowMixedBodies`), for commands that offer it to
    /// name in their message; nil when nothing lifts it.
    public var canBeAllowed: Bool { rule == .differentBodies }
}

extension Dataset {
    /// True when the dataset says which category is part of which (a data package with a
    /// categories table); a tidy CSV does not, and its `total` convention applies instead.
    public var declaresParents: Bool { resources.contains { $0.name == "categories" } }

    /// Checks that `parts` can be stacked or broken down as shares of one whole, and finds it.
    ///
    /// `whole` is the category the user named as the whole (nil: the parts' common parent, or
    /// their sum when the dataset declares no parents). With no parts named, the whole's parts in
    /// the taxonomy (or the default ones, see `defaultParts`). Ids are exact (resolve them first).
    /// `allowMixedBodies` lifts only the rule that parts are counted by one body, and adds a
    /// note that every output must print. Refusals name the two categories at fault.
    public func partsOfAWhole(whole wholeID: String?, parts partIDs: [String],
                              allowMixedBodies: Bool = false) throws -> PartsOfAWhole {
        let named = try partIDs.map { id throws(UnknownCategory) in try resolveCategory(id) }
        var whole = try wholeID.map { id throws(UnknownCategory) in try resolveCategory(id) }
        var parts = named
        if parts.isEmpty {
            if let w = whole {
                parts = children(of: w.id)
                guard !parts.isEmpty else {
                    throw PartsRefused(rule: .noParts, first: w.id, second: "",
                                       description: "'\(w.id)' has no parts in the taxonomy; name them with --category")
                }
            } else {
                parts = try defaultParts()
                if parts.count == 1 { return PartsOfAWhole(whole: .category(parts[0]), parts: parts, notes: []) }
            }
        }
        let withoutData = parts.filter { observations(of: $0.id).isEmpty }
        if !withoutData.isEmpty { parts = parts.filter { !observations(of: $0.id).isEmpty } }
        if whole == nil { whole = commonParent(of: parts) }
        try refuseWholeWithItsPart(whole: whole, parts: parts)
        var notes: [String] = []
        if let note = try bodiesRule(whole: whole, parts: parts, allowMixedBodies: allowMixedBodies) { notes.append(note) }
        try measuresRule(whole: whole, parts: parts)
        try oneWholeRule(whole: whole, parts: parts)
        return PartsOfAWhole(whole: whole.map { .category($0) } ?? .sumOfParts, parts: parts,
                             partsWithoutData: withoutData, notes: notes)
    }

    /// The parent every part shares, if they share one.
    func commonParent(of parts: [Category]) -> Category? {
        guard let id = parts.first?.parent, parts.allSatisfy({ $0.parent == id }) else { return nil }
        return category(id)
    }

    /// Every ancestor of a category, nearest first (a cycle in the parents stops the walk).
    func ancestors(of c: Category) -> [String] {
        var out: [String] = []
        var next = c.parent
        while let id = next, !out.contains(id), id != c.id {
            out.append(id)
            next = category(id)?.parent
        }
        return out
    }

    func refuseWholeWithItsPart(whole: Category?, parts: [Category]) throws(PartsRefused) {
        // By id, so that thousands of parts are checked in time linear in parts x depth.
        let listed = Set(parts.map(\.id))
        for part in parts {
            if let w = ancestors(of: part).first(where: listed.contains).flatMap(category) {
                throw PartsRefused(rule: .wholeWithItsPart, first: w.id, second: part.id, description:
                    "'\(w.id)' is the whole of '\(part.id)' (categories.csv, parent); listed as parts together, '\(part.id)' would be counted twice: stack or break down parts of one whole, without the whole")
            }
            if let w = whole, w.id == part.id {
                throw PartsRefused(rule: .wholeWithItsPart, first: w.id, second: part.id, description:
                    "'\(w.id)' is the whole; it cannot also be one of its parts")
            }
        }
    }

    /// Refuses two bodies unless allowed; then returns the note naming them.
    func bodiesRule(whole: Category?, parts: [Category], allowMixedBodies: Bool) throws(PartsRefused) -> String? {
        let listed = (whole.map { [$0] } ?? []) + parts
        var bodies: [(body: String, category: String)] = []
        var seen = Set<String>()
        for c in listed {
            guard let body = c.countingBody, !body.isEmpty, seen.insert(body).inserted else { continue }
            bodies.append((body, c.id))
            if bodies.count == 2, !allowMixedBodies { break }
        }
        guard bodies.count > 1 else { return nil }
        let a = bodies[0], b = bodies[1]
        if allowMixedBodies {
            let list = bodies.map { "\($0.category): \($0.body)" }.joined(separator: "; ")
            return "Counted by different bodies (\(list)), shown together because --allow-mixed-bodies was given: their sum is no body's count."
        }
        throw PartsRefused(rule: .differentBodies, first: a.category, second: b.category, description:
            "'\(b.category)' is counted by \(b.body), '\(a.category)' by \(a.body): parts of one whole are counted by one body")
    }

    func measuresRule(whole: Category?, parts: [Category]) throws(PartsRefused) {
        let listed = (whole.map { [$0] } ?? []) + parts
        guard let mixed = Measure.firstMix(in: listed) else { return }
        throw PartsRefused(rule: .differentMeasures, first: mixed.first.id, second: mixed.second.id, description:
            "'\(mixed.second.id)' is \(mixed.secondMeasure.words), '\(mixed.first.id)' \(mixed.firstMeasure.words): parts of one whole are in one measure")
    }

    /// Parts of the named or common whole; in a dataset that declares no parents, parts of none
    /// (their sum is the whole).
    func oneWholeRule(whole: Category?, parts: [Category]) throws(PartsRefused) {
        if let w = whole {
            if let stray = parts.first(where: { $0.parent != w.id }) {
                let its = stray.parent.map { "a part of '\($0)'" } ?? "a separate series (no parent in categories.csv)"
                throw PartsRefused(rule: .notPartsOfOneWhole, first: w.id, second: stray.id, description:
                    "'\(stray.id)' is not a part of '\(w.id)' (it is \(its)): stack or break down parts of one whole")
            }
            return
        }
        guard parts.count > 1 else { return }
        if let withParent = parts.first(where: { $0.parent != nil }), let other = parts.first(where: { $0.parent != withParent.parent }) {
            let its = other.parent.map { "of '\($0)'" } ?? "of no whole"
            throw PartsRefused(rule: .notPartsOfOneWhole, first: withParent.id, second: other.id, description:
                "'\(withParent.id)' is a part of '\(withParent.parent!)', '\(other.id)' \(its): stack or break down parts of one whole")
        }
        if declaresParents {
            throw PartsRefused(rule: .notPartsOfOneWhole, first: parts[0].id, second: parts[1].id, description:
                "'\(parts[0].id)' and '\(parts[1].id)' are separate series (no parent in categories.csv), not parts of one whole")
        }
    }
}
