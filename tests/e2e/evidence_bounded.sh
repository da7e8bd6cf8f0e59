#!/usr/bin/env bash
# evidence_bounded.sh NEWSKG DATA WORK
# Issue 10, item 8: an edge read from many articles carries, in GraphML, GEXF,
# Neo4j's relationships.csv and the HTML view, its count and its best three
# sentences (most confident, one per article first, latest article first),
# each at most 500 code points, so its size stays the same however many
# articles repeat it; the cache, query and RDF keep every sentence.
set -uo pipefail
newskg="$1" data="$2" work="$3"
# shellcheck source=tests/e2e/common.sh
. "$(dirname "$0")/common.sh"
e2e_dir="$(cd "$(dirname "$0")" && pwd)" # for checks.py
fresh_dir "$work"
cd "$work" || exit 1

# corpus N: "Putin met Macron" in N one-sentence articles (d00..., dated
# 2020-10-01 to 2020-10-28 in turn), one article of one very long sentence
# (2020-11-01), one of two sentences (2020-12-01, the latest); and Macron met
# Erdogan in two articles. All of them read with confidence 0.8.
corpus() {
  /usr/bin/python3 - "$1" <<'PY'
import json, sys
n = int(sys.argv[1])
def line(id, text, date):
    print(json.dumps({"id": id, "text": text, "date": date, "lang": "en"}))
for i in range(n):
    line(f"d{i:02d}", f"Vladimir Putin met Emmanuel Macron in Paris on day {i}.", f"2020-10-{i % 28 + 1:02d}")
line("long", "Vladimir Putin met Emmanuel Macron in Paris, "
     + "and they spoke at length about the ceasefire " * 30 + ".", "2020-11-01")
line("twin", "Vladimir Putin met Emmanuel Macron in Rome. Later, Vladimir Putin met Emmanuel Macron in Paris.",
     "2020-12-01")
line("e1", "Emmanuel Macron met Recep Tayyip Erdogan in Paris.", "2020-09-01")
line("e2", "Emmanuel Macron met Recep Tayyip Erdogan in Ankara.", "2020-09-02")
PY
}

for size in 40 80; do
  corpus "$size" > "feed$size.jsonl"
  "$newskg" build --quiet --data "$data" --db "kg$size.db" "feed$size.jsonl" || exit 1
  for format in graphml:g.graphml gexf:g.gexf html:g.html ntriples:g.nt; do
    "$newskg" export --quiet --data "$data" --db "kg$size.db" -f "${format%%:*}" -o "$size-${format#*:}" || exit 1
  done
  "$newskg" export --quiet --data "$data" --db "kg$size.db" -f neo4j -o "neo4j$size" || exit 1
done

expect "$(sqlite3 kg40.db "SELECT COUNT(*) FROM evidence e JOIN relations r ON r.id = e.relation_id
                          WHERE r.predicate = 'met' AND r.object = 'wd:Q7747'")" 43 \
  "the cache keeps all 43 sentences of Putin -met- Macron (40 + 1 + 2)"
expect "$("$newskg" query --data "$data" --db kg40.db --subject Putin --predicate met --format csv | tail -n +2 | wc -l)" 43 \
  "query lists all 43"

PYTHONPATH="$e2e_dir" /usr/bin/python3 - <<'PY' || exit 1
import csv, json, re, sys
import xml.etree.ElementTree as ET
import networkx as nx

from checks import check, done, html_graph_data

long_text = ("Vladimir Putin met Emmanuel Macron in Paris, "
             + "and they spoke at length about the ceasefire " * 30 + ".")
shown_long = long_text[:500].rstrip(" ") + "\u2026"  # no space before the ellipsis
# The long sentence's end offset is where the sentence splitter ends it.
expected = re.compile(re.escape("twin#0[0,43): Vladimir Putin met Emmanuel Macron in Rome.\n")
                      + r"long#0\[0,\d+\): " + re.escape(shown_long + "\n")
                      + re.escape("d27#0[0,54): Vladimir Putin met Emmanuel Macron in Paris on day 27.\n"
                                  "(40 more sentences: newskg query lists them all)"))
def best_three(text):
    return "the expected best three" if expected.fullmatch(text) else text

def edge(graph, a, b):
    return [d for u, v, d in graph.edges(data=True) if {u, v} == {a, b}][0]

sizes = {}
for size in (40, 80):
    g = nx.read_graphml(f"{size}-g.graphml")
    met = edge(g, "wd:Q3052772", "wd:Q7747")
    if size == 40:
        check(met["mention_count"], 43, "GraphML: the count of all 43 sentences")
        check(best_three(met["evidence"]), "the expected best three",
              "GraphML: the best three (one of the twin article, the long one cut at 500, d27) and how many more")
        erdogan = edge(g, "wd:Q3052772", "wd:Q39259")
        check(erdogan["evidence"].count("\n"), 1, "GraphML: an edge of two sentences keeps both")
        check("more sentence" in erdogan["evidence"], False, "GraphML: and says nothing more")
    sizes[size] = len(met["evidence"])
check(sizes[80] - sizes[40], 0, "GraphML: twice the articles, the same evidence size")
check(sizes[40] < 800, True, "GraphML: the evidence attribute stays under 800 characters")

gexf = nx.read_gexf("40-g.gexf")
check(best_three(edge(gexf, "wd:Q3052772", "wd:Q7747")["evidence"]), "the expected best three",
      "GEXF: the same best three")

with open("neo4j40/relationships.csv", encoding="utf-8", newline="") as f:
    rows = [r for r in csv.DictReader(f) if {r[":START_ID(Entity)"], r[":END_ID(Entity)"]} == {"wd:Q3052772", "wd:Q7747"}]
check(best_three(rows[0]["evidence"]), "the expected best three", "Neo4j CSV: the same best three")
check(len(rows[0]["evidence_ids:string[]"].split(";")), 43, "Neo4j CSV: every evidence id")

data = html_graph_data("40-g.html")
met = [e for e in data["edges"] if {e["source"], e["target"]} == {"wd:Q3052772", "wd:Q7747"}][0]
check((met["mentions"], [e["doc"] for e in met["evidence"]]), (43, ["twin", "long", "d27"]),
      "HTML: the count and the best three")
check(max(len(e["text"]) for e in met["evidence"]), 501, "HTML: a sentence cut at 500 code points and '…'")

evidence = {line.split()[0] for line in open("40-g.nt", encoding="utf-8") if line.startswith("<https://newskg.org/evidence/")}
check(len(evidence), 43 + 2, "RDF: an evidence node for every sentence (43 and Erdogan's 2)")
done()
PY
