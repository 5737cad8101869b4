import Foundation
import Testing
import TallyData
@testable import TallyStats

/// Every trend statistic against statsmodels, scipy and pymannkendall
/// (scripts/reference/trend_reference.py wrote Fixtures/trend-reference.json; library versions
/// are recorded in it). Tolerances, relative: 1e-9 for growth, OLS and log-linear estimates;
/// 1e-7 for Poisson estimates; 1e-6 for interval ends and p-values (absolute 1e-12 near zero);
/// exact for Mann-Kendall S and Theil-Sen slopes.
@Suite("Trend statistics against statsmodels, scipy and pymannkendall")
struct TrendReferenceTests {
    struct Reference: Decodable {
        struct OLS: Decodable {
            let slope, se, p, r_squared: Double
            let ci: [Double]
            let apc: Double?
            let apc_ci: [Double]?
            let doubling_time: Double?
            let doubling_time_ci: [Double]?
            let zeros_excluded: Int?
        }
        struct Growth: Decodable { let fold, cagr: Double?; let absolute_change, years: Double }
        struct Poisson: Decodable {
            let slope, se, p, deviance, pearson_chi2, dispersion, dispersion_p, apc, quasi_se, quasi_p: Double
            let ci, quasi_ci: [Double]
        }
        struct TheilSen: Decodable { let slope, intercept: Double; let ci: [Double] }
        struct MannKendall: Decodable { let s: Int; let var_s, z, p, tau: Double }
        struct Series: Decodable {
            let dates: [String]
            let times, counts: [Double]
            let growth: Growth
            let linear, log_linear: OLS
            let poisson: Poisson
            let theil_sen: TheilSen
            let mann_kendall: MannKendall
        }
        let level: Double
        let series: [String: Series]
    }

    static let reference = try! JSONDecoder().decode(Reference.self, from: FixtureFiles.data("trend-reference.json"))
    static let names = reference.series.keys.sorted()

