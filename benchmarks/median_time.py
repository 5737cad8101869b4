#!/usr/bin/env python3
"""Runs a command several times and prints the median wall time and peak memory.

    python3 benchmarks/median_time.py --runs 11 --label "stats trend" -- .build/release/stats trend
Whole-process timing, start-up included; output is discarded. Peak memory is the child's
maximum resident set size (getrusage). Prints one line: label, median ms, min ms, max ms, peak MiB.
"""
import argparse
import os
import resource
import statistics
import subprocess
import sys
import time

p = argparse.ArgumentParser()
p.add_argument('--runs', type=int, default=11)
p.add_argument('--label', required=True)
p.add_argument('command', nargs=argparse.REMAINDER)
a = p.parse_args()
cmd = a.command[1:] if a.command and a.command[0] == '--' else a.command

times = []
peak = 0
for _ in range(a.runs):
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    times.append((time.perf_counter() - start) * 1000)
    peak = max(peak, usage.ru_maxrss / 1024)
    if status != 0:
        sys.exit(f"{a.label}: command failed with status {status}: {' '.join(cmd)}")
print(f"{a.label:<45} median {statistics.median(times):9.1f} ms   min {min(times):9.1f}   max {max(times):9.1f}   peak {peak:7.1f} MiB")
