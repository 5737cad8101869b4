import TallyData
import TallyStats

/// Every statistic `stats trend` reports for one series, each described once; the table, the
/// CSV and the JSON of `TrendReport` are derived from these groups.
enum TrendStatistics {
    /// Columns people read; the interval header names the level.
    static func tableLayout(level: Double) -> StatisticLayout {
        StatisticLayout([
            .init("statistic", .label, .left), .init("estimate", .estimate),
            .init("\(NumberText.percentLevel(level)) interval", .interval), .init("p", .p), .init("note", .note, .left),
        ])
    }

    /// One CSV row per series and statistic, full precision.
    static func csvLayout(category: String, level: Double) -> StatisticLayout {
        StatisticLayout([
            .init("category", .fixed(category)), .init("statistic", .key), .init("estimate", .estimate),
            .init("lower", .lower), .init("upper", .upper), .init("p_value", .p), .init("level", .fixed("\(level)")),
            .init("n", .n), .init("unavailable_reason", .reason),
        ])
    }

    static func groups(_ a: TrendAnalysis, n: Int) -> [StatisticGroup] {
        [growth(a.growth, n: n), linear(a.linear, n: n), logLinear(a.logLinear, n: n), poisson(a.poisson, n: n),
         theilSen(a.theilSen, n: n), mannKendall(a.mannKendall, n: n)]
    }

    static func number(_ x: Double) -> Figure { .number(x) { NumberText.significant($0, 6) } }

    static func growth(_ c: Computed<GrowthSummary>, n: Int) -> StatisticGroup {
        StatisticGroup(key: "growth", c, label: "growth", statisticKey: "growth", n: n) { g in [
            .field("years", .number(g.years)),
            .statistic(Statistic(
                key: "absolute_change", label: "absolute change", estimate: g.absoluteChange, unit: .peopleChange, n: n,
                note: "\(NumberText.integer(g.firstCount)) to \(NumberText.integer(g.lastCount))",
                json: [.estimate("absolute_change")])),
            .statistic(Statistic(
                key: "fold_change", label: "fold change", estimate: g.foldChange.value, unit: .times, n: n,
                note: "last / first", unavailable: g.foldChange.reason, json: [.estimate("fold_change")])),
            .statistic(Statistic(
                key: "cagr", label: "compound annual growth", estimate: g.compoundAnnualGrowthRate.value,
                unit: .fractionAsPercentAYear, n: n, note: "over \(NumberText.significant(g.years, 3)) years",
                unavailable: g.compoundAnnualGrowthRate.reason,
                json: [.estimate("cagr"), .scaledEstimate("cagr_percent", by: 100)])),
        ] }
    }

    static func linear(_ c: Computed<LinearTrend>, n: Int) -> StatisticGroup {
        StatisticGroup(key: "linear", c, label: "linear trend (OLS)", statisticKey: "linear_slope", n: n) { l in [
            .statistic(Statistic(
                key: "linear_slope", label: "linear trend (OLS)", estimate: l.slope, unit: .perYear,
                interval: StatisticInterval(l.interval), p: l.pValue, n: n,
                note: "people per year; R2 \(NumberText.significant(l.rSquared, 3))",
                details: ["standard_error": number(l.standardError), "r_squared": number(l.rSquared)],
                json: [.estimate("slope_per_year"), .detail("standard_error"), .interval("interval"), .p("p_value"), .detail("r_squared")])),
        ] }
    }

    static func logLinear(_ c: Computed<LogLinearTrend>, n: Int) -> StatisticGroup {
        StatisticGroup(key: "log_linear", c, label: "log-linear APC", statisticKey: "log_linear_apc", n: n) { l in
            var note = "R2 \(NumberText.significant(l.rSquared, 3)) on the log scale"
            if l.zerosExcluded > 0 { note += "; \(l.zerosExcluded) zero count\(l.zerosExcluded == 1 ? "" : "s") left out" }
            let time: StatisticInterval = switch l.doublingTimeInterval {
            case .value(let d): StatisticInterval(d)
            case .unavailable(let r): .unavailable(r)
            }
            return [
                .field("n", .int(l.n)), .field("zeros_excluded", .int(l.zerosExcluded)),
                .field("slope", .number(l.slope)), .field("standard_error", .number(l.standardError)),
                .field("slope_interval", StatisticInterval.json(l.slopeInterval)), .field("p_value", .number(l.pValue)),
                .statistic(Statistic(
                    key: "log_linear_apc", label: "log-linear APC", estimate: l.annualPercentChange, unit: .percentAYear,
                    interval: StatisticInterval(l.annualPercentChangeInterval), p: l.pValue, n: l.n, note: note,
                    json: [.estimate("apc"), .interval("apc_interval")])),
                .statistic(Statistic(
                    key: l.isGrowing ? "doubling_time" : "halving_time", label: l.isGrowing ? "doubling time" : "halving time",
                    estimate: l.doublingTime, unit: .years, interval: time, n: l.n, note: "ln 2 / slope",
                    json: [.estimate(l.isGrowing ? "doubling_time_years" : "halving_time_years"),
                           .interval("time_interval"), .intervalReason("time_interval_reason")])),
                .field("r_squared", .number(l.rSquared)),
            ]
        }
    }

