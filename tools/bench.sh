#!/usr/bin/env bash
# Times the benchmark programs in vm/benches/programs with the interpreter
# (release build), best of N runs, and, when a reference CPython is available,
# the ratio to it. The reference is $PYTHON, else python3.14 on PATH, else the
# one tools/fetch-cpython314.sh unpacks.
#
#   tools/bench.sh [RUNS]        # default 5 runs per program
#   PYTHON=python3.11 tools/bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
cargo build --quiet --release -p pyvm
vm=target/release/pyvm
ref=${PYTHON:-}
if [ -z "$ref" ] && command -v python3.14 >/dev/null; then ref=python3.14; fi
if [ -z "$ref" ] && [ -x tools/.cpython314/python3.14 ]; then ref=$PWD/tools/.cpython314/python3.14; fi

best_of() {
  local best=""
  for _ in $(seq "$runs"); do
    local start end t
    start=$(date +%s.%N)
    "$@" >/dev/null 2>&1 || { echo "FAILED: $*" >&2; return 1; }
    end=$(date +%s.%N)
    t=$(echo "$end - $start" | bc -l)
    if [ -z "$best" ] || (( $(echo "$t < $best" | bc -l) )); then best=$t; fi
  done
  printf '%.3f' "$best"
}

printf '%-10s %10s %10s %8s\n' program pyvm reference ratio
for py in vm/benches/programs/*.py; do
  name=$(basename "$py" .py)
  dir=$(dirname "$py")
  ours=$(cd "$dir" && best_of "../../../$vm" "$name.pyc")
  if [ -n "$ref" ]; then
    theirs=$(cd "$dir" && best_of "$ref" "$name.py")
    ratio=$(echo "$ours / $theirs" | bc -l)
    printf '%-10s %9ss %9ss %7.2fx\n' "$name" "$ours" "$theirs" "$ratio"
  else
    printf '%-10s %9ss %10s %8s\n' "$name" "$ours" "-" "-"
  fi
done
[ -n "$ref" ] && echo "reference: $($ref --version 2>&1)" || echo "no CPython 3.14 found: run tools/fetch-cpython314.sh or set PYTHON=... to compare"
