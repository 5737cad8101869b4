#!/usr/bin/env bash
# Runs fuzz targets for FUZZ_SECONDS each (default 60), FUZZ_JOBS at a time (default 2).
#
# Each target starts (with Fuzz/Dictionaries/<name>.dict, the format's words, when there is one) from its committed seed corpus (Fuzz/Corpus/<name>/, read only) and keeps
# what it grows in .build-fuzz/corpus/<name>/ (not committed). Crashes, leaks, timeouts and
# out-of-memory inputs are written to Fuzz/findings/<name>/ (crash-*, leak-*, timeout-*, oom-*),
# and the log to Fuzz/findings/<name>/fuzz.log. Exit status 1 when any target left a finding.
#
# Usage: [FUZZ_SECONDS=60] [FUZZ_JOBS=2] [FUZZ_ARGS="..."] Fuzz/run.sh [name ...]
# Reproduce a finding: .build-fuzz/build/debug/fuzz-<name> Fuzz/findings/<name>/crash-...
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
seconds="${FUZZ_SECONDS:-60}"
jobs="${FUZZ_JOBS:-2}"
# Swift's own crash backtracer fights ASan over the signal (and reads the stack as ASan forbids):
# off, so libFuzzer reports the trap with its stack. Known toolchain leaks: Fuzz/lsan.supp.
export SWIFT_BACKTRACE=enable=no
export LSAN_OPTIONS="suppressions=$root/Fuzz/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
    for dir in "$root"/Fuzz/Targets/*/; do names+=("$(basename "$dir")"); done
fi

run_one() {
    local name="$1"
    local exe="$root/.build-fuzz/build/debug/fuzz-$name"
    local findings="$root/Fuzz/findings/$name"
    local grown="$root/.build-fuzz/corpus/$name"
    [ -x "$exe" ] || { echo "error: $exe is missing; run Fuzz/build.sh $name" >&2; return 66; }
    mkdir -p "$findings" "$grown"
    local dict=()
    [ -f "$root/Fuzz/Dictionaries/$name.dict" ] && dict=(-dict="$root/Fuzz/Dictionaries/$name.dict")
    # -timeout: one input taking longer than 10 s is a hang; -rss_limit_mb: 2 GB is a memory bomb.
    # -max_len: 64 KiB is room for a small package or case file.
    "$exe" "$grown" "$root/Fuzz/Corpus/$name" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -print_final_stats=1 -artifact_prefix="$findings/" "${dict[@]}" ${FUZZ_ARGS:-} > "$findings/fuzz.log" 2>&1
    local status=$?
    local units
    units=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$findings/fuzz.log" | grep -o '[0-9]*$' | tail -1 || true)
    local found
    found=$(find "$findings" -maxdepth 1 -type f ! -name fuzz.log | wc -l)
    echo "fuzz-$name: ${seconds}s, ${units:-?} runs, corpus $(ls "$grown" | wc -l) grown + $(ls "$root/Fuzz/Corpus/$name" | wc -l) seeds, $found finding(s) in Fuzz/findings/$name/ (exit $status)"
    [ "$found" -eq 0 ]
}

status=0
running=0
for name in "${names[@]}"; do
    run_one "$name" &
    running=$((running + 1))
    if [ "$running" -ge "$jobs" ]; then wait -n || status=1; running=$((running - 1)); fi
done
while [ "$running" -gt 0 ]; do wait -n || status=1; running=$((running - 1)); done
exit $status