    static func poisson(_ c: Computed<PoissonTrend>, n: Int) -> StatisticGroup {
        StatisticGroup(key: "poisson", c, label: "Poisson APC", statisticKey: "poisson_apc", n: n) { p in [
            .field("slope", .number(p.slope)), .field("standard_error", .number(p.standardError)),
            .field("slope_interval", StatisticInterval.json(p.interval)), .field("p_value", .number(p.pValue)),
            .statistic(Statistic(
                key: "poisson_apc", label: "Poisson APC", estimate: p.annualPercentChange, unit: .percentAYear,
                interval: StatisticInterval(p.annualPercentChangeInterval), p: p.pValue, n: n,
                note: "deviance \(NumberText.significant(p.deviance, 4)) on \(p.n - 2) df",
                json: [.estimate("apc"), .interval("apc_interval")])),
            .field("deviance", .number(p.deviance)), .field("pearson_chi2", .number(p.pearsonChiSquare)),
            .statistic(Statistic(
                key: "dispersion", label: "dispersion", estimate: p.dispersion, unit: .plain(digits: 3, intervalDigits: 3),
                p: p.dispersionPValue, n: n, json: [.estimate("dispersion"), .p("dispersion_p_value")], inTables: false)),
            .field("overdispersed", .bool(p.isOverdispersed)),
            .statistic(Statistic(
                key: "quasi_poisson_apc", label: "quasi-Poisson APC", estimate: p.annualPercentChange, unit: .percentAYear,
                interval: StatisticInterval(p.quasiAnnualPercentChangeInterval), p: p.quasiPValue, n: n,
                note: "dispersion \(NumberText.significant(p.dispersion, 3))" + (p.isOverdispersed ? " (overdispersed)" : ""),
                details: ["quasi_standard_error": number(p.quasiStandardError)],
                json: [.detail("quasi_standard_error"), .interval("quasi_apc_interval"), .p("quasi_p_value")])),
            .field("warnings", .array(p.warnings.map { w in .object([("code", .string(w.code)), ("message", .string(w.description))]) })),
        ] }
    }

    static func theilSen(_ c: Computed<TheilSenSlope>, n: Int) -> StatisticGroup {
        StatisticGroup(key: "theil_sen", c, label: "Theil-Sen slope", statisticKey: "theil_sen_slope", n: n) { t in [
            .statistic(Statistic(
                key: "theil_sen_slope", label: "Theil-Sen slope", estimate: t.slope, unit: .perYear,
                interval: StatisticInterval(t.interval), n: n, note: "median of \(t.pairs) pairwise slopes",
                details: ["intercept": number(t.intercept), "pairs": .count(t.pairs),
                          "convention": .text("scipy.stats.theilslopes, method 'separate'")],
                json: [.estimate("slope_per_year"), .detail("intercept"), .interval("interval"), .detail("pairs"), .detail("convention")])),
        ] }
    }

    static func mannKendall(_ c: Computed<MannKendallTest>, n: Int) -> StatisticGroup {
        StatisticGroup(key: "mann_kendall", c, label: "Mann-Kendall trend test", statisticKey: "mann_kendall_tau", n: n) { m in [
            .statistic(Statistic(
                key: "mann_kendall_tau", label: "Mann-Kendall trend test", estimate: m.tau, unit: .tau, p: m.pValue, n: n,
                note: "S = \(m.s), Var(S) = \(NumberText.significant(m.varianceS, 5)), z = \(NumberText.significant(m.z, 3))",
                details: ["s": .count(m.s), "variance_s": number(m.varianceS), "z": number(m.z),
                          "convention": .text("pymannkendall original_test")],
                json: [.detail("s"), .detail("variance_s"), .detail("z"), .p("p_value"), .estimate("tau"), .detail("convention")])),
        ] }
    }
}
