#!/usr/bin/env bash
# validate_exports.sh NEWSKG SAMPLES_DIR SHARED_DIR WORK_DIR
# Builds a cache from SAMPLES_DIR, exports GraphML, Turtle and N-Triples into
# WORK_DIR and checks them with SHARED_DIR/tools/validate-exports.sh --strict.
# Exits 77 (ctest: skipped) when SHARED_DIR is absent.
set -euo pipefail
newskg="$1" samples="$2" shared="$3" work="$4"

if [ ! -f "$shared/tools/validate-exports.sh" ]; then
  echo "SKIP: $shared/tools/validate-exports.sh is absent"
  exit 77
fi
rm -rf "$work"
mkdir -p "$work"
"$newskg" build --quiet --db "$work/newskg.db" "$samples"
"$newskg" export --quiet --db "$work/newskg.db" --format graphml -o "$work/graph.graphml"
"$newskg" export --quiet --db "$work/newskg.db" --format turtle -o "$work/graph.ttl"
"$newskg" export --quiet --db "$work/newskg.db" --format ntriples -o "$work/graph.nt"
for file in graph.graphml graph.ttl graph.nt; do
  if [ ! -s "$work/$file" ]; then
    echo "FAIL: $work/$file is empty" >&2
    exit 1
  fi
done
bash "$shared/tools/validate-exports.sh" --strict \
  "$work/graph.graphml" "$work/graph.ttl" "$work/graph.nt"
