#!/usr/bin/env python3
"""matplotlib drawing the chart `make bench` times Tally drawing: one 1200x675 line chart of five
series from the default dataset, written to PNG and SVG."""
import csv
import os
import sys

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt

root = os.path.join(os.path.dirname(__file__), "..")
out = sys.argv[1] if len(sys.argv) > 1 else "/tmp"
wanted = ["total", "political", "religious", "ukrainian_citizens", "crimean_tatars"]
series = {c: [] for c in wanted}
with open(os.path.join(root, "datasets/memorial-political-prisoners/counts.csv"), newline="") as f:
    for row in csv.DictReader(f):
        if row["category"] in series:
            parts = [int(p) for p in row["date"].split("-")]
            t = parts[0] + ((parts[1] - 0.5) / 12 if len(parts) > 1 else 0.5)
            series[row["category"]].append((t, int(row["count"])))
fig, ax = plt.subplots(figsize=(12, 6.75), dpi=100)
for name, pts in series.items():
    pts.sort()
    ax.plot([p[0] for p in pts], [p[1] for p in pts], marker="o", label=name)
ax.set_title("Recognised political prisoners (Memorial lists)")
ax.legend()
fig.text(0.01, 0.01, "Source: Memorial Human Rights Centre and others")
fig.savefig(os.path.join(out, "mpl.png"))
fig.savefig(os.path.join(out, "mpl.svg"))
