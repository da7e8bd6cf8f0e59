#!/usr/bin/env python3
"""translation_jaccard.py PREDICATES.tsv AR.jsonl EN.jsonl THRESHOLD

For every article extracted in both languages (documents NAME.ar and NAME.en),
the Jaccard similarity of their sets of (subject, predicate, object) triples:
ids as extracted, symmetric predicates (column 3 "yes" of PREDICATES.tsv) as
unordered pairs, an Event object as its inner (predicate, subject, object).
Fails when the mean over the pairs is below THRESHOLD, or when no pair is found.
"""
import json
import sys

SYMMETRIC = set()


def read_symmetric(path):
    with open(path, encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f if not line.startswith("#") and line.strip()]
    return {row[0] for row in rows if row[2] == "yes"}


def documents(path):
    with open(path, encoding="utf-8") as f:
        return {d["doc"]: d for d in (json.loads(line) for line in f if line.strip())}


def triples(doc):
    entities = {e["id"]: e for e in doc["entities"]}
    out = set()
    for r in doc["relations"]:
        s, p, o = r["subject"], r["predicate"], r["object"]
        event = entities.get(o, {})
        if event.get("type") == "Event":
            o = ("event", event.get("predicate"), event.get("subject"), event.get("object"))
        elif p in SYMMETRIC:
            s, o = sorted((s, o))
        out.add((s, p, o))
    return out


def main():
    SYMMETRIC.update(read_symmetric(sys.argv[1]))
    ar, en, threshold = documents(sys.argv[2]), documents(sys.argv[3]), float(sys.argv[4])
    scores = []
    for name in sorted(n[: -len(".ar")] for n in ar if n.endswith(".ar")):
        if name + ".en" not in en:
            continue
        a, e = triples(ar[name + ".ar"]), triples(en[name + ".en"])
        j = len(a & e) / len(a | e) if a | e else 1.0
        scores.append(j)
        print(f"{name}: J={j:.3f} (ar {len(a)}, en {len(e)}, both {len(a & e)})")
        for t in sorted(map(str, a - e)):
            print(f"    ar only {t}")
        for t in sorted(map(str, e - a)):
            print(f"    en only {t}")
    if not scores:
        print("FAIL: no article in both languages", file=sys.stderr)
        return 1
    mean = sum(scores) / len(scores)
    verdict = "PASS" if mean >= threshold else "FAIL"
    print(f"{verdict}: mean Jaccard {mean:.3f} over {len(scores)} pairs (threshold {threshold})")
    return 0 if mean >= threshold else 1


if __name__ == "__main__":
    sys.exit(main())
