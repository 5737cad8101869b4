/// What a chart may draw over its marks, whatever its kind: series to highlight (the rest in
/// grey) and shaded periods with their labels. A nested object of the spec (`overlays`).
public struct Overlays: Sendable, Codable, Equatable {
    /// Series ids drawn in colour; every other series in grey. Empty: every series in colour.
    public var highlight: [String]
    public var bands: [Band]

    public init(highlight: [String] = [], bands: [Band] = []) {
        self.highlight = highlight
        self.bands = bands
    }

    enum CodingKeys: String, CodingKey { case highlight, bands }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        highlight = try c.decodeIfPresent([String].self, forKey: .highlight) ?? []
        bands = try c.decodeIfPresent([Band].self, forKey: .bands) ?? []
    }
}

/// A shaded period with its label ("invasion of Ukraine"): from the start of `from`'s period to
/// the end of `to`'s, in decimal years.
public struct Band: Sendable, Codable, Equatable {
    public var from: Double
    public var to: Double
    public var text: String

    public init(from: Double, to: Double, text: String) {
        self.from = from
        self.to = to
        self.text = text
    }
}
