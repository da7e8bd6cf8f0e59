#!/usr/bin/env python3
"""Sorts gazetteer TSV files in place the way newskg check-data expects.

  python3 data/tools/sort_tsv.py data/gazetteer/people.tsv ...

Keeps the '#' header first; wd:Q ids sort numerically before readable ids
(iso:, x:...), which sort as strings. positions.tsv sorts by person, then start.
Also strips trailing spaces and drops blank lines.
"""
import re
import sys


def sort_key(id_):
    m = re.match(r"^wd:Q(\d+)$", id_)
    return (0, int(m.group(1)), "") if m else (1, 0, id_)


for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        lines = [l.rstrip(" \r") for l in f.read().split("\n")]
    header = [l for l in lines if l.startswith("#")][:1]
    body = [l for l in lines if l and not l.startswith("#")]
    if path.endswith("positions.tsv"):
        def key(l):
            c = l.split("\t")
            return (sort_key(c[0]), c[3], c[1], sort_key(c[2]))
    else:
        def key(l):
            return sort_key(l.split("\t")[0])
    body.sort(key=key)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(header + body) + "\n")
