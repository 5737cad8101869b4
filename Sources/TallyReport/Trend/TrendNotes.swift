import TallyData
import TallyStats

/// The sentences under a series' trend table: the headline, warnings the numbers call for, the
/// data's qualifiers and conflicts, method notes, and the sources.
struct TrendNotes {
    var dataset: Dataset
    var entry: TrendReport.Entry
    /// What the data package says these counts are (and are not).
    var caveats: [String]
    /// "Without reprints and unverified figures: ..." when the caller gave such a series.
    var sensitivity: String?
    /// How several figures on one date were made one, when the caller says.
    var duplicates: String?
    /// What the caller says about the selection (e.g. a cumulative count fitted anyway).
    var selectionNotes: [String] = []

    /// "From 50 (2015-06-01) to 296 (2019-06-10): 5.92 times as many in 4.03 years, ...".
    static func headline(_ e: TrendReport.Entry) -> String? {
        guard let g = e.analysis.growth.value, let first = e.series.points.first, let last = e.series.points.last else { return nil }
        var s = "From \(first.qualifier.mark)\(first.count) (\(first.date)) to \(last.qualifier.mark)\(last.count) (\(last.date))"
        if let fold = g.foldChange.value {
            s += ": \(NumberText.significant(fold, 3)) times as many in \(NumberText.significant(g.years, 3)) years"
        }
        if let cagr = g.compoundAnnualGrowthRate.value {
            s += ", \(NumberText.percent(cagr * 100)) a year compounded"
        }
        if let ll = e.analysis.logLinear.value {
            let ci = ll.annualPercentChangeInterval
            s += "; the log-linear trend over all \(ll.n) observations is \(NumberText.percent(ll.annualPercentChange)) a year (\(NumberText.percentLevel(e.analysis.level)) CI \(NumberText.interval(ci.lower, ci.upper, suffix: "%")))"
        }
        return s + "."
    }

    var lines: [String] {
        var notes: [String] = []
        let s = entry.series
        let a = entry.analysis
        if let headline = Self.headline(entry) { notes.append(headline) }
        notes += selectionNotes
        if let sensitivity { notes.append(sensitivity) }
        if case .value(let p) = a.poisson, p.isOverdispersed {
            notes.append("Overdispersed: the counts vary more than a Poisson model allows (Pearson X2/df = \(NumberText.significant(p.dispersion, 3)), p \(NumberText.pValue(p.dispersionPValue).hasPrefix("<") ? "" : "= ")\(NumberText.pValue(p.dispersionPValue))), so the Poisson interval is too narrow; read the quasi-Poisson interval.")
        }
        for w in a.poisson.value?.warnings ?? [] { notes.append("Quasi-Poisson: \(w).") }
        let qualified = s.points.filter { $0.qualifier != .exact }
        if !qualified.isEmpty {
            notes.append("\(qualified.count) figure\(qualified.count == 1 ? " is" : "s are") not exact (\(qualified.map { "\($0.qualifier.mark)\($0.count) on \($0.date)" }.joined(separator: ", "))); each is used as the number stated.")
        }
        let conflicts = s.points.filter(\.isConflicting)
        if !conflicts.isEmpty {
            let listed = conflicts.map { p -> String in
                var others: [Int] = []
                for a in p.alternatives where a.count != p.count && !others.contains(a.count) { others.append(a.count) }
                return "\(p.date): kept \(p.count), also published \(others.map(String.init).joined(separator: ", "))"
            }
            notes.append("Sources disagree on \(listed.joined(separator: "; ")). See `stats show --source-policy all`.")
        }
        if a.mannKendall.value.map({ $0.n < 10 }) == true {
            notes.append("Fewer than 10 observations: the Mann-Kendall p-value's normal approximation is rough.")
        }
        if let ll = a.linear.value, ll.n > 0, case .value(let lg) = a.logLinear, lg.rSquared > ll.rSquared {
            notes.append("The log-linear model fits better than the straight line (R2 \(NumberText.significant(lg.rSquared, 3)) on the log scale against \(NumberText.significant(ll.rSquared, 3))): growth has been proportional rather than by a constant number a year.")
        }
        for p in s.points {
            if let note = p.observation.note { notes.append("Note on \(p.date) (\(p.count)): \(note).") }
        }
        notes.append("Time is in decimal years from the actual dates. \(dataset.dateConvention)")
        notes.append("Source policy \(s.policy.rawValue): \(s.policy.summary).")
        if let duplicates { notes.append(duplicates) }
        notes += caveats
        notes.append("Methods: APC = 100(e^b - 1) for a slope b of ln(count) on time; t intervals for OLS, Wald (normal) intervals for Poisson and quasi-Poisson (dispersion = Pearson X2/(n-2)); Theil-Sen interval as scipy.stats.theilslopes (Sen 1968); Mann-Kendall as pymannkendall original_test. `stats trend --explain` gives the formulas.")
        return notes
    }

    /// "Sources (n):" and one line per source, in the order the series first cites them.
    var sources: [String] {
        var seen: [String] = []
        for id in entry.series.points.map(\.observation.source) where !seen.contains(id) { seen.append(id) }
        return ["Sources (\(seen.count)):"] + seen.map { id in
            let s = dataset.sources[id]
            return "  \(id): \(s?.publisher ?? id), \"\(s?.title ?? "")\" \(s?.url ?? "")"
        }
    }
}
