#!/usr/bin/env python3
"""Converts a hand-typed list into a gazetteer TSV (helper for bulk editing).

  python3 data/tools/txt2tsv.py TYPE < list.txt >> data/gazetteer/FILE.tsv
  python3 data/tools/sort_tsv.py data/gazetteer/FILE.tsv

Each input line is `id ~ label_en ~ label_ar ~ aliases_en ~ aliases_ar`
(trailing fields may be empty). Aliases equal to a label, and repeated
aliases, are dropped. The TSV files themselves are the source of truth.
"""
import sys

typ = sys.argv[1]
for line in sys.stdin:
    line = line.rstrip("\n")
    if not line.strip() or line.startswith("#"):
        continue
    p = [x.strip() for x in line.split("~")]
    while len(p) < 5:
        p.append("")
    if len(p) != 5:
        sys.exit(f"bad line: {line}")
    id_, en, ar, aen, aar = p

    def dedup(s, label):
        r = []
        for a in s.split("|"):
            a = a.strip()
            if a and a not in r and a != label:
                r.append(a)
        return "|".join(r)

    print("\t".join([id_, typ, en, ar, dedup(aen, en), dedup(aar, ar)]))
