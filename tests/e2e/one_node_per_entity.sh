#!/usr/bin/env bash
# one_node_per_entity.sh NEWSKG SAMPLES SHARED_DIR WORK_DIR
# Builds one cache from samples/ and every dev article (Arabic and English),
# exports GraphML and fails when a gold entity is drawn as two nodes (Putin and
# بوتين unmerged). Exits 77 (ctest: skipped) when the dev set is absent.
set -euo pipefail
newskg="$1" samples="$2" shared="$3" work="$4"
source "$(dirname "$0")/common.sh"

if [ ! -f "$shared/tools/score.py" ] || ! ls "$shared"/articles/dev/*.txt >/dev/null 2>&1; then
  skip "no dev set under $shared"
fi
fresh_dir "$work"
# samples/ holds copies of two dev articles: the dev copies win, with a warning.
"$newskg" build --quiet --db "$work/graph.db" "$samples" "$shared"/articles/dev/*.txt 2> "$work/build.log" || {
  cat "$work/build.log" >&2
  exit 1
}
"$newskg" export --quiet --db "$work/graph.db" --format graphml -o "$work/graph.graphml"
/usr/bin/python3 "$(dirname "$0")/one_node_per_entity.py" "$shared/tools/score.py" "$work/graph.graphml" \
  "$shared/gold" "$shared/gold/dev"
