#!/usr/bin/env bash
# check_plover_dot.sh NEWSKG SAMPLES_DIR WORK_DIR
# PLOVER-style event JSON Lines: every line parses, with an event type (or
# null for CAMEO 01), CAMEO code, actors, source sentence and offsets. DOT:
# Graphviz renders it (dot -Tsvg) to well-formed SVG. Both byte-identical twice.
set -euo pipefail
newskg="$1" samples="$2" work="$3"
source "$(dirname "$0")/common.sh"

fresh_dir "$work" again
"$newskg" build --quiet --db "$work/newskg.db" "$samples"
for entry in plover:events.jsonl dot:graph.dot; do
  format="${entry%%:*}" file="${entry#*:}"
  "$newskg" export --quiet --db "$work/newskg.db" --format "$format" -o "$work/$file"
  "$newskg" export --quiet --db "$work/newskg.db" --format "$format" -o "$work/again/$file"
  cmp "$work/$file" "$work/again/$file"
  echo "PASS: two exports as $format are byte-identical"
done

/usr/bin/python3 - "$work/events.jsonl" <<'PY'
import json, re, sys
PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
          "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
assert len(lines) > 3, "too few events"
ids = set()
for n, line in enumerate(lines, 1):
    e = json.loads(line)
    where = f"line {n}"
    assert e["id"] not in ids, where + ": duplicate id"
    ids.add(e["id"])
    assert re.fullmatch(r"\d{3,4}", e["cameo"]), where
    assert e["event_type"] in PLOVER or (e["event_type"] is None and e["cameo"].startswith("01")), where
    for actor in ("actor1", "actor2"):
        assert e[actor]["id"] and e[actor]["label"] and e[actor]["type"], where + ": " + actor
    s = e["source"]
    assert s["doc"] and s["text"] and 0 <= s["start"] < s["end"], where + ": source"
    assert 0 < e["confidence"] <= 1, where + ": confidence"
print(f"PASS: {len(lines)} PLOVER events parse, with types, actors and sources")
PY

if ! command -v dot > /dev/null; then
  skip "dot (graphviz) is absent"
fi
dot -Tsvg "$work/graph.dot" -o "$work/graph.svg"
/usr/bin/python3 -c "import sys, xml.dom.minidom as m; d = m.parse(sys.argv[1]); \
assert d.getElementsByTagName('g'), 'no shapes'" "$work/graph.svg"
echo "PASS: dot -Tsvg renders the graph"
