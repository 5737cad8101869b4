#!/usr/bin/env bash
# `make bench`: whole-process medians on this machine, side by side. Timings are noisy
# (about ±20% on a shared 2-core machine): compare ratios measured in the same run.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.build/release
runs=${RUNS:-21}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
t() { python3 benchmarks/median_time.py --runs "$runs" "$@"; }

echo "== stats trend (issue 3): the default job, start-up included"
t --label "stats trend (default dataset)" -- $bin/stats trend
t --label "stats trend --format json" -- $bin/stats trend --format json
t --label "stats show" -- $bin/stats show
if python3 -c "import pandas, statsmodels" 2>/dev/null; then
  t --runs 5 --label "python: pandas + statsmodels, same job" -- python3 benchmarks/trend_python.py
else
  echo "(pandas/statsmodels not installed: pip install statsmodels to compare)"
fi

echo
echo "== chart (issue 6): a 1200x675 line chart of five series, PNG and SVG"
five=(--category total --category political --category religious --category ukrainian_citizens --category crimean_tatars)
t --label "chart line, png + svg" -- $bin/chart line "${five[@]}" --out "$out/c.png" --out "$out/c.svg"
t --label "chart line, png only" -- $bin/chart line "${five[@]}" --out "$out/c.png"
t --label "chart line, svg only" -- $bin/chart line "${five[@]}" --out "$out/c.svg"
if python3 -c "import matplotlib" 2>/dev/null; then
  t --runs 5 --label "python: matplotlib, png + svg" -- python3 benchmarks/chart_matplotlib.py "$out"
else
  echo "(matplotlib not installed: pip install matplotlib to compare)"
fi

echo
echo "== stats joinpoint (issue 4): 15 observations, up to 2 joinpoints, 4499 permutations, two threads"
t --runs 7 --label "joinpoint permutation test" -- $bin/stats joinpoint --quiet --method permutation --from 2015-06 --to 2019-06 --max-joinpoints 2

echo
echo "== stats aggregate (issue 8): SYNTHETIC case records to yearly stock and flows, 2010-2024"
$bin/stats synthetic-cases --minimal --count 1000000 --seed 1 --out "$out/cases-1e6.csv"
t --runs 9 --label "aggregate 10^6 records" -- $bin/stats aggregate "$out/cases-1e6.csv" --from 2010 --to 2024 --out "$out/a.csv" --flows "$out/f.csv"
if python3 -c "import pandas" 2>/dev/null; then
  t --runs 3 --label "python: pandas, same job" -- python3 benchmarks/aggregate_pandas.py "$out/cases-1e6.csv"
fi
if [ "${BENCH_LARGE:-1}" = 1 ]; then
  $bin/stats synthetic-cases --minimal --count 10000000 --seed 2 --out "$out/cases-1e7.csv"
  t --runs 3 --label "aggregate 10^7 records" -- $bin/stats aggregate "$out/cases-1e7.csv" --from 2010 --to 2024 --out "$out/a.csv" --flows "$out/f.csv"
  rm -f "$out/cases-1e7.csv"
fi

echo
t --label "baseline: /bin/true (process start-up)" -- /bin/true
