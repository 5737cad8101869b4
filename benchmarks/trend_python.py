#!/usr/bin/env python3
"""The Python stack doing the job `stats trend` does, for comparison in `make bench`:
read the default dataset's counts with pandas, keep Memorial's totals, fit OLS and Poisson
trends with intervals (statsmodels)."""
import os
import sys

import numpy as np
import pandas as pd
import statsmodels.api as sm

root = os.path.join(os.path.dirname(__file__), '..')
counts = pd.read_csv(os.path.join(root, 'datasets/memorial-political-prisoners/counts.csv'))
total = counts[counts.category == 'total'].drop_duplicates('date').copy()
total['t'] = total.date.str[:4].astype(float)
X = sm.add_constant(total.t - total.t.mean())
ols = sm.OLS(np.log(total['count']), X).fit()
pois = sm.GLM(total['count'], X, family=sm.families.Poisson()).fit()
print(ols.params.iloc[1], ols.conf_int().iloc[1].tolist(), pois.params.iloc[1], pois.conf_int().iloc[1].tolist())
