/// Pearson's chi-square test of homogeneity for a table of counts (rows: dates, columns:
/// categories), without continuity correction, as `scipy.stats.chi2_contingency(table,
/// correction=False)`: E_ij = row_i * col_j / total, X^2 = sum (O - E)^2 / E,
/// df = (rows - 1)(columns - 1), p = P(chi^2_df >= X^2) from GSL.
/// Columns or rows that are all zero are left out first (they carry no information and would
/// give E = 0); the result says how many were left out.
public struct ChiSquareHomogeneity: Sendable, Equatable {
    public var statistic: Double
    public var degreesOfFreedom: Int
    public var pValue: Double
    public var rowsUsed: Int
    public var columnsUsed: Int
    /// The smallest expected count: below 5 the chi-square approximation is rough.
    public var minimumExpected: Double

    public static func compute(_ table: [[Double]]) -> Computed<ChiSquareHomogeneity> {
        var rows = table.filter { $0.contains { $0 > 0 } }
        guard let width = rows.first?.count, rows.allSatisfy({ $0.count == width }) else {
            return .unavailable("needs a table of counts with at least one non-zero row")
        }
        let keptColumns = (0..<width).filter { j in rows.contains { $0[j] > 0 } }
        rows = rows.map { r in keptColumns.map { r[$0] } }
        guard rows.count >= 2 else { return .unavailable("needs at least 2 dates with counts") }
        guard keptColumns.count >= 2 else { return .unavailable("needs at least 2 categories with counts") }
        let rowTotals = rows.map { $0.reduce(0, +) }
        let columnTotals = keptColumns.indices.map { j in rows.reduce(0) { $0 + $1[j] } }
        let total = rowTotals.reduce(0, +)
        var x2 = 0.0
        var minimumExpected = Double.infinity
        for (i, r) in rows.enumerated() {
            for (j, o) in r.enumerated() {
                let e = rowTotals[i] * columnTotals[j] / total
                minimumExpected = min(minimumExpected, e)
                x2 += (o - e) * (o - e) / e
            }
        }
        let df = (rows.count - 1) * (keptColumns.count - 1)
        return .value(ChiSquareHomogeneity(statistic: x2, degreesOfFreedom: df,
                                           pValue: Distributions.chiSquareUpper(x2, df: Double(df)),
                                           rowsUsed: rows.count, columnsUsed: keptColumns.count,
                                           minimumExpected: minimumExpected))
    }
}
