#!/usr/bin/env bash
# export_golden.sh NEWSKG DATA_DIR WORK_DIR [--regenerate]
# Issue 9: the speed work on export changes no output. A fixed cache, built
# from export_golden/extracted.jsonl (the extract output of samples/ with its
# dates, and two documents of awkward text: quotes, <, &, tabs, newlines,
# control characters, a non-NMTOKEN id, an Event, roles, an edge read in two
# documents, an undated article), is exported in every format, whole and
# filtered, and each file must equal the one in export_golden/expected/, which
# the export code before that work wrote (commit 26f6b53).
#
# The exports read no data directory (--data names none: the ontology
# compiled in, the cache's own names) and the HTML view takes the tiny page
# of export_golden/web/, so changes to data/ and web/ do not touch them; the
# build needs DATA_DIR, but what exports read of the cache is the extracted
# text as given. --regenerate writes expected/ instead of comparing: only
# for a deliberate change of output, with the diff checked by hand.
set -euo pipefail
newskg="$1" data="$2" work="$3" mode="${4:-}"
here="$(cd "$(dirname "$0")" && pwd)"
fixture="$here/export_golden"
source "$here/common.sh"

fresh_dir "$work" out
"$newskg" build --quiet --data "$data" --db "$work/golden.db" --from-extracted \
  "$fixture/extracted.jsonl"
export NEWSKG_WEB="$fixture/web"
no_data="$work/no-data-directory"
run_export() { # NAME ARGS...: exports into $work/out/NAME
  local name="$1"
  shift
  "$newskg" export --quiet --data "$no_data" --db "$work/golden.db" -o "$work/out/$name" "$@"
}
for entry in graphml:graph.graphml gexf:graph.gexf gexf-1.3:graph-1.3.gexf turtle:graph.ttl \
  ntriples:graph.nt turtle-star:graph-star.ttl trig:graph.trig nquads:graph.nq \
  cypher:load.cypher html:graph.html plover:events.jsonl dot:graph.dot neo4j:neo4j; do
  run_export "${entry#*:}" --format "${entry%%:*}"
done
# The filters take another path through the graph (subgraph copies).
run_export filtered.graphml --format graphml --type Person,Country --min-mentions 1
run_export filtered.ttl --format turtle --predicate met,holds-position --since 2015-01-01
run_export around.graphml --format graphml --around Putin --depth 1

if [ "$mode" = "--regenerate" ]; then
  rm -rf "$fixture/expected"
  cp -r "$work/out" "$fixture/expected"
  echo "wrote $fixture/expected"
  exit 0
fi
if ! diff -r "$fixture/expected" "$work/out"; then
  echo "FAIL: an export differs from export_golden/expected (diff above)" >&2
  exit 1
fi
echo "ok: $(find "$work/out" -type f | wc -l) files byte-identical to export_golden/expected"
