/// The formulas behind `stats trend`, printed by `--explain`.
extension TrendReport {
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
