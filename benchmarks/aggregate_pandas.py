#!/usr/bin/env python3
"""pandas doing what `stats aggregate` does in `make bench`: yearly stock on 31 December and
yearly inflow for 2010-2024 from case records (id,category,detained_on,released_on), one
category per record as the first listed, partial dates as full dates where pandas parses them."""
import sys

import numpy as np
import pandas as pd

df = pd.read_csv(sys.argv[1], dtype=str, keep_default_na=False)
det = pd.to_datetime(df["detained_on"], format="mixed")
rel = pd.to_datetime(df["released_on"].replace("", None), format="mixed")
cat = df["category"].str.split(";").str[0]
out = []
for year in range(2010, 2025):
    d = pd.Timestamp(year=year, month=12, day=31)
    held = (det <= d) & (rel.isna() | (rel > d))
    inflow = det.dt.year == year
    out.append((year, held.groupby(cat).sum(), inflow.groupby(cat).sum()))
print(len(out))
