#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TallyData
import TallyPrimitives
import TallyStats

/// What `stats regress` prints: coefficients with standard errors, t, p and intervals; the
/// residual standard deviation, R squared and the ANOVA F test; the condition number.
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

    public func table() -> ReportTable {
        let names = formula.coefficientNames
        let t = fit.tStatistics, p = fit.pValues
        let rows = names.indices.map { j -> [String] in
            let ci = fit.confidenceInterval(j, level: level)
            return [names[j], NumberText.significant(fit.coefficients[j], 8), NumberText.significant(fit.standardErrors[j], 6),
                    NumberText.significant(t[j], 4), NumberText.pValue(p[j]),
                    NumberText.interval(ci.lower, ci.upper, 6)]
        }
        var notes = [
            "n = \(fit.n), residual standard deviation \(NumberText.significant(fit.residualSD, 8)) on \(fit.residualDF) degrees of freedom",
            "R squared \(NumberText.significant(fit.rSquared, 10))" + (fit.hasIntercept ? "" : " (uncentred, 1 - SSE/sum(y^2), as there is no intercept)"),
            "F = \(NumberText.significant(fit.fStatistic, 8)) on \(fit.hasIntercept ? fit.p - 1 : fit.p) and \(fit.residualDF) df, p \(NumberText.pValue(fit.fPValue))",
            "Condition number of the column-scaled design: \(NumberText.significant(fit.conditionNumber, 3))",
            "Method: singular value decomposition with column scaling (GSL gsl_multifit_linear), not the normal equations; checked against NIST StRD.",
        ]
        notes += warnings
        return ReportTable(title: "\(formula) (\(file))",
                           columns: [.init("term", .left), .init("estimate"), .init("std. error"), .init("t"), .init("p"),
                                     .init("\(NumberText.percentLevel(level)) interval")],
                           rows: rows, notes: notes)
    }

    public func render(_ format: OutputFormat) -> String {
        switch format {
        case .json: return json().serialized()
        case .csv:
            var out = "term,estimate,std_error,t,p_value,lower,upper\n"
            for (j, name) in formula.coefficientNames.enumerated() {
                let ci = fit.confidenceInterval(j, level: level)
                out += [name, "\(fit.coefficients[j])", "\(fit.standardErrors[j])", "\(fit.tStatistics[j])",
                        "\(fit.pValues[j])", "\(ci.lower)", "\(ci.upper)"].map(CSVField.encode).joined(separator: ",") + "\n"
            }
            return out
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
            ("coefficients", .array(formula.coefficientNames.enumerated().map { j, name in
                let ci = fit.confidenceInterval(j, level: level)
                return .object([
                    ("term", .string(name)), ("estimate", .number(fit.coefficients[j])),
                    ("std_error", .number(fit.standardErrors[j])), ("t", .number(fit.tStatistics[j])),
                    ("p_value", .number(fit.pValues[j])),
                    ("interval", .object([("lower", .number(ci.lower)), ("upper", .number(ci.upper))])),
                ])
            })),
            ("residual_sd", .number(fit.residualSD)),
            ("residual_df", .int(fit.residualDF)),
            ("r_squared", .number(fit.rSquared)),
            ("r_squared_kind", .string(fit.hasIntercept ? "centred" : "uncentred")),
            ("anova", .object([
                ("regression_df", .int(fit.hasIntercept ? fit.p - 1 : fit.p)), ("regression_ss", .number(fit.ssr)),
                ("residual_df", .int(fit.residualDF)), ("residual_ss", .number(fit.sse)),
                ("f_statistic", .number(fit.fStatistic)), ("p_value", .number(fit.fPValue)),
            ])),
            ("condition_number", .number(fit.conditionNumber)),
            ("warnings", .array(warnings.map { .string($0) })),
        ])
    }
}
