/// How a source states a number: exactly, or only as a bound or an approximation.
public enum Qualifier: String, Sendable, Codable, CaseIterable {
    case exact
    case approx
    case atLeast = "at_least"
    case moreThan = "more_than"
    case closeTo = "close_to"

    /// The mark used in tables and charts: `~` for approximate figures, `>=`/`>` for bounds.
    public var mark: String {
        switch self {
        case .exact: return ""
        case .approx, .closeTo: return "~"
        case .atLeast: return ">="
        case .moreThan: return ">"
        }
    }

    /// Plain words for footnotes.
    public var words: String {
        switch self {
        case .exact: return "exact"
        case .approx: return "approximate"
        case .closeTo: return "close to"
        case .atLeast: return "at least"
        case .moreThan: return "more than"
        }
    }
}
