#!/usr/bin/env python3
"""compare_eval_json.py SCORE_PY.json NEWSKG.json

Exits 0 when `newskg eval --json` agrees with `score.py --json`: the same
documents in the same order, the same counts and rounded ratios, and the
same missed and spurious triples (score.py writes Python tuples, newskg
"s -[p]-> o" with an Event as "(p o)"). Prints each difference otherwise.
"""
import ast
import json
import sys


def term(t):
    if isinstance(t, tuple):  # ("event", predicate, object or None)
        return "(" + t[1] + ("" if t[2] is None else " " + t[2]) + ")"
    return t


def newskg_form(text):
    s, p, o = ast.literal_eval(text)
    return f"{term(s)} -[{p}]-> {term(o)}"


def main(argv):
    expected = json.load(open(argv[1], encoding="utf-8"))
    actual = json.load(open(argv[2], encoding="utf-8"))
    problems = []
    if expected["total"] != actual["total"]:
        problems.append(f"total: {expected['total']} != {actual['total']}")
    if len(expected["documents"]) != len(actual["documents"]):
        problems.append("not the same number of documents")
    for want, got in zip(expected["documents"], actual["documents"]):
        for key in ("doc", "tp", "predicted", "gold", "precision", "recall", "f1"):
            if want[key] != got[key]:
                problems.append(f"{want['doc']}: {key} {want[key]} != {got[key]}")
        for key in ("missed", "spurious"):
            if sorted(map(newskg_form, want[key])) != sorted(got[key]):
                problems.append(f"{want['doc']}: {key} {want[key]} != {got[key]}")
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
