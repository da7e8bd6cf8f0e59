#!/usr/bin/env python3
"""make_corpus.py OUT.jsonl COUNT ARTICLE.txt...

Writes COUNT JSON Lines articles cycling over the given .txt articles, each
with a distinct id ("d000042-<name>") and a date, for tests and benchmarks
that need a corpus bigger than the dev set."""
import json
import os
import sys


def main():
    out, count, paths = sys.argv[1], int(sys.argv[2]), sorted(sys.argv[3:])
    texts = [(os.path.basename(p)[: -len(".txt")], open(p, encoding="utf-8").read()) for p in paths]
    with open(out, "w", encoding="utf-8") as f:
        for i in range(count):
            name, text = texts[i % len(texts)]
            line = {"id": "d%06d-%s" % (i, name), "text": text,
                    "date": "2020-%02d-%02d" % (1 + i % 12, 1 + i % 28)}
            f.write(json.dumps(line, ensure_ascii=False, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
