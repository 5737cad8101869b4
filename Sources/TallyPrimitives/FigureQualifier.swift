/// How a source states a number: exactly, or only as a bound or an approximation.
///
/// The one definition of the qualifiers and their marks: the data (TallyData's `Qualifier`), the
/// chart specs (TallyCharts' `DataPoint.Qualifier`), tables, end labels and alt text all use it,
/// so that a figure is marked the same way wherever it is shown.
public enum FigureQualifier: String, Sendable, Codable, CaseIterable {
    case exact
    case approx
    case atLeast = "at_least"
    case moreThan = "more_than"
    case closeTo = "close_to"

    /// The mark written before a figure in tables and on charts: `~` for approximate figures,
    /// `>=`/`>` for bounds (ASCII, so that a terminal, a CSV and a chart read the same).
    public var mark: String {
        switch self {
        case .exact: return ""
        case .approx, .closeTo: return "~"
        case .atLeast: return ">="
        case .moreThan: return ">"
        }
    }

    /// Plain words for footnotes that explain the marks ("~ approximate").
    public var words: String {
        switch self {
        case .exact: return "exact"
        case .approx: return "approximate"
        case .closeTo: return "close to"
        case .atLeast: return "at least"
        case .moreThan: return "more than"
        }
    }

    /// The words put before a figure in a sentence ("about 600", "at least 767"); empty for an
    /// exact figure.
    public var sentencePrefix: String {
        switch self {
        case .exact: return ""
        case .approx, .closeTo: return "about "
        case .atLeast: return "at least "
        case .moreThan: return "more than "
        }
    }
}
