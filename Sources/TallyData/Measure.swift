/// What a series' numbers count, from categories.csv's `measure`. Two measures never share an
/// axis or an analysis: a stock and a running total of the same people grow differently even
/// when nothing changes.
public enum Measure: String, Sendable, CaseIterable {
    /// People held on the date.
    case stock
    /// Everyone counted since a start date: it can only grow, whatever happens to the stock.
    case cumulative
    /// A count over a period (people detained or convicted in a year).
    case flow

    /// The measure in a sentence ("'x' is a stock (...)").
    public var words: String {
        switch self {
        case .stock: return "a stock (people held on a date)"
        case .cumulative: return "a cumulative count (everyone counted since a start date)"
        case .flow: return "a flow (a count over a period)"
        }
    }

    /// The first two categories, in order, whose stated measures differ; categories that state
    /// none (a tidy CSV) are not compared.
    public static func firstMix(in categories: [Category])
        -> (first: Category, firstMeasure: Measure, second: Category, secondMeasure: Measure)? {
        var seen: (Category, Measure)?
        for c in categories {
            guard let m = c.measureKind else { continue }
            guard let (first, firstMeasure) = seen else { seen = (c, m); continue }
            if m != firstMeasure { return (first, firstMeasure, c, m) }
        }
        return nil
    }
}

extension Category {
    /// The measure stated in categories.csv, nil when none is stated (or one Tally does not know).
    public var measureKind: Measure? { measure.flatMap(Measure.init(rawValue:)) }
}

/// Why an analysis or an axis refuses a series because of what it measures.
public struct MeasureRefused: SelectionRefusal, Equatable {
    public enum Rule: String, Sendable {
        /// A growth rate of a cumulative count says nothing about the stock.
        case cumulativeTrend
        /// Two measures in one analysis or on one axis.
        case mixed
    }

    public var rule: Rule
    public var first: String
    public var second: String?
    public var description: String

    public var isUsageError: Bool { true }
}

public enum MeasureRules {
    /// A trend (growth rate, joinpoints) of `category`: refused for a cumulative count unless
    /// `allowCumulative`, and then the note every output must print. Nil: nothing to say.
    public static func trend(of category: Category, allowCumulative: Bool) throws(MeasureRefused) -> String? {
        guard category.measureKind == .cumulative else { return nil }
        guard allowCumulative else {
            throw MeasureRefused(rule: .cumulativeTrend, first: category.id, second: nil, description:
                "'\(category.id)' is \(Measure.cumulative.words): it can only grow, so its growth rate is not the growth of the number held; analyse a stock series, or pass --allow-cumulative to insist")
        }
        return "'\(category.id)' is \(Measure.cumulative.words), analysed because --allow-cumulative was given: its growth is the growth of everyone counted so far, not of the number held."
    }

    /// One analysis or one axis: every series in one measure. Refuses naming the first two that differ.
    public static func oneMeasure(_ categories: [Category]) throws(MeasureRefused) {
        guard let mix = Measure.firstMix(in: categories) else { return }
        throw MeasureRefused(rule: .mixed, first: mix.first.id, second: mix.second.id, description:
            "'\(mix.second.id)' is \(mix.secondMeasure.words), '\(mix.first.id)' \(mix.firstMeasure.words): one analysis or axis takes one measure; choose series of one measure with --category")
    }
}
