#!/usr/bin/env bash
# sentences_split.sh NEWSKG DATA WORK: extract's and build's summary counts the
# sentences over 1000 code points that extraction cut (issue 12: bounded work
# per sentence, "with the split counted"), on inputs whose count is known by hand:
#   long.en.txt  "Putin met Macron." and "Alpha " x 250 then "." (1501 code
#                points): cut once, at its space at 995;
#   feed.jsonl   line 1: "بوتين " x 500 (3000 code points, no stop): cut once,
#                into four; line 2: short sentences only: not cut.
# So 2 sentences are cut; short.en.txt alone cuts none and keeps the summary as it was.
set -u
newskg="$1" data="$2" work="$3"
# shellcheck source=tests/e2e/common.sh
. "$(dirname "$0")/common.sh"
fresh_dir "$work"
cd "$work" || exit 1

alphas="$(printf 'Alpha %.0s' $(seq 250))"
printf 'Putin met Macron. %s.\n' "$alphas" > long.en.txt
putins="$(printf 'بوتين %.0s' $(seq 500))"
printf '{"id": "a1", "lang": "ar", "text": "%s"}\n' "$putins" > feed.jsonl
printf '{"id": "a2", "text": "Putin met Macron. Macron called Putin."}\n' >> feed.jsonl
printf 'Putin met Macron in Paris.\n' > short.en.txt

"$newskg" extract --data "$data" long.en.txt feed.jsonl > out.jsonl 2> err.txt
expect "$?" 0 "extract of the long inputs exits 0"
expect "$(cat err.txt)" \
  "newskg: 3 documents extracted, 0 skipped, 2 sentences over 1000 code points split" \
  "extract counts the 2 cut sentences"
# The cut sentences are evidence like any other: none is longer than 1000 code points.
expect "$(python3 -c '
import json, sys
ends = [r["evidence"]["end"] - r["evidence"]["start"] for l in open(sys.argv[1]) for r in json.loads(l)["relations"]]
print(len(ends) > 0 and max(ends) <= 1000)' out.jsonl)" "True" "no evidence sentence is over 1000 code points"

"$newskg" extract --data "$data" short.en.txt > /dev/null 2> err.txt
expect "$(cat err.txt)" "newskg: 1 documents extracted, 0 skipped" "no cut, no count"

"$newskg" build --data "$data" --db kg.db long.en.txt feed.jsonl 2> err.txt
expect "$?" 0 "build of the long inputs exits 0"
expect "$(head -n 1 err.txt)" \
  "newskg: 3 documents read, 3 extracted, 0 unchanged, 0 re-extracted, 0 skipped, 2 sentences over 1000 code points split" \
  "build counts the 2 cut sentences"
"$newskg" build --data "$data" --db kg.db long.en.txt feed.jsonl 2> err.txt
expect "$(head -n 1 err.txt)" \
  "newskg: 3 documents read, 0 extracted, 3 unchanged, 0 re-extracted, 0 skipped" \
  "a build that extracts nothing cuts nothing"
"$newskg" build --quiet --data "$data" --db kg2.db long.en.txt 2> err.txt
expect "$(cat err.txt)" "" "--quiet prints no summary"
