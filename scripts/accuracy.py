#!/usr/bin/env python3
"""Checks the scorer's figures against the floors in .ci/accuracy-floor.json.

  scripts/accuracy.py SEED_SCORE.json DEV_SCORE.json            check
  scripts/accuracy.py SEED_SCORE.json DEV_SCORE.json --update   raise the floors

A figure may fall at most TOLERANCE below its floor; counts (persons found,
Lavrov's statements on one entity) may not fall at all, and no listed
non-person may be typed a person. --update writes the current figures as
the new floors, so accuracy only ever ratchets up.
"""
import json, os, sys

TOLERANCE = 0.01
FLOORS = os.path.join(os.path.dirname(__file__), "..", ".ci", "accuracy-floor.json")


def figures(seed, dev):
    found, listed = seed["persons_found"].split("/")
    return {
        "seed quotes F1": seed["quotes"]["f1"],
        "seed person attribution F1": seed["person_attribution"]["f1"],
        "seed persons found": int(found),
        "seed persons listed": int(listed),
        "seed Lavrov statements on one entity": seed["lavrov_quotes"],
        "seed Lavrov entities": seed["lavrov_entities"],
        "dev direct content F1": dev["direct"]["content"]["f1"],
        "dev direct end-to-end F1": dev["direct"]["end_to_end"]["f1"],
        "dev speech content F1": dev["speech"]["content"]["f1"],
        "dev speech end-to-end F1": dev["speech"]["end_to_end"]["f1"],
        "dev person F1": dev["person"]["f1"],
    }


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    seed, dev = (json.load(open(p)) for p in args[:2])
    now = figures(seed, dev)
    if "--update" in sys.argv:
        json.dump(now, open(FLOORS, "w"), indent=1)
        print(f"floors written to {FLOORS}")
        return 0
    floors = json.load(open(FLOORS))
    failed = 0
    for name, floor in floors.items():
        value = now.get(name)
        exact = isinstance(floor, int)
        if name == "seed Lavrov entities":
            ok = value == 1
        else:
            ok = value is not None and (value >= floor if exact else value >= floor - TOLERANCE)
        failed += not ok
        print(f"{'ok  ' if ok else 'FAIL'} {name}: {value} (floor {floor})")
    wrong_kind = seed.get("non_persons_typed_person", [])
    if wrong_kind:
        failed += 1
        print(f"FAIL non-persons typed person: {wrong_kind}")
    else:
        print("ok   no listed non-person typed person")
    print(f"accuracy: {len(floors) + 1 - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
