/// How one observation is picked when several sources give a count for the same date and category.
public enum SourcePolicy: String, Sendable, CaseIterable, Codable {
    /// Most direct source first (original, primary outlet, reprint, unverified), then an exact figure
    /// over a qualified one, then the source id in alphabetical order. An observation dated only to a
    /// month or year is left out when the same series has one on a more precise date inside that period.
    case preferOriginal = "prefer-original"
    /// Every observation is kept; dates may repeat.
    case all

    public var summary: String {
        switch self {
        case .preferOriginal:
            return "one figure per date: the most direct source (original > primary outlet > reprint > unverified), then exact over qualified figures; figures dated only to a month or year are left out where a more precise date in that period exists"
        case .all:
            return "every published figure is kept, several per date where sources differ"
        }
    }
}
