#!/usr/bin/env python3
"""Reference values for `stats breakdown`: shares, changes, contributions (plain arithmetic),
chi-square test of homogeneity (scipy.stats.chi2_contingency, correction=False) and Wilson
intervals (statsmodels proportion_confint, method="wilson").

Writes Tests/TallyStatsTests/Fixtures/breakdown-reference.json.
    python3 scripts/reference/breakdown_reference.py
Conventions as documented in Sources/TallyStats/CompositionBreakdown.swift: the whole is the
published parent count, or the parts' sum when it is missing or below the sum; an unattributed
remainder is a category of its own when any date has one.
"""
import json
import os
import sys

import numpy as np
import scipy
import scipy.stats
import statsmodels
from statsmodels.stats.proportion import proportion_confint

LEVEL = 0.95

CASES = {
    # Memorial's lists, 2018-2023 (stats breakdown --from 2016-10 on the default dataset).
    "memorial_split": {
        "parts": ["political", "religious"],
        "dates": [["2018-03-01", 143, [46, 97]], ["2018-06-14", 158, [50, 108]], ["2018-09-01", 183, [46, 137]],
                  ["2019-10-30", 305, [53, 252]], ["2019-12", 314, [64, 250]], ["2020-01", 302, [63, 245]],
                  ["2020-04-15", 318, [62, 256]], ["2020-10-30", 362, [65, 297]], ["2021-08-16", 410, [81, 329]],
                  ["2021-10-27", 420, [80, 340]], ["2022-10-28", 502, [117, 385]], ["2023-10", 600, [185, 420]]],
    },
    "with_remainder": {
        "parts": ["a", "b", "c"],
        "dates": [["2019", 100, [20, 30, 10]], ["2020", 150, [25, 60, 15]], ["2021", 210, [30, 100, 40]]],
    },
    "whole_missing": {
        "parts": ["a", "b"],
        "dates": [["2019", None, [5, 15]], ["2020", None, [9, 31]], ["2021", 60, [10, 40]]],
    },
    "zero_column": {
        "parts": ["a", "b", "c"],
        "dates": [["2019", None, [12, 0, 30]], ["2020", None, [18, 0, 41]]],
    },
}


def compute(case):
    rows = []
    for label, whole, counts in case["dates"]:
        s = float(sum(counts))
        published = whole if whole is not None and whole >= s else None
        w = float(published) if published is not None else s
        remainder = (w - s) if published is not None else None
        unattributed = remainder if remainder is not None and remainder > 0 else None
        shares = [c / w for c in counts]
        z = [proportion_confint(c, w, alpha=1 - LEVEL, method="wilson") for c in counts]
        rows.append({"label": label, "whole": w, "whole_is_sum": published is None, "counts": counts,
                     "unattributed": unattributed, "shares": shares,
                     "unattributed_share": unattributed / w if unattributed is not None else None,
                     "wilson": [[float(lo), float(hi)] for lo, hi in z]})
    has_remainder = any((r["unattributed"] or 0) > 0 for r in rows)
    first, last = rows[0], rows[-1]
    dw = last["whole"] - first["whole"]
    changes = {}
    for j, p in enumerate(case["parts"]):
        changes[p] = {"absolute": last["counts"][j] - first["counts"][j],
                      "share_change_points": 100 * (last["shares"][j] - first["shares"][j]),
                      "contribution": (last["counts"][j] - first["counts"][j]) / dw if dw != 0 else None}
    if has_remainder:
        a, b = first["unattributed"] or 0, last["unattributed"] or 0
        changes["unattributed"] = {"absolute": b - a,
                                   "share_change_points": 100 * ((last["unattributed_share"] or 0) - (first["unattributed_share"] or 0)),
                                   "contribution": (b - a) / dw if dw != 0 else None}
    table = np.array([r["counts"] + ([r["unattributed"] or 0] if has_remainder else []) for r in rows], dtype=float)
    table = table[:, table.sum(axis=0) > 0]
    table = table[table.sum(axis=1) > 0, :]
    chi2, p, dof, _ = scipy.stats.chi2_contingency(table, correction=False)
    return {"rows": rows, "changes": changes, "chi2": {"statistic": float(chi2), "p": float(p), "df": int(dof)}}


doc = {"generator": "scripts/reference/breakdown_reference.py", "level": LEVEL,
       "versions": {"python": sys.version.split()[0], "numpy": np.__version__, "scipy": scipy.__version__,
                    "statsmodels": statsmodels.__version__},
       "cases": {name: {"input": case, "expected": compute(case)} for name, case in CASES.items()}}
path = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "TallyStatsTests", "Fixtures", "breakdown-reference.json")
with open(path, "w") as f:
    json.dump(doc, f, indent=1)
    f.write("\n")
print(f"wrote {len(CASES)} cases")
