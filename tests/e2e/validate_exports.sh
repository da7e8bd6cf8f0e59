#!/usr/bin/env bash
# validate_exports.sh NEWSKG SAMPLES_DIR SHARED_DIR WORK_DIR
# Builds a cache from SAMPLES_DIR, exports every file format into WORK_DIR
# twice (the two must be byte-identical) and checks them, and data/ontology.ttl,
# with SHARED_DIR/tools/validate-exports.sh --strict; the RDF files must also
# conform to the SHACL shapes of data/shapes.ttl.
# Exits 77 (ctest: skipped) when SHARED_DIR is absent.
set -euo pipefail
newskg="$1" samples="$2" shared="$3" work="$4"
source "$(dirname "$0")/common.sh"

if [ ! -f "$shared/tools/validate-exports.sh" ]; then
  skip "$shared/tools/validate-exports.sh is absent"
fi
fresh_dir "$work" again
"$newskg" build --quiet --db "$work/newskg.db" "$samples"
# format:file, one per format that validate-exports.sh reads. It checks GEXF
# against the XSD in the 1.3 namespace only, so gexf-1.3 here; `gexf` (1.2,
# for networkx) is the same file under another root element (unit test), and
# export_readers.py checks it with the 1.3 XSD and with networkx.
exports=(graphml:graph.graphml gexf-1.3:graph-1.3.gexf turtle:graph.ttl ntriples:graph.nt
  trig:graph.trig nquads:graph.nq)
files=()
for entry in "${exports[@]}"; do
  format="${entry%%:*}" file="${entry#*:}"
  "$newskg" export --quiet --db "$work/newskg.db" --format "$format" -o "$work/$file"
  "$newskg" export --quiet --db "$work/newskg.db" --format "$format" -o "$work/again/$file"
  if [ ! -s "$work/$file" ]; then
    echo "FAIL: $work/$file is empty" >&2
    exit 1
  fi
  if ! cmp "$work/$file" "$work/again/$file"; then
    echo "FAIL: two exports as $format differ" >&2
    exit 1
  fi
  files+=("$work/$file")
done
# The formats no validator of validate-exports.sh reads (they have their own
# e2e tests) must be byte-identical twice as well; neo4j is a directory.
for entry in gexf:graph.gexf neo4j:neo4j cypher:load.cypher html:graph.html plover:events.jsonl \
  dot:graph.dot; do
  format="${entry%%:*}" file="${entry#*:}"
  "$newskg" export --quiet --db "$work/newskg.db" --format "$format" -o "$work/$file"
  "$newskg" export --quiet --db "$work/newskg.db" --format "$format" -o "$work/again/$file"
  if ! diff -r "$work/$file" "$work/again/$file" > /dev/null; then
    echo "FAIL: two exports as $format differ" >&2
    exit 1
  fi
done
# RDF-star: only Jena reads it, so it is checked without --strict (the other
# RDF tools report SKIP on it).
"$newskg" export --quiet --db "$work/newskg.db" --format turtle-star -o "$work/graph-star.ttl"
"$newskg" export --quiet --db "$work/newskg.db" --format turtle-star -o "$work/again/graph-star.ttl"
if ! cmp "$work/graph-star.ttl" "$work/again/graph-star.ttl" || ! grep -q '^<< ' "$work/graph-star.ttl"; then
  echo "FAIL: turtle-star differs between two exports or has no quoted triple" >&2
  exit 1
fi
bash "$shared/tools/validate-exports.sh" "$work/graph-star.ttl"
data="$(cd "$(dirname "$0")/../../data" && pwd)"
SHACL_SHAPES="$data/shapes.ttl" bash "$shared/tools/validate-exports.sh" --strict "${files[@]}" \
  "$data/ontology.ttl"
