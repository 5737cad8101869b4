import TallyData

/// What the user says about a dataset that its files do not say (a tidy CSV says nothing about
/// itself): what the counts mean, who published the figures, where, and what a category is called. Applied to the
/// loaded dataset before any report or chart is made, so every output reads it as it reads a
/// data package's own words.
public struct DatasetStatements: Sendable, Equatable {
    /// Longest text given on the command line for a label (a chart draws labels at line ends).
    public static let maximumLabelLength = 120
    /// Longest caveat, source name or address.
    public static let maximumTextLength = 500
    /// Most caveats given on the command line.
    public static let maximumCaveats = 20

    /// Sentences every output carries about what the counts mean, after the dataset's own.
    public var caveats: [String]
    /// Who published the figures whose source the data does not describe.
    public var source: String?
    /// That publisher's address (http or https).
    public var sourceURL: String?
    /// Category labels by category id, in the order given.
    public var labels: [(id: String, text: String)]

    public init(caveats: [String] = [], source: String? = nil, sourceURL: String? = nil, labels: [(id: String, text: String)] = []) {
        self.caveats = caveats
        self.source = source
        self.sourceURL = sourceURL
        self.labels = labels
    }

    public static func == (a: DatasetStatements, b: DatasetStatements) -> Bool {
        a.caveats == b.caveats && a.source == b.source && a.sourceURL == b.sourceURL
            && a.labels.map(\.id) == b.labels.map(\.id) && a.labels.map(\.text) == b.labels.map(\.text)
    }

    /// `ID=TEXT` split at the first `=`; nil when there is no `=`, or nothing on either side.
    public static func label(_ argument: String) -> (id: String, text: String)? {
        guard let eq = argument.firstIndex(of: "=") else { return nil }
        let id = String(argument[..<eq]), text = String(argument[argument.index(after: eq)...])
        return id.isEmpty || text.isEmpty ? nil : (id, text)
    }

    /// Why `text`, given to `option`, is refused (a character Tally refuses in data, or too
    /// long), or nil.
    public static func problem(_ text: String, option: String, limit: Int) -> String? {
        if let bad = ForbiddenCharacter.first(in: text) {
            return "\(option): \(bad.explanation)"
        }
        if text.unicodeScalars.count > limit {
            return "\(option): \(text.unicodeScalars.count) characters, at most \(limit); shorten it"
        }
        return nil
    }

    /// Applies the statements: each caveat is added to the dataset's own, for every output (in
    /// every language: the user's words, as given); each label replaces the category's labels in every language
    /// (the user's words, whatever language a chart is drawn in); `source` and `sourceURL`
    /// describe every source that has no address of its own, which is how a tidy CSV's rows are
    /// read (the file, or the id in its `source` column, stands in as the source).
    /// - Throws: usage (64) for a label of a category the dataset does not have, or a source
    ///   given for a dataset whose every source is already described.
    public func apply(to dataset: inout Dataset) throws(CommandError) {
        for text in caveats where !dataset.caveats.contains(where: { $0.scope == .dataset && $0.texts["en"] == text }) {
            dataset.caveats.append(Caveat(scope: .dataset, context: .all, texts: ["en": text]))
        }
        if !labels.isEmpty {
            var categories = dataset.categories
            for (requested, text) in labels {
                // The same lookup as --category: exact id, else the id in another case, else
                // "did you mean ...".
                let id: String
                do {
                    id = try dataset.resolveCategory(requested).id
                } catch {
                    throw CommandError.usage("--label \(requested)=...: \(error.description)")
                }
                guard let i = categories.firstIndex(where: { $0.id == id }) else { continue }
                categories[i].labels = ["en": text]
            }
            // Assigned as a whole: the dataset re-indexes its categories on assignment.
            dataset.categories = categories
        }
        guard source != nil || sourceURL != nil else { return }
        let undescribed = dataset.sources.keys.filter { dataset.sources[$0]!.url.isEmpty }.sorted()
        guard !undescribed.isEmpty else {
            throw CommandError.usage("--source: every figure in \(dataset.location) already cites a described source (its sources.csv); --source and --source-url are for a tidy CSV that names none")
        }
        for id in undescribed {
            if let source { dataset.sources[id]!.publisher = source }
            if let sourceURL { dataset.sources[id]!.url = sourceURL }
        }
    }
}
