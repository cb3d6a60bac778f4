#!/usr/bin/env python3
"""Lists where an export and PolNeAR gold disagree, for tuning the rules.

  scripts/errors.py GOLD_DIR EXPORT.json [--track direct|speech] [--labels L] [--show fn|fp|src|person] [--near]
"""
import json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "shared", "eval"))
from score import FileText, charset, core, match, load_export, same_person_strict

args = sys.argv[1:]
opt = lambda k, d: args[args.index(k) + 1] if k in args else d
gold_dir, export = args[0], args[1]
track, show, labels_path = opt("--track", "speech"), opt("--show", "fn"), opt("--labels", None)
gold = json.load(open(os.path.join(gold_dir, "gold.json")))
labels = {}
if labels_path:
    for a in json.load(open(labels_path))["articles"]:
        labels[a["file"]] = {l["i"]: l for l in a["labels"]}
ex, ents, by_file = load_export(export)
for art in gold["articles"]:
    ft = FileText(os.path.join(gold_dir, "text", art["file"]))
    preds, by_cue = [], {}
    for a in by_file.get(art["file"], []):
        for q in a["quotes"]:
            c = ft.chars(q["content"]); cs = core(ft.text, charset([c]))
            cue = ft.chars(q.get("cue"))
            if cue and cue in by_cue:
                by_cue[cue]["cs"] |= cs; continue
            p = {"cs": cs, "q": q, "c": c}
            preds.append(p)
            if cue: by_cue[cue] = p
    all_preds = [p for p in preds if p["cs"]]
    preds = [p for p in preds if p["cs"] and (track == "speech" or p["q"]["kind"] in ("direct", "mixed"))]
    golds = []
    lab = labels.get(art["file"], {})
    for i, at in enumerate(art["attributions"]):
        if not at[track]: continue
        cs = core(ft.text, charset(at["content"]))
        if cs: golds.append({"cs": cs, "at": at, "label": lab.get(i)})
    m = match(golds, preds, ft.text)
    mg = {g for g, _ in m}; mp = {p for _, p in m}
    for gi, g in enumerate(golds):
        at = g["at"]
        if show == "fn" and gi not in mg:
            print(f"FN {art['file'][:40]} | {at['source_text']} | {at['cue_text']} | {at['content_text'][:160]!r}")
            if "--near" in args:
                for p in all_preds:
                    if p["cs"] & g["cs"]:
                        q = p["q"]
                        print(f"     near: {q['kind']} | {q['cue'] and q['cue']['text']} | {q['content']['text'][:160]!r}")
    for pi, p in enumerate(preds):
        if show == "fp" and pi not in mp:
            q = p["q"]
            print(f"FP {art['file'][:40]} | {q['speaker_mention'] and q['speaker_mention']['text']} | {q['cue'] and q['cue']['text']} | {q['kind']} | {q['content']['text'][:160]!r}")
    for gi, pi in m:
        g, p = golds[gi], preds[pi]; q = p["q"]; at = g["at"]
        if show == "src":
            ms = q["speaker_mention"]
            if at["source"]:
                ok = False
                if ms:
                    mc = ft.chars(ms); s = set(range(*mc)); ok = bool(s) and len(s & charset(at["source"])) >= 0.5 * len(s)
                if not ok:
                    print(f"SRC {art['file'][:40]} | gold {at['source_text']!r} | pred {ms and ms['text']!r} | {at['content_text'][:80]!r}")
        if show == "person" and g["label"] and g["label"]["type"] == "person" and g["label"]["speaker"]:
            e = ents.get(q.get("speaker"))
            if not (e and same_person_strict(e["name"], g["label"]["speaker"])):
                print(f"PER {art['file'][:40]} | gold {g['label']['speaker']!r} | pred {e and e['name']!r} ({e and e['kind']}) via {q['speaker_mention'] and q['speaker_mention']['text']!r} | {at['content_text'][:60]!r}")
