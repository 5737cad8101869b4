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

/// An inclusive range of dates; an observation is inside when its whole period is.
public struct DateRange: Sendable, Hashable {
    public var from: PartialDate?
    public var to: PartialDate?

    public init(from: PartialDate? = nil, to: PartialDate? = nil) {
        self.from = from
        self.to = to
    }

    public func contains(_ date: PartialDate) -> Bool {
        if let from, date.first < from.first { return false }
        if let to, to.last < date.last { return false }
        return true
    }
}
