#!/usr/bin/env bash
# Instructions executed by one-core ingest + analysis of a directory
# (default PolNeAR train), counted by cachegrind: a figure that does not
# move with the machine's load, for comparing two versions of the
# analysis. Needs valgrind (apt-get install valgrind).
#
#   scripts/instructions.sh [DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
DIR=${1:-../shared/corpus/polnear-train/text}
cargo build --release --quiet --example analyse_once
out=$(mktemp)
trap 'rm -f "$out"' EXIT
RAYON_NUM_THREADS=1 valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
    target/release/examples/analyse_once "$DIR" 1 >"$out" 2>&1
refs=$(sed -n 's/.*I *refs: *\([0-9,]*\).*/\1/p' "$out" | tr -d ,)
bytes=$(sed -n 's/.*bytes=\([0-9]*\).*/\1/p' "$out")
echo "instructions=$refs bytes=$bytes per_byte=$((refs / bytes))"
