#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TallyData
import TallyPrimitives
import TallyStats

/// What `stats trend` prints for each selected series: a sentence an analyst can quote, a table
/// of every statistic with its interval and p-value, and notes on method, data and sources.
public struct TrendReport: Sendable {
    public struct Entry: Sendable {
        public var series: TimeSeries
        public var analysis: TrendAnalysis
    }

    public var dataset: Dataset
    public var entries: [Entry]
    public var level: Double
    public var zeros: ZeroCountPolicy

    public init(dataset: Dataset, series: [TimeSeries], level: Double, zeros: ZeroCountPolicy) {
        self.dataset = dataset
        self.level = level
        self.zeros = zeros
        entries = series.map { s in
            Entry(series: s, analysis: TrendAnalysis(times: s.times, counts: s.counts, level: level, zeros: zeros))
        }
    }

    var levelText: String { NumberText.percentLevel(level) }

    // MARK: - Text for people

    /// The sentence that states the change, e.g. "From 50 (2015-06-01) to 296 (2019-06-10): ...".
    public static func headline(_ e: Entry) -> String? {
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

    func rows(_ e: Entry) -> [[String]] {
        var rows: [[String]] = []
        let a = e.analysis
        func missing(_ name: String, _ reason: String?) { rows.append([name, "-", "", "", "not computed: \(reason ?? "")"]) }

        switch a.growth {
        case .value(let g):
            rows.append(["absolute change", (g.absoluteChange > 0 ? "+" : "") + NumberText.integer(g.absoluteChange) + " people", "", "",
                         "\(NumberText.integer(g.firstCount)) to \(NumberText.integer(g.lastCount))"])
            switch g.foldChange {
            case .value(let f): rows.append(["fold change", NumberText.significant(f, 3) + "x", "", "", "last / first"])
            case .unavailable(let r): missing("fold change", r)
            }
            switch g.compoundAnnualGrowthRate {
            case .value(let c): rows.append(["compound annual growth", NumberText.percent(c * 100) + " a year", "", "",
                                             "over \(NumberText.significant(g.years, 3)) years"])
            case .unavailable(let r): missing("compound annual growth", r)
            }
        case .unavailable(let r): missing("growth", r)
        }

        switch a.linear {
        case .value(let l):
            rows.append(["linear trend (OLS)", NumberText.signed(l.slope) + " a year",
                         NumberText.interval(l.interval.lower, l.interval.upper), NumberText.pValue(l.pValue),
                         "people per year; R2 \(NumberText.significant(l.rSquared, 3))"])
        case .unavailable(let r): missing("linear trend (OLS)", r)
        }

        switch a.logLinear {
        case .value(let ll):
            let ci = ll.annualPercentChangeInterval
            var note = "R2 \(NumberText.significant(ll.rSquared, 3)) on the log scale"
            if ll.zerosExcluded > 0 { note += "; \(ll.zerosExcluded) zero count\(ll.zerosExcluded == 1 ? "" : "s") left out" }
            rows.append(["log-linear APC", NumberText.percent(ll.annualPercentChange) + " a year",
                         NumberText.interval(ci.lower, ci.upper, suffix: "%"), NumberText.pValue(ll.pValue), note])
            let name = ll.isGrowing ? "doubling time" : "halving time"
            switch ll.doublingTimeInterval {
            case .value(let d):
                rows.append([name, NumberText.significant(ll.doublingTime) + " years",
                             NumberText.interval(d.lower, d.upper), "", "ln 2 / slope"])
            case .unavailable(let r):
                rows.append([name, NumberText.significant(ll.doublingTime) + " years", "-", "", r])
            }
        case .unavailable(let r): missing("log-linear APC", r)
        }

        switch a.poisson {
        case .value(let p):
            let ci = p.annualPercentChangeInterval
            let qci = p.quasiAnnualPercentChangeInterval
            rows.append(["Poisson APC", NumberText.percent(p.annualPercentChange) + " a year",
                         NumberText.interval(ci.lower, ci.upper, suffix: "%"), NumberText.pValue(p.pValue),
                         "deviance \(NumberText.significant(p.deviance, 4)) on \(p.n - 2) df"])
            rows.append(["quasi-Poisson APC", NumberText.percent(p.annualPercentChange) + " a year",
                         NumberText.interval(qci.lower, qci.upper, suffix: "%"), NumberText.pValue(p.quasiPValue),
                         "dispersion \(NumberText.significant(p.dispersion, 3))" + (p.isOverdispersed ? " (overdispersed)" : "")])
        case .unavailable(let r): missing("Poisson APC", r)
        }

        switch a.theilSen {
        case .value(let t):
            rows.append(["Theil-Sen slope", NumberText.signed(t.slope) + " a year",
                         NumberText.interval(t.interval.lower, t.interval.upper), "",
                         "median of \(t.pairs) pairwise slopes"])
        case .unavailable(let r): missing("Theil-Sen slope", r)
        }

        switch a.mannKendall {
        case .value(let m):
            rows.append(["Mann-Kendall trend test", "tau " + NumberText.significant(m.tau, 3), "", NumberText.pValue(m.pValue),
                         "S = \(m.s), Var(S) = \(NumberText.significant(m.varianceS, 5)), z = \(NumberText.significant(m.z, 3))"])
        case .unavailable(let r): missing("Mann-Kendall trend test", r)
        }
        return rows
    }

    func notes(_ e: Entry) -> [String] {
        var notes: [String] = []
        let s = e.series
        if let headline = Self.headline(e) { notes.append(headline) }
        if case .value(let p) = e.analysis.poisson, p.isOverdispersed {
            notes.append("Overdispersed: the counts vary more than a Poisson model allows (Pearson X2/df = \(NumberText.significant(p.dispersion, 3)), p \(NumberText.pValue(p.dispersionPValue).hasPrefix("<") ? "" : "= ")\(NumberText.pValue(p.dispersionPValue))), so the Poisson interval is too narrow; read the quasi-Poisson interval.")
        }
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
        if e.analysis.mannKendall.value.map({ $0.n < 10 }) == true {
            notes.append("Fewer than 10 observations: the Mann-Kendall p-value's normal approximation is rough.")
        }
        if let ll = e.analysis.linear.value, ll.n > 0, case .value(let lg) = e.analysis.logLinear, lg.rSquared > ll.rSquared {
            notes.append("The log-linear model fits better than the straight line (R2 \(NumberText.significant(lg.rSquared, 3)) on the log scale against \(NumberText.significant(ll.rSquared, 3))): growth has been proportional rather than by a constant number a year.")
        }
        let annotated = s.points.filter { $0.observation.note != nil }
        for p in annotated {
            notes.append("Note on \(p.date) (\(p.count)): \(p.observation.note!).")
        }
        notes.append("Time is in decimal years from the actual dates. \(dataset.dateConvention)")
        notes.append("Source policy \(s.policy.rawValue): \(s.policy.summary).")
        if s.category.countingBody?.hasPrefix("Memorial") == true || s.category.id == "total" {
            notes.append("Memorial's lists are minimum counts of people recognised as political prisoners, not all political prisoners in Russia.")
        }
        notes.append("Methods: APC = 100(e^b - 1) for a slope b of ln(count) on time; t intervals for OLS, Wald (normal) intervals for Poisson and quasi-Poisson (dispersion = Pearson X2/(n-2)); Theil-Sen interval as scipy.stats.theilslopes (Sen 1968); Mann-Kendall as pymannkendall original_test. `stats trend --explain` gives the formulas.")
        return notes
    }

    func sourceNotes(_ e: Entry) -> [String] {
        let ids = e.series.points.map(\.observation.source)
        var seen: [String] = []
        for id in ids where !seen.contains(id) { seen.append(id) }
        return ["Sources (\(seen.count)):"] + seen.map { id in
            let s = dataset.sources[id]
            return "  \(id): \(s?.publisher ?? id), \"\(s?.title ?? "")\" \(s?.url ?? "")"
        }
    }

    public func title(_ e: Entry) -> String {
        let s = e.series
        var t = "\(s.category.label("en")) [\(s.category.id)]"
        if let f = s.points.first?.date, let l = s.points.last?.date { t += ", \(f) to \(l), \(s.points.count) observation\(s.points.count == 1 ? "" : "s")" }
        return t
    }

    public func tables(includeSources: Bool = true) -> [ReportTable] {
        entries.map { e in
            if e.series.isEmpty {
                return ReportTable(title: "\(e.series.category.label("en")) [\(e.series.category.id)]: no data",
                                   columns: [.init("statistic", .left)], rows: [],
                                   notes: ["No published counts in this selection; nothing is estimated, and no data is not zero."])
            }
            return ReportTable(
                title: title(e),
                columns: [.init("statistic", .left), .init("estimate"), .init("\(levelText) interval"), .init("p"), .init("note", .left)],
                rows: rows(e), notes: notes(e) + (includeSources ? sourceNotes(e) : []))
        }
    }

    public func render(_ format: OutputFormat) -> String {
        switch format {
        case .json: return json().serialized()
        case .csv: return csv()
        case .table, .markdown: return tables().map { $0.render(format) }.joined(separator: "\n")
        }
    }

    // MARK: - Machine formats

    /// One row per series and statistic, full precision.
    func csv() -> String {
        var out = "category,statistic,estimate,lower,upper,p_value,level,n,unavailable_reason\n"
        func row(_ c: String, _ name: String, _ est: Double?, _ lo: Double?, _ hi: Double?, _ p: Double?, _ n: Int?, _ reason: String? = nil) {
            func text(_ x: Double?) -> String { x.map { "\($0)" } ?? "" }
            let count: String = n.map { String($0) } ?? ""
            let cells: [String] = [c, name, text(est), text(lo), text(hi), text(p), "\(level)", count, reason ?? ""]
            out += cells.map(CSVField.encode).joined(separator: ",") + "\n"
        }
        for e in entries {
            let c = e.series.category.id
            let a = e.analysis
            let n = e.series.points.count
            if let g = a.growth.value {
                row(c, "absolute_change", g.absoluteChange, nil, nil, nil, n)
                row(c, "fold_change", g.foldChange.value, nil, nil, nil, n, g.foldChange.reason)
                row(c, "cagr", g.compoundAnnualGrowthRate.value, nil, nil, nil, n, g.compoundAnnualGrowthRate.reason)
            } else { row(c, "growth", nil, nil, nil, nil, n, a.growth.reason) }
            if let l = a.linear.value { row(c, "linear_slope", l.slope, l.interval.lower, l.interval.upper, l.pValue, n) }
            else { row(c, "linear_slope", nil, nil, nil, nil, n, a.linear.reason) }
            if let l = a.logLinear.value {
                let ci = l.annualPercentChangeInterval
                row(c, "log_linear_apc", l.annualPercentChange, ci.lower, ci.upper, l.pValue, l.n)
                let d = l.doublingTimeInterval.value
                row(c, l.isGrowing ? "doubling_time" : "halving_time", l.doublingTime, d?.lower, d?.upper, nil, l.n, l.doublingTimeInterval.reason)
            } else { row(c, "log_linear_apc", nil, nil, nil, nil, n, a.logLinear.reason) }
            if let p = a.poisson.value {
                let ci = p.annualPercentChangeInterval, q = p.quasiAnnualPercentChangeInterval
                row(c, "poisson_apc", p.annualPercentChange, ci.lower, ci.upper, p.pValue, n)
                row(c, "quasi_poisson_apc", p.annualPercentChange, q.lower, q.upper, p.quasiPValue, n)
                row(c, "dispersion", p.dispersion, nil, nil, p.dispersionPValue, n)
            } else { row(c, "poisson_apc", nil, nil, nil, nil, n, a.poisson.reason) }
            if let t = a.theilSen.value { row(c, "theil_sen_slope", t.slope, t.interval.lower, t.interval.upper, nil, n) }
            else { row(c, "theil_sen_slope", nil, nil, nil, nil, n, a.theilSen.reason) }
            if let m = a.mannKendall.value { row(c, "mann_kendall_tau", m.tau, nil, nil, m.pValue, n) }
            else { row(c, "mann_kendall_tau", nil, nil, nil, nil, n, a.mannKendall.reason) }
        }
        return out
    }

    static func interval(_ ci: ConfidenceInterval) -> JSONValue {
        .object([("lower", .number(ci.lower)), ("upper", .number(ci.upper)), ("level", .number(ci.level))])
    }

    static func computed<T>(_ c: Computed<T>, _ body: (T) -> [(String, JSONValue)]) -> JSONValue {
        switch c {
        case .value(let v): return .object([("available", .bool(true))] + body(v))
        case .unavailable(let r): return .object([("available", .bool(false)), ("reason", .string(r))])
        }
    }

    public func json() -> JSONValue {
        .object([
            ("dataset", .string(dataset.name)),
            ("level", .number(level)),
            ("zero_counts", .string(zeros.rawValue)),
            ("date_convention", .string(dataset.dateConvention)),
            ("series", .array(entries.map(entryJSON))),
        ])
    }

    func entryJSON(_ e: Entry) -> JSONValue {
        let a = e.analysis
        let s = e.series
        return .object([
            ("category", .string(s.category.id)),
            ("label", .string(s.category.label("en"))),
            ("status", .string(s.isEmpty ? "no data" : "data")),
            ("source_policy", .string(s.policy.rawValue)),
            ("n", .int(s.points.count)),
            ("first", s.points.first.map { p in .object([("date", .string(p.date.description)), ("count", .int(p.count)), ("qualifier", .string(p.qualifier.rawValue))]) } ?? .null),
            ("last", s.points.last.map { p in .object([("date", .string(p.date.description)), ("count", .int(p.count)), ("qualifier", .string(p.qualifier.rawValue))]) } ?? .null),
            ("headline", .optional(Self.headline(e))),
            ("growth", Self.computed(a.growth) { g in [
                ("years", .number(g.years)), ("absolute_change", .number(g.absoluteChange)),
                ("fold_change", .optional(g.foldChange.value)), ("cagr", .optional(g.compoundAnnualGrowthRate.value)),
                ("cagr_percent", .optional(g.compoundAnnualGrowthRate.value.map { $0 * 100 })),
            ] }),
            ("linear", Self.computed(a.linear) { l in [
                ("slope_per_year", .number(l.slope)), ("standard_error", .number(l.standardError)),
                ("interval", Self.interval(l.interval)), ("p_value", .number(l.pValue)), ("r_squared", .number(l.rSquared)),
            ] }),
            ("log_linear", Self.computed(a.logLinear) { l in [
                ("n", .int(l.n)), ("zeros_excluded", .int(l.zerosExcluded)),
                ("slope", .number(l.slope)), ("standard_error", .number(l.standardError)),
                ("slope_interval", Self.interval(l.slopeInterval)), ("p_value", .number(l.pValue)),
                ("apc", .number(l.annualPercentChange)), ("apc_interval", Self.interval(l.annualPercentChangeInterval)),
                (l.isGrowing ? "doubling_time_years" : "halving_time_years", .number(l.doublingTime)),
                ("time_interval", l.doublingTimeInterval.value.map(Self.interval) ?? .null),
                ("time_interval_reason", .optional(l.doublingTimeInterval.reason)),
                ("r_squared", .number(l.rSquared)),
            ] }),
            ("poisson", Self.computed(a.poisson) { p in [
                ("slope", .number(p.slope)), ("standard_error", .number(p.standardError)),
                ("slope_interval", Self.interval(p.interval)), ("p_value", .number(p.pValue)),
                ("apc", .number(p.annualPercentChange)), ("apc_interval", Self.interval(p.annualPercentChangeInterval)),
                ("deviance", .number(p.deviance)), ("pearson_chi2", .number(p.pearsonChiSquare)),
                ("dispersion", .number(p.dispersion)), ("dispersion_p_value", .number(p.dispersionPValue)),
                ("overdispersed", .bool(p.isOverdispersed)),
                ("quasi_standard_error", .number(p.quasiStandardError)),
                ("quasi_apc_interval", Self.interval(p.quasiAnnualPercentChangeInterval)),
                ("quasi_p_value", .number(p.quasiPValue)),
            ] }),
            ("theil_sen", Self.computed(a.theilSen) { t in [
                ("slope_per_year", .number(t.slope)), ("intercept", .number(t.intercept)),
                ("interval", Self.interval(t.interval)), ("pairs", .int(t.pairs)),
                ("convention", .string("scipy.stats.theilslopes, method 'separate'")),
            ] }),
            ("mann_kendall", Self.computed(a.mannKendall) { m in [
                ("s", .int(m.s)), ("variance_s", .number(m.varianceS)), ("z", .number(m.z)),
                ("p_value", .number(m.pValue)), ("tau", .number(m.tau)),
                ("convention", .string("pymannkendall original_test")),
            ] }),
            ("points", .array(s.points.map { p in .object([
                ("date", .string(p.date.description)), ("decimal_year", .number(p.date.decimalYear)),
                ("count", .int(p.count)), ("qualifier", .string(p.qualifier.rawValue)), ("source", .string(p.observation.source)),
            ]) })),
        ])
    }

    /// The formulas, for `--explain`.
    public static let explanation = """
        How stats trend computes each figure (time t in decimal years; a date given to the month or
        year stands for the middle of that period):

        absolute change     last - first
        fold change         last / first
        compound growth     CAGR = (last / first)^(1 / (t_last - t_first)) - 1
        linear trend        OLS of count on t: slope b (people a year), se(b) = s / sqrt(sum (t - mean t)^2),
                            interval b +/- t(1 - a/2, n - 2) se(b), two-sided p of b = 0, R^2
        log-linear APC      OLS of ln(count) on t with slope b: APC = 100 (e^b - 1), interval from b's t interval;
                            zero counts are left out (--zeros exclude, reported) or the fit is refused (--zeros refuse)
        doubling time       ln 2 / b years (halving time ln 2 / |b| when falling); interval ln 2 over the ends of
                            b's interval, unbounded when that interval includes 0
        Poisson APC         maximum likelihood, log E[count] = a + b t, by Newton/IRLS; Wald interval b +/- z se(b);
                            deviance 2 sum[y ln(y / mu) - (y - mu)]; Pearson X^2 = sum (y - mu)^2 / mu
        quasi-Poisson       same b; se multiplied by sqrt(phi), phi = X^2 / (n - 2); flagged overdispersed when
                            P(chi^2(n - 2) >= X^2) < 0.05
        Theil-Sen slope     median of (y_j - y_i) / (t_j - t_i) over pairs with t_j > t_i; interval from Sen (1968)
                            eq. 2.6, as scipy.stats.theilslopes
        Mann-Kendall        S = sum_{i<j} sign(y_j - y_i); Var(S) = [n(n-1)(2n+5) - sum_ties t(t-1)(2t+5)] / 18;
                            z = (S - sign(S)) / sqrt(Var S); p = 2(1 - Phi(|z|)); tau = S / (n(n-1)/2),
                            as pymannkendall original_test

        Distribution functions (t, normal, chi-square, F) are GSL's. Every figure was checked against
        statsmodels, scipy and pymannkendall (scripts/reference/trend_reference.py).
        """
}

