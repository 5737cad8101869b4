import TallyPrimitives
/// The `tally` member of a datapackage.json: what the package says about its own meaning, which
/// Tally carries into its outputs instead of writing it in code (docs/data-package.md lists
/// every key). Every key is optional; a key Tally does not know is an error naming its JSON path,
/// so that a misspelt `caveat` is not silently left out of every output.
struct TallyBlock {
    static let keys = ["default_category", "source_policy", "source_policy_note", "date_convention", "caveats"]
    static let caveatKeys = ["scope", "id", "context"] + Caveat.languages

    var defaultCategory: String?
    /// Read so that its type is checked; the policy itself is the commands' default today.
    var sourcePolicy: String?
    var sourcePolicyNote: String?
    var dateConvention: String?
    var caveats: [Caveat] = []

    init() {}

    /// Reads `tally` (nil when the package has none).
    init(json tally: JSONValue?) throws(DescriptorError) {
        guard let tally else { return }
        try Self.refuseUnknownKeys(tally, known: Self.keys, at: "tally")
        defaultCategory = try DescriptorField.string(tally, "default_category", at: "tally")
        sourcePolicy = try DescriptorField.string(tally, "source_policy", at: "tally")
        if let sourcePolicy, SourcePolicy(rawValue: sourcePolicy) == nil {
            throw DescriptorError(path: "tally.source_policy", message: "\(CountTable.quoted(sourcePolicy)) is not a source policy; expected one of "
                                  + SourcePolicy.allCases.map(\.rawValue).joined(separator: ", "))
        }
        sourcePolicyNote = try DescriptorField.string(tally, "source_policy_note", at: "tally")
        dateConvention = try DescriptorField.string(tally, "date_convention", at: "tally")
        for (k, entry) in (try DescriptorField.array(tally, "caveats", at: "tally") ?? []).enumerated() {
            caveats.append(try Self.caveat(entry, at: "tally.caveats[\(k)]"))
        }
    }

    static func caveat(_ entry: JSONValue, at path: String) throws(DescriptorError) -> Caveat {
        guard case .object = entry else { throw DescriptorError(path: path, message: "expected an object") }
        try refuseUnknownKeys(entry, known: caveatKeys, at: path)
        guard let scopeName = try DescriptorField.string(entry, "scope", at: path) else {
            throw DescriptorError(path: "\(path).scope", message: "missing; expected one of " + Caveat.Scope.allCases.map(\.rawValue).joined(separator: ", "))
        }
        guard let scope = Caveat.Scope(rawValue: scopeName) else {
            throw DescriptorError(path: "\(path).scope", message: "\(CountTable.quoted(scopeName)) is not a scope; expected one of "
                                  + Caveat.Scope.allCases.map(\.rawValue).joined(separator: ", "))
        }
        let id = try DescriptorField.string(entry, "id", at: path)
        switch (scope, id) {
        case (.dataset, .some):
            throw DescriptorError(path: "\(path).id", message: "a caveat on the whole dataset names no id; remove 'id' or choose the scope counting_body or category")
        case (.countingBody, nil), (.category, nil):
            throw DescriptorError(path: "\(path).id", message: "missing; expected the \(scope == .category ? "category id" : "counting body's name, as in categories.csv")")
        case (.countingBody, .some(let name)), (.category, .some(let name)):
            if name.isEmpty { throw DescriptorError(path: "\(path).id", message: "empty; expected a name") }
        default:
            break
        }
        var context = Caveat.Context.all
        if let contextName = try DescriptorField.string(entry, "context", at: path) {
            guard let c = Caveat.Context(rawValue: contextName) else {
                throw DescriptorError(path: "\(path).context", message: "\(CountTable.quoted(contextName)) is not a context; expected one of "
                                      + Caveat.Context.allCases.map(\.rawValue).joined(separator: ", "))
            }
            context = c
        }
        var texts: [String: String] = [:]
        for language in Caveat.languages {
            guard let text = try DescriptorField.string(entry, language, at: path) else { continue }
            guard !text.trimming(.whitespace).isEmpty else {
                throw DescriptorError(path: "\(path).\(language)", message: "empty; expected the sentence")
            }
            texts[language] = text
        }
        guard texts["en"] != nil else {
            throw DescriptorError(path: "\(path).en", message: "missing; every caveat needs its English sentence (the other languages fall back to it)")
        }
        return Caveat(scope: scope, id: id, context: context, texts: texts)
    }

    static func refuseUnknownKeys(_ object: JSONValue, known: [String], at path: String) throws(DescriptorError) {
        guard case .object(let members) = object else { return }
        for (key, _) in members where !known.contains(key) {
            throw DescriptorError(path: "\(path).\(key)", message: "not a key Tally reads; expected one of \(known.joined(separator: ", "))")
        }
    }

    /// Caveats whose counting body or category the package does not have: each would silently
    /// never be printed, so each is an error naming the caveat's JSON path.
    func unknownReferences(_ categories: [Category], file: String) -> [ValidationIssue] {
        let ids = Set(categories.map(\.id))
        let bodies = Set(categories.compactMap(\.countingBody))
        var issues: [ValidationIssue] = []
        for (k, caveat) in caveats.enumerated() {
            guard let id = caveat.id else { continue }
            switch caveat.scope {
            case .category where !ids.contains(id):
                issues.append(ValidationIssue(file: file, field: "tally.caveats[\(k)].id", value: id,
                                              message: "no category has this id; expected an id listed in the categories table"))
            case .countingBody where !bodies.contains(id):
                issues.append(ValidationIssue(file: file, field: "tally.caveats[\(k)].id", value: id,
                                              message: "no category is counted by this body; expected a counting_body named in the categories table"))
            default:
                break
            }
        }
        return issues
    }
}
