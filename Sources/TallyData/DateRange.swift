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
