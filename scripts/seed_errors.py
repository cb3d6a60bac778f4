#!/usr/bin/env python3
"""Shows each hand-labelled seed statement beside what the export found.

  scripts/seed_errors.py SHARED_DIR EXPORT.json
"""
import json, os, sys
shared, export = sys.argv[1], sys.argv[2]
sys.path.insert(0, os.path.join(shared, "eval"))
from score import score_snippets  # noqa: E402

gold = json.load(open(os.path.join(shared, "corpus/seed/gold.json")))
_, matched, _ = score_snippets([gold], os.path.join(shared, "corpus/seed"), export)
golds, preds, m = matched[0]
quotes = [q for a in json.load(open(export))["articles"] for q in a["quotes"]]
by_gold = dict(m)
for gi, g in enumerate(golds):
    q = g["q"]
    if gi in by_gold:
        e = preds[by_gold[gi]]["entity"]
        mark = "ok " if e and e["name"] == q["speaker"] else "SPK"
        print(mark, q["speaker"], "<-", e and e["name"], "|", q["content"][:70])
    else:
        print("FN ", q["speaker"], "|", q["content"][:90])
used = set(by_gold.values())
for pi, p in enumerate(preds):
    if pi not in used:
        print("FP ", p["entity"] and p["entity"]["name"], "|", quotes[pi]["content"]["text"][:90])
