import TallyStats

/// The paragraph at the head of a breakdown: how the whole moved, which part drove the change
/// and by how much, and what the chi-square test says.
struct BreakdownParagraph {
    var breakdown: CompositionBreakdown
    /// The whole's label for people.
    var parent: String
    /// A part's label for people.
    var label: (String) -> String

    var text: String {
        guard let first = breakdown.rows.first, let last = breakdown.rows.last, breakdown.rows.count >= 2 else {
            return breakdown.rows.isEmpty
                ? "No date has a figure for every part of \(parent); nothing to compare."
                : "Only one date (\(breakdown.rows[0].label)) has a figure for every part; there is no change to describe."
        }
        var s = "Between \(first.label) and \(last.label), \(parent) went from \(NumberText.integer(first.whole)) to \(NumberText.integer(last.whole))"
        if first.wholeIsSumOfParts || last.wholeIsSumOfParts { s += " (counting the parts' sum where the whole was not published or was below its parts)" }
        s += "."
        let ranked = breakdown.changes.filter { $0.part != "unattributed" }
        let percent = BreakdownColumns.percent
        if let top = ranked.first {
            s += " \(label(top.part)) went from \(NumberText.integer(top.first)) to \(NumberText.integer(top.last))"
            if let fold = top.fold { s += " (\(NumberText.significant(fold, 3)) times)" }
            if let c = top.contribution { s += " and accounts for \(percent(c)) of the change" }
            s += "."
        }
        for other in ranked.dropFirst() {
            s += " \(label(other.part)) went from \(NumberText.integer(other.first)) to \(NumberText.integer(other.last))"
            if let c = other.contribution { s += " (\(percent(c)) of the change)" }
            s += "."
        }
        if case .value(let t) = breakdown.test {
            s += " The composition changed across the \(t.rowsUsed) dates compared (chi-square \(NumberText.significant(t.statistic, 4)) on \(t.degreesOfFreedom) df, p \(NumberText.pValue(t.pValue).hasPrefix("<") ? "" : "= ")\(NumberText.pValue(t.pValue)))."
        }
        return s
    }
}
