#!/usr/bin/env bash
# Scores the release build against ../shared: the seed articles and a
# PolNeAR split (dev by default; `scripts/score.sh train` for train).
# Prints the scorer's JSON summaries; exports go to target/score/.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${HEARSAY_SHARED:-../shared}
split=${1:-dev}
out=target/score
mkdir -p "$out"
cargo build --release --quiet
bin=target/release/hearsay
$bin export "$shared/corpus/seed/two-articles.txt" > "$out/seed.json"
python3 "$shared/eval/score.py" seed "$shared/corpus/seed/gold.json" "$out/seed.json" > "$out/seed-score.json"
labels=()
[ -f "$shared/corpus/polnear-$split/labels.json" ] && labels=(--labels "$shared/corpus/polnear-$split/labels.json")
$bin export "$shared/corpus/polnear-$split/text" > "$out/$split.json"
python3 "$shared/eval/score.py" polnear "$shared/corpus/polnear-$split" "$out/$split.json" "${labels[@]}" > "$out/$split-score.json"
python3 - "$out/seed-score.json" "$out/$split-score.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1])); d = json.load(open(sys.argv[2]))
print("seed: quotes F1 %.3f (p %.3f r %.3f), person F1 %.3f, persons %s, Lavrov %d/%d on %d entities, non-persons typed person %s" % (
    s["quotes"]["f1"], s["quotes"]["precision"], s["quotes"]["recall"], s["person_attribution"]["f1"], s["persons_found"],
    s["lavrov_quotes"], s["lavrov_gold_quotes"], s["lavrov_entities"], s["non_persons_typed_person"]))
for t in ("direct", "speech"):
    c = d[t]["content"]; e = d[t]["end_to_end"]
    print("%-6s content F1 %.3f (p %.3f r %.3f), source on matched %.3f, end-to-end F1 %.3f" % (t, c["f1"], c["precision"], c["recall"], d[t]["source_accuracy_on_matched"], e["f1"]))
p = d.get("person")
if p: print("person F1 %.3f (p %.3f r %.3f), accuracy on detected %.3f" % (p["f1"], p["precision"], p["recall"], p["speaker_accuracy_on_detected"]))
PY
