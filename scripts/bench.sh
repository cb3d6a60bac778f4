#!/usr/bin/env bash
# The performance table (README, "Performance"): builds release, writes the
# benchmark corpora (target/bench-corpus/N, from PolNeAR train) and measures
# for each N: corpus size, `hearsay export` wall time and peak memory,
# ingest + analysis on one core, the reader's first frame with the corpus
# (in tmux, HEARSAY_BENCH_FIRST_FRAME=1), finder latency per keystroke and
# the person -> quotes jump and the view of an entity never quoted
# (examples/bench_probe.rs).
#
#   scripts/bench.sh                  # N = 1000 10000 100000 (some minutes)
#   SIZES="1000 10000" scripts/bench.sh
#   QUERY=carson scripts/bench.sh     # the name typed in the finder
#
# Needs /usr/bin/time (apt-get install time) and tmux.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=${SIZES:-"1000 10000 100000"}
QUERY=${QUERY:-carson}
TEMPLATES=${TEMPLATES:-../shared/corpus/polnear-train/text}

cargo build --release --quiet --bin hearsay --example gen_corpus --example bench_probe
BIN=target/release/hearsay
tmp=$(mktemp -d)
sock="hearsay-bench-$$"
trap 'tmux -L "$sock" kill-server 2>/dev/null || true; rm -rf "$tmp"' EXIT
mkdir -p "$tmp/config" "$tmp/data"

first_frame() { # DIR -> "A / Q": ms from start to the first frame with
    # the articles, and to the first with their quotes and people (the same
    # frame for corpora under 2 MB, drawn analysed)
    local dir=$1
    tmux -L "$sock" new-session -d -s bench -x 160 -y 48 \
        "env XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data HEARSAY_BENCH_FIRST_FRAME=1 $BIN $dir 2>$tmp/ff.txt"
    while tmux -L "$sock" has-session -t bench 2>/dev/null; do sleep 0.05; done
    local articles quotes
    articles=$(sed -n 's/.*first frame with the articles after \([0-9.]*\) ms.*/\1/p' "$tmp/ff.txt")
    quotes=$(sed -n 's/.*first frame with quotes and people after \([0-9.]*\) ms.*/\1/p' "$tmp/ff.txt")
    echo "$articles / $quotes"
}

rows=()
for n in $SIZES; do
    dir=target/bench-corpus/$n
    [ -f "$dir/.done" ] || { target/release/examples/gen_corpus "$n" "$dir" "$TEMPLATES" >&2 && touch "$dir/.done"; }
    mb=$(du -sb --exclude=.done "$dir" | awk '{printf "%.1f", $1/1e6}')
    find "$dir" -type f -exec cat {} + > /dev/null # warm the page cache (too many files for one cat at 100k)
    /usr/bin/time -f "%e %M" -o "$tmp/time.txt" "$BIN" export "$dir" > "$tmp/export.json"
    read -r secs kb < "$tmp/time.txt"
    sum=$(md5sum < "$tmp/export.json" | cut -c1-8)
    ff=$(first_frame "$dir")
    probe=$(target/release/examples/bench_probe "$dir" "$QUERY")
    get() { sed -n "s/.*\b$1=\([^ ]*\).*/\1/p" <<< "$probe"; }
    rows+=("| $n | $(get articles) | $mb | $secs | $(awk -v k="$kb" 'BEGIN { printf "%.0f", k * 1024 / 1e6 }') | $(get one_core_mbs) | $ff | $(get finder_median_ms) / $(get finder_worst_ms) | $(get jump_ms) ($(get jump_quotes) quotes) | $(get unquoted_jump_ms) ($(get unquoted_articles) articles) | $sum |")
    echo "N=$n done: $probe" >&2
done
echo "| N | articles | corpus MB | export s | export peak MB | ingest+analysis 1 core MB/s | first frame ms: articles / quotes and people | finder ms median / worst | person→quotes ms | unquoted entity→articles ms | export md5 |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
