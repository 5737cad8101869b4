/// How a statistic's estimate and interval are written for people: the unit and the rounding.
/// Machine formats ignore it and keep the number at full precision.
public struct StatisticUnit: Sendable {
    public let estimate: @Sendable (Double) -> String
    public let interval: @Sendable (Double, Double) -> String

    public init(estimate: @escaping @Sendable (Double) -> String, interval: @escaping @Sendable (Double, Double) -> String) {
        self.estimate = estimate
        self.interval = interval
    }

    /// A change in people: "+246 people".
    public static let peopleChange = StatisticUnit(
        estimate: { ($0 > 0 ? "+" : "") + NumberText.integer($0) + " people" },
        interval: { NumberText.interval($0, $1) })

    /// A ratio: "5.92x".
    public static let times = StatisticUnit(
        estimate: { NumberText.significant($0, 3) + "x" },
        interval: { NumberText.interval($0, $1) })

    /// A yearly rate held as a fraction (0.56) and shown as a percentage: "+56.0% a year".
    public static let fractionAsPercentAYear = StatisticUnit(
        estimate: { NumberText.percent($0 * 100) + " a year" },
        interval: { NumberText.interval($0 * 100, $1 * 100, suffix: "%") })

    /// A yearly change in the counted unit: "+61.2 a year".
    public static let perYear = StatisticUnit(
        estimate: { NumberText.signed($0) + " a year" },
        interval: { NumberText.interval($0, $1) })

    /// An annual percent change: "+45.2% a year", interval "[30.1%, 62.0%]".
    public static let percentAYear = StatisticUnit(
        estimate: { NumberText.percent($0) + " a year" },
        interval: { NumberText.interval($0, $1, suffix: "%") })

    /// A percent change without a period (a joinpoint segment's APC, its period is in the row).
    public static let percent = StatisticUnit(
        estimate: { NumberText.percent($0) },
        interval: { NumberText.interval($0, $1, suffix: "%") })

    /// A span of time: "1.87 years".
    public static let years = StatisticUnit(
        estimate: { NumberText.significant($0) + " years" },
        interval: { NumberText.interval($0, $1) })

    /// Kendall's tau: "tau 0.867".
    public static let tau = StatisticUnit(
        estimate: { "tau " + NumberText.significant($0, 3) },
        interval: { NumberText.interval($0, $1) })

    /// A number without unit, `digits` significant digits for the estimate and `intervalDigits`
    /// for the interval (regression coefficients).
    public static func plain(digits: Int, intervalDigits: Int) -> StatisticUnit {
        StatisticUnit(estimate: { NumberText.significant($0, digits) },
                      interval: { NumberText.interval($0, $1, intervalDigits) })
    }
}
