#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TallyData
import TallyPrimitives
import TallyStats

/// What `stats regress` prints: coefficients with standard errors, t, p and intervals; the
/// residual standard deviation, R squared and the ANOVA F test; the condition number. Each
/// coefficient is described once (`coefficients`); the table, CSV and JSON are derived from it.
public struct RegressionReport: Sendable {
    public var formula: RegressionFormula
    public var fit: LinearLeastSquares
    public var level: Double
    public var file: String

    public init(formula: RegressionFormula, fit: LinearLeastSquares, level: Double, file: String) {
        self.formula = formula
        self.fit = fit
        self.level = level
        self.file = file
    }

    public var warnings: [String] {
        fit.isIllConditioned
            ? ["The design is ill-conditioned (condition number \(NumberText.significant(fit.conditionNumber, 3)) after scaling columns): expect only about \(max(0, Int((16 - log10(fit.conditionNumber)).rounded(.down)))) correct significant digits."]
            : []
    }

    /// One statistic per term of the formula.
    public var coefficients: [Statistic] {
        formula.coefficientNames.enumerated().map { j, name in
            Statistic(key: name, label: name, estimate: fit.coefficients[j], unit: .plain(digits: 8, intervalDigits: 6),
                      interval: StatisticInterval(fit.confidenceInterval(j, level: level)), p: fit.pValues[j],
                      details: ["std_error": .number(fit.standardErrors[j]) { NumberText.significant($0, 6) },
                                "t": .number(fit.tStatistics[j]) { NumberText.significant($0, 4) }],
                      json: [.key("term"), .estimate("estimate"), .detail("std_error"), .detail("t"), .p("p_value"), .bounds("interval")])
        }
    }

    var tableLayout: StatisticLayout {
        StatisticLayout([
            .init("term", .label, .left), .init("estimate", .estimate), .init("std. error", .detail("std_error")),
            .init("t", .detail("t")), .init("p", .p), .init("\(NumberText.percentLevel(level)) interval", .interval),
        ])
    }

    static let csvLayout = StatisticLayout([
        .init("term", .key), .init("estimate", .estimate), .init("std_error", .detail("std_error")), .init("t", .detail("t")),
        .init("p_value", .p), .init("lower", .lower), .init("upper", .upper),
    ])

    public func table() -> ReportTable {
        var notes = [
            "n = \(fit.n), residual standard deviation \(NumberText.significant(fit.residualSD, 8)) on \(fit.residualDF) degrees of freedom",
            "R squared \(NumberText.significant(fit.rSquared, 10))" + (fit.hasIntercept ? "" : " (uncentred, 1 - SSE/sum(y^2), as there is no intercept)"),
            "F = \(NumberText.significant(fit.fStatistic, 8)) on \(regressionDF) and \(fit.residualDF) df, p \(NumberText.pValue(fit.fPValue))",
            "Condition number of the column-scaled design: \(NumberText.significant(fit.conditionNumber, 3))",
            "Method: singular value decomposition with column scaling (GSL gsl_multifit_linear), not the normal equations; checked against NIST StRD.",
        ]
        notes += warnings
        return ReportTable(title: "\(formula) (\(file))", columns: tableLayout.tableColumns, rows: tableLayout.rows(coefficients), notes: notes)
    }

    var regressionDF: Int { fit.hasIntercept ? fit.p - 1 : fit.p }

    public func render(_ format: OutputFormat) -> String {
        switch format {
        case .json: return json().serialized()
        case .csv: return Self.csvLayout.csvHeader + Self.csvLayout.csvLines(coefficients)
        default: return table().render(format)
        }
    }

    public func json() -> JSONValue {
        .object([
            ("formula", .string(formula.description)),
            ("file", .string(file)),
            ("n", .int(fit.n)),
            ("intercept", .bool(fit.hasIntercept)),
            ("level", .number(level)),
            ("coefficients", .array(coefficients.map { .object($0.jsonMembers) })),
            ("residual_sd", .number(fit.residualSD)),
            ("residual_df", .int(fit.residualDF)),
            ("r_squared", .number(fit.rSquared)),
            ("r_squared_kind", .string(fit.hasIntercept ? "centred" : "uncentred")),
            ("anova", .object([
                ("regression_df", .int(regressionDF)), ("regression_ss", .number(fit.ssr)),
                ("residual_df", .int(fit.residualDF)), ("residual_ss", .number(fit.sse)),
                ("f_statistic", .number(fit.fStatistic)), ("p_value", .number(fit.fPValue)),
            ])),
            ("condition_number", .number(fit.conditionNumber)),
            ("warnings", .array(warnings.map { .string($0) })),
        ])
    }
}
