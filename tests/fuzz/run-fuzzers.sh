#!/usr/bin/env bash
# Runs every fuzz target built in BUILD_DIR for SECONDS each and prints one
# line per target: runs, executions per second, coverage, and whether it found
# anything. Exits 1 when any target crashed, leaked or timed out.
#   tests/fuzz/run-fuzzers.sh BUILD_DIR [SECONDS] [--empty]
# --empty starts from an empty corpus instead of a copy of tests/fuzz/corpus.
set -uo pipefail

build=${1:?usage: $0 BUILD_DIR [SECONDS] [--empty]}
seconds=${2:-30}
empty=${3:-}
source_dir=$(cd "$(dirname "$0")" && pwd)
work="$build/fuzz-runs"
mkdir -p "$work"

status=0
printf '%-24s %10s %8s %6s %8s  %s\n' target runs exec/s cov ft result
for fuzzer in "$build"/fuzz_*; do
    if [ ! -f "$fuzzer" ] || [ ! -x "$fuzzer" ]; then continue; fi
    name=$(basename "$fuzzer")
    corpus="$work/$name-corpus"
    rm -rf "$corpus" "$work/$name-artifacts"
    mkdir -p "$corpus" "$work/$name-artifacts"
    # A copy: the inputs the fuzzer adds stay in the build folder.
    if [ "$empty" != --empty ] && [ -d "$source_dir/corpus/${name#fuzz_}" ]; then
        cp "$source_dir/corpus/${name#fuzz_}"/* "$corpus"/
    fi
    log="$work/$name.log"
    "$fuzzer" -max_total_time="$seconds" -print_final_stats=1 \
        -artifact_prefix="$work/$name-artifacts/" "$corpus" >"$log" 2>&1
    rc=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
    ft=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
    result=ok
    if [ $rc -ne 0 ] || ls "$work/$name-artifacts/"* >/dev/null 2>&1; then
        result="FAILED (exit $rc; see $log)"
        status=1
    fi
    printf '%-24s %10s %8s %6s %8s  %s\n' "$name" "${runs:-?}" "${speed:-?}" "${cov:-?}" \
        "${ft:-?}" "$result"
done
exit $status
