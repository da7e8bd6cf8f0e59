#!/usr/bin/env bash
# eval_by_sums.sh NEWSKG SHARED_DIR WORK_DIR
# `newskg eval --by predicate,language` on the dev set (the articles, extracted
# by eval itself, against SHARED_DIR/gold/dev): the true positives, predicted
# and gold counts of the rows of each table sum to the overall ones, in --json
# and in the text tables (whose overall counts are the sums of the document
# lines); the language rows cover every document, and --by changes neither
# the documents nor the total. Exits 77 (ctest: skipped) without the dev set.
set -euo pipefail
newskg="$1" shared="$2" work="$3"
source "$(dirname "$0")/common.sh"

if ! ls "$shared"/gold/dev/*.json >/dev/null 2>&1 || [ ! -d "$shared/articles/dev" ]; then
  skip "no dev gold or articles under $shared"
fi
fresh_dir "$work"
gold="$shared/gold/dev" articles="$shared/articles/dev"

"$newskg" eval --quiet --json "$gold" "$articles" > "$work/plain.json"
"$newskg" eval --quiet --json --by predicate,language "$gold" "$articles" > "$work/by.json"
"$newskg" eval --quiet --by predicate --by language "$gold" "$articles" > "$work/by.txt"

/usr/bin/python3 - "$work/plain.json" "$work/by.json" "$work/by.txt" "$gold" <<'PYTHON'
import collections, json, pathlib, re, sys

plain = json.load(open(sys.argv[1], encoding="utf-8"))
by = json.load(open(sys.argv[2], encoding="utf-8"))
text = open(sys.argv[3], encoding="utf-8").read()
failures = []

def check(what, actual, expected):
    if actual != expected:
        failures.append(f"{what}: {actual} != {expected}")

check("--by changes the documents", by["documents"], plain["documents"])
check("--by changes the total", by["total"], plain["total"])
total = by["total"]
for table in ("by_predicate", "by_language"):
    rows = by[table]
    check(f"{table} is empty", len(rows) > 0, True)
    for field in ("tp", "predicted", "gold"):
        check(f"{table}: sum of {field}", sum(row[field] for row in rows.values()), total[field])
check("by_language: sum of docs", sum(row["docs"] for row in by["by_language"].values()), total["docs"])
# Documents per language, from the gold files: "lang", else the NAME's suffix.
languages = collections.Counter(
    json.loads(path.read_text(encoding="utf-8")).get("lang") or path.stem.rsplit(".", 1)[-1]
    for path in pathlib.Path(sys.argv[4]).glob("*.json"))
check("by_language: documents per language",
      {name: row["docs"] for name, row in by["by_language"].items()}, dict(languages))

# Text: "NAME (tp/predicted predicted, gold gold)" per document, then the tables.
documents = re.findall(r"\((\d+)/(\d+) predicted, (\d+) gold\)$", text, re.M)
overall = [sum(int(doc[i]) for doc in documents) for i in range(3)]
check("text: document lines", len(documents), total["docs"])
check("text: document sums", overall, [total["tp"], total["predicted"], total["gold"]])
tables = text.split("\n\n")[1:]
check("text: two tables", [t.split(None, 1)[0] for t in tables], ["predicate", "language"])
for table, name in zip(tables, ("by_predicate", "by_language")):
    rows = [line.split() for line in table.strip().split("\n")[1:]]
    check(f"text {name}: rows", [row[0] for row in rows], list(by[name]))
    sums = [sum(int(row[i]) for row in rows) for i in (1, 2, 3)]
    check(f"text {name}: sums", sums, overall)

for failure in failures:
    print("FAIL:", failure, file=sys.stderr)
if failures:
    sys.exit(1)
print(f"PASS: {len(by['by_predicate'])} predicates and {len(by['by_language'])} languages "
      f"add up to tp {total['tp']}, predicted {total['predicted']}, gold {total['gold']}")
PYTHON
