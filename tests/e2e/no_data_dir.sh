#!/usr/bin/env bash
# no_data_dir.sh NEWSKG SAMPLES_DIR WORK_DIR
# Issue 11: export, query, stats and entities read a built cache without the
# data directory (the ontology is compiled in): with --data naming no
# directory they succeed and give the graph they give with data/.
set -euo pipefail
newskg="$1" samples="$2" work="$3"
source "$(dirname "$0")/common.sh"

fresh_dir "$work"
db="$work/newskg.db"
missing="$work/no-such-data"
"$newskg" build --quiet --db "$db" "$samples"

# The summary line of an export: "newskg: N nodes, M edges written as FORMAT".
summary() { grep -E '^newskg: [0-9]+ nodes, [0-9]+ edges' "$1"; }

for format in graphml turtle html plover; do
  "$newskg" export --db "$db" --format "$format" -o "$work/with.$format" 2> "$work/with.err"
  "$newskg" export --data "$missing" --db "$db" --format "$format" -o "$work/without.$format" \
    2> "$work/without.err"
  [ -e "$work/without.$format" ] || { echo "FAIL: export --format $format wrote nothing" >&2; exit 1; }
  expect "$(summary "$work/without.err" | sed 's/ to .*//')" \
         "$(summary "$work/with.err" | sed 's/ to .*//')" "export --format $format without data/"
done
# The CAMEO to PLOVER table compiled in is the one of data/.
cmp "$work/with.plover" "$work/without.plover"
grep -q "no data directory $missing" "$work/without.err" \
  || { echo "FAIL: no note on the missing data directory" >&2; cat "$work/without.err" >&2; exit 1; }

"$newskg" stats --data "$missing" --quiet --db "$db" --top 3 > "$work/stats-without.txt"
"$newskg" stats --quiet --db "$db" --top 3 > "$work/stats-with.txt"
expect "$(grep -E '^(nodes|edges)	' "$work/stats-without.txt")" \
       "$(grep -E '^(nodes|edges)	' "$work/stats-with.txt")" "stats without data/"

out="$("$newskg" query --data "$missing" --quiet --db "$db" --subject Putin --predicate called)"
printf '%s\n' "$out" | grep -q 'Macron' \
  || { echo "FAIL: query without data/ found no Putin -called-> Macron" >&2; exit 1; }
echo "ok: query without data/"

"$newskg" entities --data "$missing" --quiet --db "$db" --search Putin > "$work/entities.txt"
grep -q 'Putin' "$work/entities.txt" \
  || { echo "FAIL: entities --search without data/ found no Putin" >&2; exit 1; }
echo "ok: entities without data/"

# A command that extracts still needs the data.
status=0
"$newskg" extract --data "$missing" "$samples" > /dev/null 2>&1 || status=$?
expect "$status" 3 "extract without data/ exits 3"
