#!/usr/bin/env bash
# stats_top.sh NEWSKG SAMPLES_DIR WORK_DIR
# Builds a cache from SAMPLES_DIR and checks `newskg stats --top 3`: the size
# lines, one table per measure with at most 3 rows, and the same output twice.
set -euo pipefail
newskg="$1" samples="$2" work="$3"
source "$(dirname "$0")/common.sh"

fresh_dir "$work"
"$newskg" build --quiet --db "$work/newskg.db" "$samples"
"$newskg" stats --db "$work/newskg.db" --top 3 > "$work/stats.txt"
"$newskg" stats --db "$work/newskg.db" --top 3 > "$work/stats2.txt"
cmp "$work/stats.txt" "$work/stats2.txt"

fail() { echo "FAIL: $*" >&2; cat "$work/stats.txt" >&2; exit 1; }
grep -Eq '^nodes	[1-9][0-9]*$' "$work/stats.txt" || fail "no node count"
grep -Eq '^edges	[1-9][0-9]*$' "$work/stats.txt" || fail "no edge count"
grep -Eq '^components	[1-9][0-9]*$' "$work/stats.txt" || fail "no component count"
for measure in degree weighted_degree pagerank betweenness; do
  grep -q "^rank	$measure	type	id	entity$" "$work/stats.txt" || fail "no $measure table"
done
rows="$(grep -Ec '^[0-9]+	' "$work/stats.txt")"
[ "$rows" -ge 4 ] && [ "$rows" -le 12 ] || fail "$rows rows, expected 4..12"
grep -q '^4	' "$work/stats.txt" && fail "more than --top 3 rows"
echo "stats: OK ($rows rows)"
