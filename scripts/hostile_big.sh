#!/usr/bin/env bash
# The 200 MB case of issue 7, as a benchmark: generates a 200 MB news file
# (paragraphs of quotes and names, hostile bytes mixed in) and times
# `hearsay export` on it with peak memory (/usr/bin/time -v), then a
# 50 MB file for the linearity ratio.
#
#   scripts/hostile_big.sh [SIZE_MB]     (default 200; HEARSAY_BIN=...)
set -euo pipefail
ROOT="$(git -C "$(dirname "$0")" rev-parse --show-toplevel)"
MB=${1:-200}
if [ -z "${HEARSAY_BIN:-}" ]; then
  (cd "$ROOT" && cargo build --release --quiet)
  HEARSAY_BIN="$ROOT/target/release/hearsay"
fi
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

gen() { # SIZE_MB FILE
  python3 - "$1" "$2" <<'PY'
import sys
mb, path = int(sys.argv[1]), sys.argv[2]
para = ("\u201cWe will not give up,\u201d Minister Anna Berg said on Tuesday in Oslo, "
        "and Berg added that \x1b]52;c;aGVsbG8=\x07nothing was agreed.\t"
        "\u202e\u65e5\u672c\u8a9e \U0001F389 \u0645\u0631\u062d\u0628\u0627\n\n").encode()
with open(path, "wb") as f:
    f.write(b"A Two Hundred Megabyte Article\n\n")
    block = para * 1000 + b"\xff\xfe bad bytes\n\n"
    n = mb * 1024 * 1024 // len(block) + 1
    for _ in range(n):
        f.write(block)
PY
}

run() { # SIZE_MB
  local f="$WORK/big-$1.txt"
  gen "$1" "$f"
  /usr/bin/time -v "$HEARSAY_BIN" export "$f" > "$WORK/out.json" 2> "$WORK/time.txt" || {
    cat "$WORK/time.txt"; exit 1; }
  local secs rss
  secs=$(grep 'Elapsed (wall clock)' "$WORK/time.txt" | awk '{print $NF}')
  rss=$(grep 'Maximum resident set size' "$WORK/time.txt" | awk '{print $NF}')
  printf '%4s MB in: %s wall, peak RSS %s MB, export %s MB\n' \
    "$(( $(stat -c %s "$f") / 1048576 ))" "$secs" "$((rss / 1024))" \
    "$(( $(stat -c %s "$WORK/out.json") / 1048576 ))"
  rm -f "$f" "$WORK/out.json"
}

run $((MB / 4))
run "$MB"
