#!/usr/bin/env bash
# stats_estimate.sh NEWSKG WORK_DIR
# Issue 9: above 10,000 nodes betweenness is estimated, and `stats` says so in
# its heading. A cache of 10,001 people in a chain of "met" (one document of
# extract output, written here) gives the heading betweenness_estimate, never
# betweenness; the other measures keep their names.
set -euo pipefail
newskg="$1" work="$2"
source "$(dirname "$0")/common.sh"

fresh_dir "$work"
awk 'BEGIN {
  n = 10001
  printf "{\"doc\":\"chain\",\"lang\":\"en\",\"entities\":["
  for (i = 0; i < n; i++) {
    printf "%s{\"id\":\"x:person:p%d\",\"type\":\"Person\",\"label\":\"P %d\",", (i ? "," : ""), i, i
    printf "\"labels\":{\"en\":\"P %d\"},\"mentions\":[{\"start\":0,\"end\":3,\"text\":\"P %d\"}]}", i, i
  }
  printf "],\"relations\":["
  for (i = 0; i + 1 < n; i++) {
    printf "%s{\"subject\":\"x:person:p%d\",\"predicate\":\"met\",\"object\":\"x:person:p%d\",", (i ? "," : ""), i, i + 1
    printf "\"confidence\":0.9,\"evidence\":{\"sentence\":%d,\"start\":0,\"end\":5,\"text\":\"P met\"}}", i
  }
  print "]}"
}' > "$work/chain.jsonl"
"$newskg" build --quiet --db "$work/chain.db" --from-extracted "$work/chain.jsonl"
"$newskg" stats --db "$work/chain.db" --top 2 > "$work/stats.txt"

expect "$(grep -c '^betweenness_estimate$' "$work/stats.txt")" 1 "a betweenness_estimate heading"
expect "$(grep -c '^rank	betweenness_estimate	type	id	entity$' "$work/stats.txt")" 1 \
  "a betweenness_estimate column"
expect "$(grep -c '^betweenness$\|^rank	betweenness	' "$work/stats.txt")" 0 \
  "no plain betweenness heading"
expect "$(grep -c '^rank	pagerank	type	id	entity$' "$work/stats.txt")" 1 "pagerank keeps its name"
expect "$(grep -c '^nodes	10001$' "$work/stats.txt")" 1 "10,001 nodes"
