/// What a waffle chart needs beyond its series: how many people one cell stands for.
public struct WaffleOptions: Sendable, Codable, Equatable {
    /// People per cell: 1 (one cell per person) unless the count is too large to draw legibly.
    public var perCell: Int

    public init(perCell: Int = 1) { self.perCell = perCell }

    enum CodingKeys: String, CodingKey { case perCell }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let v = try c.decodeIfPresent(Double.self, forKey: .perCell) ?? 1
        guard v.isFinite, v == v.rounded(), v >= 1, v <= 1e9 else {
            throw DecodingError.dataCorruptedError(forKey: .perCell, in: c, debugDescription: "\(v), expected a whole number of people per cell from 1, e.g. 10")
        }
        perCell = Int(v)
    }
}
