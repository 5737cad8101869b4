#!/usr/bin/env bash
# `make bench`: whole-process medians on this machine, side by side. Timings are noisy
# (about ±20% on a shared 2-core machine): compare ratios measured in the same run.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.build/release
runs=${RUNS:-21}
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
t --label "baseline: /bin/true (process start-up)" -- /bin/true
