import TallyStats

/// The paragraph at the head of a breakdown: how the whole moved, which part drove the change
/// and by how much, and what the chi-square test says. Each sentence follows the numbers: the
/// composition "changed" only when the test says so at `alpha`, and contributions are given only
/// when they are stable.
struct BreakdownParagraph {
    var breakdown: CompositionBreakdown
    /// The whole's label for people.
    var parent: String
    /// A part's label for people.
    var label: (String) -> String
    var alpha: Double
    /// The changes in the order the report ranks them.
    var changes: [CompositionBreakdown.Change]
    /// Set when contributions are unstable: the changes are then said in people.
    var unstable: ContributionStability?

    var text: String {
        guard let first = breakdown.rows.first, let last = breakdown.rows.last, breakdown.rows.count >= 2 else {
            return breakdown.rows.isEmpty
                ? "No date has a figure for every part of \(parent); nothing to compare."
                : "Only one date (\(breakdown.rows[0].label)) has a figure for every part; there is no change to describe."
        }
        var s = "Between \(first.label) and \(last.label), \(parent) went from \(NumberText.integer(first.whole)) to \(NumberText.integer(last.whole))"
        if first.wholeIsSumOfParts || last.wholeIsSumOfParts { s += " (counting the parts' sum where the whole was not published or was below its parts)" }
        s += "."
        if let unstable { s += " " + unstable.sentence }
        let ranked = changes.filter { $0.part != "unattributed" }
        let percent = BreakdownColumns.percent
        if let top = ranked.first {
            s += " \(label(top.part)) went from \(NumberText.integer(top.first)) to \(NumberText.integer(top.last))"
            if unstable != nil {
                s += " (\(signed(top.absolute)))"
            } else {
                if let fold = top.fold { s += " (\(NumberText.significant(fold, 3)) times)" }
                if let c = top.contribution { s += " and accounts for \(percent(c)) of the change" }
            }
            s += "."
        }
        for other in ranked.dropFirst() {
            s += " \(label(other.part)) went from \(NumberText.integer(other.first)) to \(NumberText.integer(other.last))"
            if unstable != nil {
                s += " (\(signed(other.absolute)))"
            } else if let c = other.contribution {
                s += " (\(percent(c)) of the change)"
            }
            s += "."
        }
        if case .value(let t) = breakdown.test { s += " " + testSentence(t) }
        return s
    }

    func signed(_ x: Double) -> String { (x > 0 ? "+" : "") + NumberText.integer(x) }

    /// "The composition changed ..." when p < alpha, else "No evidence that the composition changed ...".
    func testSentence(_ t: ChiSquareHomogeneity) -> String {
        let p = NumberText.pValue(t.pValue)
        let figures = "chi-square \(NumberText.significant(t.statistic, 4)) on \(t.degreesOfFreedom) df, p \(p.hasPrefix("<") ? "" : "= ")\(p)"
        if t.pValue < alpha {
            return "The composition changed across the \(t.rowsUsed) dates compared (\(figures))."
        }
        return "No evidence that the composition changed across the \(t.rowsUsed) dates compared (\(figures); the test's level is \(NumberText.significant(alpha, 3).trimmingZeros()))."
    }
}