    func close(_ a: Double?, _ b: Double?, rel: Double, abs floor: Double = 0, _ what: String) {
        guard let a, let b else { #expect(a == nil && b == nil, "\(what): \(String(describing: a)) vs \(String(describing: b))"); return }
        let ok = abs(a - b) <= max(rel * abs(b), floor)
        #expect(ok, "\(what): \(a) vs reference \(b), relative error \(abs(a - b) / abs(b))")
    }

    @Test(arguments: names)
    func matchesTheReference(_ name: String) throws {
        let ref = Self.reference.series[name]!
        // Time conversion: Tally's PartialDate against the script's independent implementation.
        let times = ref.dates.map { PartialDate($0)!.decimalYear }
        #expect(times == ref.times)
        let a = TrendAnalysis(times: times, counts: ref.counts, level: Self.reference.level)

        let g = try #require(a.growth.value)
        close(g.foldChange.value, ref.growth.fold, rel: 1e-9, "\(name) fold")
        close(g.compoundAnnualGrowthRate.value, ref.growth.cagr, rel: 1e-9, "\(name) CAGR")
        close(g.absoluteChange, ref.growth.absolute_change, rel: 1e-12, "\(name) change")

        let l = try #require(a.linear.value)
        close(l.slope, ref.linear.slope, rel: 1e-9, "\(name) linear slope")
        close(l.standardError, ref.linear.se, rel: 1e-9, "\(name) linear se")
        close(l.rSquared, ref.linear.r_squared, rel: 1e-9, "\(name) linear R2")
        close(l.interval.lower, ref.linear.ci[0], rel: 1e-6, "\(name) linear CI low")
        close(l.interval.upper, ref.linear.ci[1], rel: 1e-6, "\(name) linear CI high")
        close(l.pValue, ref.linear.p, rel: 1e-6, abs: 1e-12, "\(name) linear p")

        let ll = try #require(a.logLinear.value)
        #expect(ll.zerosExcluded == ref.log_linear.zeros_excluded)
        close(ll.slope, ref.log_linear.slope, rel: 1e-9, "\(name) log slope")
        close(ll.standardError, ref.log_linear.se, rel: 1e-9, "\(name) log se")
        close(ll.rSquared, ref.log_linear.r_squared, rel: 1e-9, "\(name) log R2")
        close(ll.annualPercentChange, ref.log_linear.apc, rel: 1e-9, "\(name) APC")
        close(ll.annualPercentChangeInterval.lower, ref.log_linear.apc_ci![0], rel: 1e-6, "\(name) APC CI low")
        close(ll.annualPercentChangeInterval.upper, ref.log_linear.apc_ci![1], rel: 1e-6, "\(name) APC CI high")
        close(ll.pValue, ref.log_linear.p, rel: 1e-6, abs: 1e-12, "\(name) log p")
        close(ll.doublingTime, ref.log_linear.doubling_time, rel: 1e-9, "\(name) doubling time")
        if let ci = ref.log_linear.doubling_time_ci {
            let mine = try #require(ll.doublingTimeInterval.value)
            close(mine.lower, ci[0], rel: 1e-6, "\(name) doubling CI low")
            close(mine.upper, ci[1], rel: 1e-6, "\(name) doubling CI high")
        } else {
            #expect(ll.doublingTimeInterval.value == nil || ll.slope < 0)
        }

        let p = try #require(a.poisson.value)
        close(p.slope, ref.poisson.slope, rel: 1e-7, "\(name) Poisson slope")
        close(p.standardError, ref.poisson.se, rel: 1e-7, "\(name) Poisson se")
        close(p.deviance, ref.poisson.deviance, rel: 1e-7, "\(name) deviance")
        close(p.pearsonChiSquare, ref.poisson.pearson_chi2, rel: 1e-7, "\(name) Pearson X2")
        close(p.dispersion, ref.poisson.dispersion, rel: 1e-7, "\(name) dispersion")
        close(p.annualPercentChange, ref.poisson.apc, rel: 1e-7, "\(name) Poisson APC")
        close(p.interval.lower, ref.poisson.ci[0], rel: 1e-6, "\(name) Poisson CI low")
        close(p.interval.upper, ref.poisson.ci[1], rel: 1e-6, "\(name) Poisson CI high")
        close(p.pValue, ref.poisson.p, rel: 1e-6, abs: 1e-12, "\(name) Poisson p")
        close(p.dispersionPValue, ref.poisson.dispersion_p, rel: 1e-6, abs: 1e-12, "\(name) dispersion p")
        close(p.quasiStandardError, ref.poisson.quasi_se, rel: 1e-7, "\(name) quasi se")
        close(p.quasiInterval.lower, ref.poisson.quasi_ci[0], rel: 1e-6, "\(name) quasi CI low")
        close(p.quasiInterval.upper, ref.poisson.quasi_ci[1], rel: 1e-6, "\(name) quasi CI high")
        close(p.quasiPValue, ref.poisson.quasi_p, rel: 1e-6, abs: 1e-12, "\(name) quasi p")
        // Underdispersion is said exactly when statsmodels' dispersion is below 1.
        #expect(p.warnings.contains(.underdispersed(dispersion: p.dispersion)) == (ref.poisson.dispersion < 1), "\(name) underdispersion")

        let ts = try #require(a.theilSen.value)
        #expect(ts.slope == ref.theil_sen.slope, "\(name) Theil-Sen slope")
        #expect(ts.interval.lower == ref.theil_sen.ci[0], "\(name) Theil-Sen CI low")
        #expect(ts.interval.upper == ref.theil_sen.ci[1], "\(name) Theil-Sen CI high")
        close(ts.intercept, ref.theil_sen.intercept, rel: 1e-12, "\(name) Theil-Sen intercept")

        let mk = try #require(a.mannKendall.value)
        #expect(mk.s == ref.mann_kendall.s, "\(name) Mann-Kendall S")
        close(mk.varianceS, ref.mann_kendall.var_s, rel: 1e-12, "\(name) Var(S)")
        close(mk.z, ref.mann_kendall.z, rel: 1e-12, "\(name) z")
        close(mk.tau, ref.mann_kendall.tau, rel: 1e-12, "\(name) tau")
        close(mk.pValue, ref.mann_kendall.p, rel: 1e-6, abs: 1e-12, "\(name) Mann-Kendall p")
    }
}
