/// Where a published figure comes from, with the sentence that states it.
public struct Source: Sendable, Hashable, Codable {
    /// How directly a source reports the counting body's own statement; the source policy ranks by it.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case original, primaryOutlet = "primary_outlet", reprint, unverified
        /// Lower is more direct. `--min-source K` keeps sources whose rank is at most K's.
        public var rank: Int {
            switch self {
            case .original: return 0
            case .primaryOutlet: return 1
            case .reprint: return 2
            case .unverified: return 3
            }
        }
    }

    /// The publisher of a source that only stands in for rows citing none (a tidy CSV's file),
    /// until the user says who published it (`--source`).
    public static let publisherNotGiven = "not given"

    public var id: String
    public var publisher: String
    public var title: String
    public var url: String
    public var quote: String
    public var kind: Kind

    public init(id: String, publisher: String, title: String, url: String, quote: String, kind: Kind) {
        self.id = id
        self.publisher = publisher
        self.title = title
        self.url = url
        self.quote = quote
        self.kind = kind
    }
}
