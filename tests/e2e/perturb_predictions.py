#!/usr/bin/env python3
"""perturb_predictions.py GOLD_DIR SEED [EXTRACT.jsonl] > PREDICTIONS.jsonl

Writes `extract` lines that exercise every branch of score.py's metric, made
from the gold itself (and, when given, appended to real extract output):
entities named by a random alias with case, diacritics and punctuation
changed, or only in "labels", or unknown to the gold; predicates respelled
(camelCase, UPPER_SNAKE, synonyms); symmetric and other relations reversed;
Event objects with a wrong inner subject or a missing inner object; dangling
relations; optional relations; dropped relations; duplicate and gold-less
documents. Same SEED, same output.
"""
import json
import random
import sys
from pathlib import Path

SYNONYMS = {"criticized": ["condemned", "denounced"], "warned": ["threatened"],
            "called": ["phoned"], "called-on": ["urged"]}


def respell(rng, p):
    choice = rng.randrange(5)
    if choice == 0:
        parts = p.split("-")
        return parts[0] + "".join(w.capitalize() for w in parts[1:])
    if choice == 1:
        return p.upper().replace("-", "_")
    if choice == 2 and p in SYNONYMS:
        return rng.choice(SYNONYMS[p]).upper()
    if choice == 3:
        return " " + p.replace("-", " ") + " "
    return p


def disguise(rng, name):
    choice = rng.randrange(4)
    if choice == 0:
        return name.upper()
    if choice == 1:
        return "(" + name.replace(" ", "-") + ")"
    if choice == 2:  # Arabic: harakat, tatweel and letter variants score.py folds
        return name.replace("ا", "أ").replace("ي", "ى", 1).replace("ل", "لـ", 1) + "\u064e"
    return name


class Doc:
    def __init__(self, rng, name):
        self.rng, self.name = rng, name
        self.entities, self.relations = [], []

    def entity(self, key, aliases):
        ent_id = "e%d" % len(self.entities)
        name = disguise(self.rng, self.rng.choice(aliases + [key]))
        ent = {"id": ent_id, "type": "Person", "label": name}
        if self.rng.random() < 0.2:  # known only through "labels"
            ent["label"] = ""
            ent["labels"] = {"ar": name}
        if self.rng.random() < 0.1:  # or unknown to the gold
            ent["label"] = "Nobody %d" % self.rng.randrange(3)
        self.entities.append(ent)
        return ent_id

    def event(self, pred, subject, obj):
        ent_id = "ev%d" % len(self.entities)
        ent = {"id": ent_id, "type": "Event", "label": "", "predicate": respell(self.rng, pred),
               "subject": subject, "object": obj}
        if self.rng.random() < 0.15:
            del ent["object"]
        self.entities.append(ent)
        return ent_id

    def relation(self, s, p, o):
        self.relations.append({"subject": s, "predicate": respell(self.rng, p), "object": o})

    def line(self):
        self.rng.shuffle(self.relations)
        return json.dumps({"doc": self.name, "entities": self.entities,
                           "relations": self.relations}, ensure_ascii=False)


def from_gold(rng, path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    doc = Doc(rng, path.stem)
    ids = {key: doc.entity(key, ent["aliases"]) for key, ent in gold["entities"].items()}
    keys = list(ids)
    for r in gold["relations"]:
        if rng.random() < 0.25:
            continue  # missed
        s, o = ids.get(r["s"], "missing"), r["o"]
        if isinstance(o, dict):
            inner_s = ids.get(rng.choice(keys), "missing")  # the inner subject does not count
            o = doc.event(o["event"], inner_s, ids.get(o["o"], "missing"))
        else:
            o = ids.get(o, "missing")
        if rng.random() < 0.3:
            s, o = o, s  # matches only for symmetric predicates
        doc.relation(s, r["p"], o)
    for _ in range(rng.randrange(4)):  # spurious
        doc.relation(ids[rng.choice(keys)], rng.choice(["met", "accused", "urged", "visited"]),
                     ids[rng.choice(keys)])
    if rng.random() < 0.5:
        doc.relation(ids[rng.choice(keys)], "warned", "no-such-entity")  # dangling
    return doc


def main(argv):
    gold_dir, seed = Path(argv[1]), int(argv[2])
    rng = random.Random(seed)
    lines = []
    if len(argv) > 3:
        lines += [l for l in Path(argv[3]).read_text(encoding="utf-8").splitlines() if l.strip()]
    for path in sorted(gold_dir.glob("*.json")):
        if rng.random() < 0.1:
            continue  # no prediction: fully missed
        lines.append(from_gold(rng, path).line())
        if rng.random() < 0.1:
            lines.append(from_gold(rng, path).line())  # a later duplicate wins
    lines.append(json.dumps({"doc": "no-gold-%d" % seed, "entities": [], "relations": []}))
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
