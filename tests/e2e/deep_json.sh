#!/usr/bin/env bash
# deep_json.sh NEWSKG DATA WORK CASE: a JSON line nested 150,000 deep (300 KB)
# between two good lines is reported as FILE:2 with exit 4, and the lines after
# it are still read (issue 12: it crashed the recursive parser, and a build lost
# the documents after it). Each CASE is its own ctest entry:
#   extract         extract FILE
#   extract-stdin   extract - (the streaming filter)
#   build           build --db: documents 1 and 3 stored
#   from-extracted  build --from-extracted: documents 1 and 3 stored
#   eval            eval GOLD FILE: documents 1 and 3 scored
set -u
newskg="$1" data="$2" work="$3" case="$4"
# shellcheck source=tests/e2e/common.sh
. "$(dirname "$0")/common.sh"
fresh_dir "$work" gold
cd "$work" || exit 1

# deep OPEN CLOSE: OPEN 150,000 times, then CLOSE 150,000 times.
deep() {
  /usr/bin/python3 -c "import sys; sys.stdout.write(sys.argv[1] * 150000 + sys.argv[2] * 150000)" "$1" "$2"
}

# Articles: line 2 is a well-formed object whose "extra" member nests too deep.
{
  echo '{"id": "a", "text": "Putin met Macron in Paris."}'
  printf '{"id": "deep", "text": "x", "extra": %s}\n' "$(deep '[' ']')"
  echo '{"id": "c", "text": "Putin met Macron in Moscow."}'
} > articles.jsonl
# extract output: line 2 nests too deep before it could be read.
relation='{"subject": "p", "predicate": "met", "object": "m", "confidence": 0.9,'
relation+=' "evidence": {"sentence": 0, "start": 0, "end": 16, "text": "Putin met Macron"}}'
entities='[{"id": "p", "type": "Person", "label": "Putin"}, {"id": "m", "type": "Person", "label": "Macron"}]'
{
  printf '{"doc": "a", "entities": %s, "relations": [%s]}\n' "$entities" "$relation"
  printf '{"doc": "deep", "entities": %s, "relations": []}\n' "$(deep '[' ']')"
  printf '{"doc": "c", "entities": %s, "relations": [%s]}\n' "$entities" "$relation"
} > extracted.jsonl
for doc in a c; do
  echo '{"entities": {"putin": {"aliases": ["Putin"]}, "macron": {"aliases": ["Macron"]}},
 "relations": [{"s": "putin", "p": "met", "o": "macron"}]}' > "gold/$doc.json"
done
# Level 1001 is the 1000th '[': line 2's first '[' is at byte 37 (after
# '{"id": "deep", "text": "x", "extra": '), so byte 37 + 999.
too_deep="broken JSON at byte 1036: nested deeper than 1000 arrays and objects"

# stored_ids: the ids of the documents in kg.db, one line.
stored_ids() {
  sqlite3 kg.db "SELECT id FROM documents ORDER BY id" | tr '\n' ' '
}

case "$case" in
extract)
  "$newskg" extract --quiet --data "$data" articles.jsonl > out.jsonl 2> err.txt
  expect "$?" 4 "extract exits 4"
  expect "$(cat err.txt)" "newskg: articles.jsonl:2: $too_deep" "extract names FILE:LINE"
  expect "$(cut -c1-9 out.jsonl | tr '\n' ' ')" '{"doc":"a {"error": {"doc":"c ' \
    "extract read lines 1 and 3"
  ;;
extract-stdin)
  "$newskg" extract --quiet --data "$data" - < articles.jsonl > out.jsonl 2> err.txt
  expect "$?" 4 "extract - exits 4"
  expect "$(cat err.txt)" "newskg: <stdin>:2: $too_deep" "extract - names <stdin>:LINE"
  expect "$(cut -c1-9 out.jsonl | tr '\n' ' ')" '{"doc":"a {"error": {"doc":"c ' \
    "extract - writes one line for each line in"
  expect "$(sed -n 2p out.jsonl)" \
    "{\"error\":\"$too_deep\",\"source\":\"<stdin>:2\"}" "the second names its problem"
  ;;
build)
  "$newskg" build --quiet --data "$data" --db kg.db articles.jsonl 2> err.txt
  expect "$?" 4 "build exits 4"
  expect "$(cat err.txt)" "newskg: articles.jsonl:2: $too_deep" "build names FILE:LINE"
  expect "$(stored_ids)" "a c " "build stored the documents before and after it"
  ;;
from-extracted)
  "$newskg" build --quiet --data "$data" --db kg.db --from-extracted extracted.jsonl 2> err.txt
  expect "$?" 4 "build --from-extracted exits 4"
  # Line 2's first '[' is at byte 28, after '{"doc": "deep", "entities": '.
  expect "$(cat err.txt)" \
    "newskg: extracted.jsonl:2: invalid JSON at offset 1027: nested deeper than 1000 arrays and objects" \
    "build --from-extracted names FILE:LINE"
  expect "$(stored_ids)" "a c " "build --from-extracted stored the documents before and after it"
  ;;
eval)
  "$newskg" eval --quiet --data "$data" gold extracted.jsonl > report.txt 2> err.txt
  expect "$?" 4 "eval exits 4"
  # Column 1028: byte 1027, counted from 1.
  expect "$(cat err.txt)" \
    "newskg: extracted.jsonl:2: line:1:1028: broken JSON: nested deeper than 1000 arrays and objects" \
    "eval names FILE:LINE"
  expect "$(tail -n 1 report.txt)" "overall P=1.000 R=1.000 F1=1.000 over 2 documents" \
    "eval scored the documents before and after it"
  ;;
*)
  echo "unknown case $case" >&2
  exit 2
  ;;
esac
