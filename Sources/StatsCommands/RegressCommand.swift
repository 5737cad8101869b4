import ArgumentParser
import TallyData
import TallyReport
import TallyPrimitives
import TallyCLI
import TallyStats

public struct RegressCommand: ParsableCommand {
    public init() {}

    public static let configuration = CommandConfiguration(
        commandName: "regress",
        abstract: "Linear least squares with an R-style formula, accurate on NIST's hardest test sets.",
        discussion: """
            Formulas: 'y ~ x', several predictors 'y ~ x1 + x2', no intercept 'y ~ 0 + x',
            raw polynomials 'y ~ poly(x, 3)'. Columns are read by name from the CSV header.
            """)

    @Argument(help: "A CSV file with a header row and numeric columns.")
    var file: String

    @Option(name: .long, help: "The model, e.g. 'y ~ x' or 'y ~ poly(x, 2)'.")
    var formula: String

    @Option(name: .long, help: "Confidence level of the coefficient intervals.")
    var level: Double = 0.95

    @Option(name: .long, help: "How to print the result: table, json, csv or markdown.")
    var format: OutputFormat = .table

    public func validate() throws {
        guard (0.5...0.999).contains(level) else { throw ValidationError("--level \(level) is outside 0.5...0.999; for a 95% interval type --level 0.95") }
    }

    public func run() throws {
        let parsed: RegressionFormula
        do {
            parsed = try RegressionFormula(formula)
        } catch {
            // A formula past the length limit is named by its start only.
            let shown = formula.count <= RegressionFormula.maximumLength ? formula : String(formula.prefix(60)) + "..."
            throw CommandError.usage("--formula '\(shown)': \(error)")
        }
        let data: NumericTable
        do {
            data = try DataErrors.loading { try NumericTable.read(file, columns: parsed.variables) }
        } catch let unknown as UnknownColumns {
            throw CommandError.usage("\(unknown)")
        }
        let design = (0..<data.rowCount).map { i in parsed.designRow { data.columns[$0]![i] } }
        let fit: LinearLeastSquares
        do {
            fit = try LinearLeastSquares(design: design, y: data.columns[parsed.response]!, hasIntercept: parsed.hasIntercept)
        } catch {
            throw CommandError.data("\(file): cannot fit \(parsed): \(error)")
        }
        let report = RegressionReport(formula: parsed, fit: fit, level: level, file: file)
        for w in report.warnings { printError("warning: \(w)") }
        print(report.render(format), terminator: "")
    }
}
