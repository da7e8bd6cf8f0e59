#!/usr/bin/env bash
# check_plover_dot.sh NEWSKG SAMPLES_DIR WORK_DIR
# PLOVER event JSON Lines (of samples/ dated by --meta): every line parses,
# with a date, a PLOVER event, CAMEO code, actors, sentence and offsets. DOT:
# Graphviz renders it (dot -Tsvg) to well-formed SVG. Both byte-identical twice.
set -euo pipefail
newskg="$1" samples="$2" work="$3"
source "$(dirname "$0")/common.sh"

fresh_dir "$work" again
printf 'file,date\n%s,%s\n%s,%s\n' karabakh-ceasefire-2020-10.ar.txt 2020-10-12 \
  libya-statements.en.txt 2019-12-22 > "$work/dates.csv"
"$newskg" build --quiet --db "$work/newskg.db" --meta "$work/dates.csv" "$samples"
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
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", e["date"]), where + ": date"
    assert len(e["event"]) == 1 and e["event"][0] in PLOVER, where + ": event"
    for actor in e["source"] + e.get("recipient", []):
        assert actor["id"] and actor["identifier_text"] and actor["type"], where + ": actor"
    t = e["text_info"]
    assert e["cite_info"]["citation"] and e["text"] and 0 <= t["start"] < t["end"], where + ": text"
    assert 0 < e["confidence"] <= 1, where + ": confidence"
print(f"PASS: {len(lines)} PLOVER events parse, with dates, events, actors and sentences")
PY

if ! command -v dot > /dev/null; then
  skip "dot (graphviz) is absent"
fi
dot -Tsvg "$work/graph.dot" -o "$work/graph.svg"
/usr/bin/python3 -c "import sys, xml.dom.minidom as m; d = m.parse(sys.argv[1]); \
assert d.getElementsByTagName('g'), 'no shapes'" "$work/graph.svg"
echo "PASS: dot -Tsvg renders the graph"
