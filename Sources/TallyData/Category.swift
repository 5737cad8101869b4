/// A series of counts: who is counted, by whom, and how it relates to other series.
public struct Category: Sendable, Hashable, Codable {
    public var id: String
    /// The category this one is a part of (same counting body and definition); nil for a separate series.
    public var parent: String?
    /// Labels by language code (`en`, `fr`, `ru`, `uk`).
    public var labels: [String: String]
    public var countingBody: String?
    /// `stock` (people held on the date) or `cumulative` (everyone counted since a start).
    public var measure: String?
    public var description: String?

    public init(id: String, parent: String? = nil, labels: [String: String] = [:],
                countingBody: String? = nil, measure: String? = nil, description: String? = nil) {
        self.id = id
        self.parent = parent
        self.labels = labels
        self.countingBody = countingBody
        self.measure = measure
        self.description = description
    }

    /// The label in `language`, falling back to English, then the id.
    public func label(_ language: String = "en") -> String {
        labels[language] ?? labels["en"] ?? id
    }
}
