#!/usr/bin/env python3
"""Reference values for `stats trend`, computed with statsmodels, scipy and pymannkendall.

Writes Tests/TallyStatsTests/Fixtures/trend-reference.json, which
Tests/TallyStatsTests/TrendReferenceTests.swift compares against Tally's own results.
    pip install statsmodels scipy pymannkendall
    python3 scripts/reference/trend_reference.py

Time is decimal years by Tally's documented convention, implemented here independently:
a full date is year + (day of year - 0.5) / days in year; a month is the middle of the month;
a year is year + 0.5.
"""
import calendar
import datetime
import json
import math
import os
import sys

import numpy as np
import pymannkendall
import scipy
import scipy.stats
import statsmodels
import statsmodels.api as sm

LEVEL = 0.95


def decimal_year(text):
    parts = [int(p) for p in text.split('-')]
    y = parts[0]
    days = 366 if calendar.isleap(y) else 365
    if len(parts) == 1:
        return y + 0.5
    if len(parts) == 2:
        m = parts[1]
        start = (datetime.date(y, m, 1) - datetime.date(y, 1, 1)).days
        length = calendar.monthrange(y, m)[1]
        return y + (start + length / 2) / days
    doy = (datetime.date(y, parts[1], parts[2]) - datetime.date(y, 1, 1)).days + 1
    return y + (doy - 0.5) / days


def yearly(start, counts):
    return [(str(start + i), c) for i, c in enumerate(counts)]


SERIES = {
    'smooth_rise': yearly(2010, [20, 24, 29, 35, 41, 50, 61, 73, 88, 106]),
    'flat_then_drop': yearly(2010, [100, 102, 101, 101, 103, 102, 90, 70, 65, 60]),
    'with_ties': yearly(2010, [5, 5, 7, 7, 7, 9, 9, 12, 12, 12, 15]),
    'with_zero': yearly(2012, [0, 3, 4, 8, 9, 15, 22, 30]),
    'irregular_dates': [('2015-02', 46), ('2015-06-01', 50), ('2016', 90), ('2016-10-28', 102),
                        ('2018-03-01', 143), ('2019-06-10', 296), ('2021-08', 410), ('2021-10-27', 420)],
    # The default dataset's total under the prefer-original source policy
    # (`stats show --category total --format csv`).
    'default_total': [("2013-10-30", 70), ("2014-03", 40), ("2014-10-31", 46), ("2015-02", 46), ("2015-06-01", 50),
                      ("2015-09", 45), ("2015-10", 50), ("2016-05", 87), ("2016-09", 100), ("2016-10-28", 102),
                      ("2017-05-29", 118), ("2017-10-30", 117), ("2018-01", 130), ("2018-03-01", 143),
                      ("2018-06-14", 158), ("2018-09-01", 183), ("2018-10-30", 195), ("2019-03", 236),
                      ("2019-06-10", 296), ("2019-07-09", 297), ("2019-10-30", 305), ("2019-12", 314),
                      ("2020-01", 302), ("2020-04-15", 318), ("2020-10-30", 362), ("2021-01", 349),
                      ("2021-08-16", 410), ("2021-10-27", 420), ("2022-10-28", 502), ("2023-10-06", 600),
                      ("2024-01-03", 631), ("2024-08-17", 767), ("2024-11-12", 778), ("2025-01", 803),
                      ("2025-05", 800), ("2025-12-30", 1262)],
}
# The seed claim: --from 2015-06 --to 2019-06.
SERIES['seed_claim'] = [p for p in SERIES['default_total'] if '2015-06' <= p[0][:7] <= '2019-06']


def ols(t, y):
    X = sm.add_constant(np.asarray(t) - np.mean(t))
    fit = sm.OLS(np.asarray(y, dtype=float), X).fit()
    lo, hi = fit.conf_int(alpha=1 - LEVEL)[1]
    return {'slope': fit.params[1], 'se': fit.bse[1], 'ci': [lo, hi], 'p': fit.pvalues[1], 'r_squared': fit.rsquared}


def reference(points):
    t = [decimal_year(d) for d, _ in points]
    y = [float(c) for _, c in points]
    out = {'dates': [d for d, _ in points], 'times': t, 'counts': y}
    years = t[-1] - t[0]
    out['growth'] = {'fold': y[-1] / y[0] if y[0] > 0 else None,
                     'cagr': (y[-1] / y[0]) ** (1 / years) - 1 if y[0] > 0 else None,
                     'absolute_change': y[-1] - y[0], 'years': years}
    out['linear'] = ols(t, y)
    keep = [i for i, c in enumerate(y) if c > 0]
    ll = ols([t[i] for i in keep], [math.log(y[i]) for i in keep])
    ll['zeros_excluded'] = len(y) - len(keep)
    ll['apc'] = 100 * (math.exp(ll['slope']) - 1)
    ll['apc_ci'] = [100 * (math.exp(v) - 1) for v in ll['ci']]
    ll['doubling_time'] = math.log(2) / abs(ll['slope'])
    ll['doubling_time_ci'] = [math.log(2) / ll['ci'][1], math.log(2) / ll['ci'][0]] if ll['ci'][0] > 0 else None
    out['log_linear'] = ll

    X = sm.add_constant(np.asarray(t) - np.mean(t))
    pois = sm.GLM(np.asarray(y), X, family=sm.families.Poisson()).fit(tol=1e-14, maxiter=300)
    quasi = sm.GLM(np.asarray(y), X, family=sm.families.Poisson()).fit(scale='X2', tol=1e-14, maxiter=300)
    pearson = float(np.sum(pois.resid_pearson ** 2))
    df = len(y) - 2
    out['poisson'] = {
        'slope': pois.params[1], 'se': pois.bse[1], 'ci': list(pois.conf_int(alpha=1 - LEVEL)[1]),
        'p': pois.pvalues[1], 'deviance': pois.deviance, 'pearson_chi2': pearson,
        'dispersion': pearson / df, 'dispersion_p': scipy.stats.chi2.sf(pearson, df),
        'apc': 100 * (math.exp(pois.params[1]) - 1),
        'quasi_se': quasi.bse[1], 'quasi_ci': list(quasi.conf_int(alpha=1 - LEVEL)[1]), 'quasi_p': quasi.pvalues[1],
    }
    ts = scipy.stats.theilslopes(y, t, alpha=LEVEL)
    out['theil_sen'] = {'slope': ts.slope, 'intercept': ts.intercept, 'ci': [ts.low_slope, ts.high_slope]}
    mk = pymannkendall.original_test(y)
    out['mann_kendall'] = {'s': int(mk.s), 'var_s': mk.var_s, 'z': mk.z, 'p': mk.p, 'tau': mk.Tau}
    return out


def plain(x):
    if isinstance(x, dict):
        return {k: plain(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [plain(v) for v in x]
    if isinstance(x, (np.floating, np.integer)):
        return x.item()
    return x


doc = {
    'generator': 'scripts/reference/trend_reference.py',
    'level': LEVEL,
    'versions': {'python': sys.version.split()[0], 'numpy': np.__version__, 'scipy': scipy.__version__,
                 'statsmodels': statsmodels.__version__, 'pymannkendall': pymannkendall.__version__},
    'series': {name: plain(reference(points)) for name, points in SERIES.items()},
}
path = os.path.join(os.path.dirname(__file__), '..', '..', 'Tests', 'TallyStatsTests', 'Fixtures', 'trend-reference.json')
with open(path, 'w') as f:
    json.dump(doc, f, indent=1)
    f.write('\n')
print(f"wrote {len(doc['series'])} series to {os.path.normpath(path)}")
