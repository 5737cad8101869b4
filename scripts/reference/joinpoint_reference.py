#!/usr/bin/env python3
"""Reference values for `stats joinpoint`: an independent brute-force fit.

For each series and each number of joinpoints k (0, 1, 2), every placement of joinpoints at
observations allowed by the rules (at least 2 observations from each end and 2 between
joinpoints) is fitted with numpy's least squares on ln(count); the smallest SSE wins (earliest
placement on ties). Writes Tests/TallyStatsTests/Fixtures/joinpoint-reference.json with the
joinpoint indices, SSE and each segment's slope and APC.
    python3 scripts/reference/joinpoint_reference.py
"""
import itertools
import json
import math
import os
import sys

import numpy as np

SERIES = {
    # A clean change of slope at index 5 with small noise.
    "two_slopes": [(2000 + i, round(100 * math.exp(0.05 * i if i <= 5 else 0.25 + 0.3 * (i - 5)) * (1 + 0.01 * ((-1) ** i))))
                   for i in range(12)],
    # Rise, flat, rise (two changes).
    "rise_flat_rise": [(2010 + i, c) for i, c in enumerate([20, 26, 33, 41, 52, 53, 52, 54, 53, 68, 88, 110, 140, 181, 230])],
    # Irregular decimal times.
    "irregular": [(2015.42, 50), (2015.7, 45), (2015.79, 50), (2016.37, 87), (2016.71, 100), (2016.82, 102), (2017.41, 118),
                  (2017.83, 117), (2018.04, 130), (2018.16, 143), (2018.45, 158), (2018.67, 183), (2018.83, 195),
                  (2019.2, 236), (2019.44, 296)],
}


def fit(t, y, js):
    n = len(t)
    X = np.column_stack([np.ones(n), t - t.mean()] + [np.maximum(0, t - t[j]) for j in js])
    b, *_ = np.linalg.lstsq(X, y, rcond=None)
    r = y - X @ b
    return b, float(r @ r)


def placements(n, k, min_end=2, min_between=2):
    return [c for c in itertools.combinations(range(min_end, n - min_end), k)
            if all(b - a >= min_between + 1 for a, b in zip(c, c[1:]))]


out = {}
for name, pts in SERIES.items():
    t = np.array([p[0] for p in pts], dtype=float)
    y = np.log(np.array([p[1] for p in pts], dtype=float))
    per_k = {}
    for k in range(3):
        best = None
        for js in placements(len(t), k):
            b, sse = fit(t, y, js)
            if best is None or sse < best[1] - 1e-12 * max(1, best[1]):
                best = (js, sse, b)
        if best is None:
            continue
        js, sse, b = best
        slopes = [float(b[1] + sum(b[2:2 + m])) for m in range(k + 1)]
        per_k[str(k)] = {"joinpoints": list(js), "sse": sse, "slopes": slopes,
                         "apc": [100 * (math.exp(s) - 1) for s in slopes]}
    out[name] = {"times": [float(v) for v in t], "counts": [p[1] for p in pts], "fits": per_k}

path = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "TallyStatsTests", "Fixtures", "joinpoint-reference.json")
with open(path, "w") as f:
    json.dump({"generator": "scripts/reference/joinpoint_reference.py",
               "versions": {"python": sys.version.split()[0], "numpy": np.__version__}, "series": out}, f, indent=1)
    f.write("\n")
print(f"wrote {len(out)} series")
