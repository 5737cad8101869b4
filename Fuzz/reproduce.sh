#!/usr/bin/env bash
# Runs one fuzz target on given inputs once each (no fuzzing) and shows what happens, with the
# same environment as Fuzz/run.sh. Exit status is the target's: 0 when every input passed.
#
# Usage: Fuzz/reproduce.sh NAME FILE... [libFuzzer flags, e.g. -minimize_crash=1 -runs=10000]
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
name="${1:?usage: Fuzz/reproduce.sh NAME FILE...}"
shift
export SWIFT_BACKTRACE=enable=no
export LSAN_OPTIONS="suppressions=$root/Fuzz/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
exec "$root/.build-fuzz/build/debug/fuzz-$name" -timeout=10 -rss_limit_mb=2048 "$@"
