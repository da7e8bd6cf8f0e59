#!/usr/bin/env bash
# entity_names.sh NEWSKG DATA SAMPLES SHARED WORK CASE
# Issue 10, items 5 and 6, on samples/ plus five dev articles (two on the
# Macedonian referendum in each language, one on Rawa in Arabic only):
#   policy   one name per entity everywhere: an English name read in an English
#            article ("Zoran Zaev"), else the gazetteer's, else a romanization
#            ("Rawa" for راوة), the same in `entities`, `query`, GraphML, GEXF,
#            Neo4j, the HTML view and RDF, where a romanization is @ar-Latn,
#            never @en
#   aliases  every known name of an entity (the gazetteer's in all languages,
#            the names read) in Neo4j's aliases:string[], GraphML and GEXF, so
#            'بوتين' IN n.aliases finds Putin; no name of another entity
# Exits 77 (skipped) without SHARED/articles/dev.
set -uo pipefail
newskg="$1" data="$2" samples="$3" shared="$4" work="$5" case="$6"
# shellcheck source=tests/e2e/common.sh
. "$(dirname "$0")/common.sh"
e2e_dir="$(cd "$(dirname "$0")" && pwd)" # for checks.py
dev="$shared/articles/dev"
if [ ! -d "$dev" ]; then
  skip "$dev is absent"
fi
fresh_dir "$work" articles
cd "$work" || exit 1
run() { "$newskg" "$@" --data "$data"; }

cp "$samples"/*.txt articles/ || exit 1
for doc in macedonia-name-referendum.ar macedonia-name-referendum.en \
  macedonia-name-vote-greece.ar macedonia-name-vote-greece.en coalition-rawa-anbar-isis-strikes.ar \
  putin-syria-withdrawal-press-roundup.ar; do
  cp "$dev/$doc.txt" articles/ || exit 1
done
run build --quiet --db kg.db articles || exit 1
run export --quiet --db kg.db -f graphml -o kg.graphml || exit 1
run export --quiet --db kg.db -f gexf -o kg.gexf || exit 1
run export --quiet --db kg.db -f html -o kg.html || exit 1
run export --quiet --db kg.db -f ntriples -o kg.nt || exit 1
run export --quiet --db kg.db -f neo4j -o neo4j || exit 1
run entities --db kg.db --search Zaev --format csv > zaev.csv || exit 1
run entities --db kg.db --search راوة --format csv > rawa.csv || exit 1
run query --db kg.db --entity Zaev --format csv > zaev-query.csv || exit 1

PYTHONPATH="$e2e_dir" CASE="$case" /usr/bin/python3 - <<'PY'
import csv, os, re
import networkx as nx

from checks import check, done, html_graph_data

case = os.environ["CASE"]
graphml = nx.read_graphml("kg.graphml")
gexf = nx.read_gexf("kg.gexf")
html = {n["id"]: n for n in html_graph_data("kg.html")["nodes"]}
with open("neo4j/nodes.csv", encoding="utf-8", newline="") as f:
    neo4j = {row["id:ID(Entity)"]: row for row in csv.DictReader(f)}
nt = open("kg.nt", encoding="utf-8").read()
zaev_rows = list(csv.DictReader(open("zaev.csv", encoding="utf-8")))
rawa_rows = list(csv.DictReader(open("rawa.csv", encoding="utf-8")))
check(len(zaev_rows), 1, "entities --search Zaev finds one entity")
check(len(rawa_rows), 1, "entities --search راوة finds one entity")
zaev = zaev_rows[0]["id"]
rawa = rawa_rows[0]["id"]
putin = "wd:Q7747"

def labels(node_id):
    """The rdfs:label literals of the node's N-Triples, as (text, tag) pairs."""
    iris = re.findall(r'^(<[^>]+>) <https://newskg.org/ontology#id> "' + re.escape(node_id) + '"', nt, re.M)
    assert len(iris) == 1, node_id
    found = re.findall("^" + re.escape(iris[0]) + r' <http://www.w3.org/2000/01/rdf-schema#label> "([^"]*)"@(\S+) \.$',
                       nt, re.M)
    return sorted(found)

if case == "policy":
    # Zoran Zaev: named in two English and two Arabic articles; the Arabic
    # ones (whose ids sort first) romanize زوران زئيف as "Zuran Zif".
    check(zaev_rows[0]["label_en"], "Zoran Zaev", "entities: the English article's name, not the romanization")
    check(zaev_rows[0]["label_ar"], "زوران زئيف", "entities: the Arabic name")
    rows = list(csv.DictReader(open("zaev-query.csv", encoding="utf-8")))
    names = {row["subject_label"] for row in rows if row["subject"] == zaev} \
        | {row["object_label"] for row in rows if row["object"] == zaev}
    check(names, {"Zoran Zaev"}, "query names him Zoran Zaev")
    check(graphml.nodes[zaev].get("label"), "Zoran Zaev", "GraphML label")
    check(graphml.nodes[zaev].get("name_en"), "Zoran Zaev", "GraphML name_en")
    check(gexf.nodes[zaev].get("label"), "Zoran Zaev", "GEXF label")
    check(neo4j[zaev]["name"], "Zoran Zaev", "Neo4j name")
    check(html[zaev]["label"], "Zoran Zaev", "HTML view label")
    check(labels(zaev), [("Zoran Zaev", "en"), ("زوران زئيف", "ar")],
          "RDF: Zoran Zaev@en and the Arabic name; the romanization is no label")
    check('"Zuran Zif"@en' in nt, False, "RDF: no \"Zuran Zif\"@en")
    # Rawa: only in an Arabic article, unknown to the gazetteer: its name is
    # the romanization, tagged as one.
    check(rawa_rows[0]["label_en"], "Rawa", "entities: the romanization when no English name exists")
    check(graphml.nodes[rawa].get("label"), "Rawa", "GraphML label of Rawa")
    check(neo4j[rawa]["name"], "Rawa", "Neo4j name of Rawa")
    check(html[rawa]["label"], "Rawa", "HTML label of Rawa")
    check(labels(rawa), [("Rawa", "ar-Latn"), ("راوة", "ar")], "RDF: Rawa@ar-Latn, راوة@ar, no @en")
    # Putin: known to the gazetteer, named in Arabic articles only: the
    # gazetteer's English name, @en.
    check(graphml.nodes[putin].get("label"), "Vladimir Putin", "GraphML: the gazetteer's name for Putin")
    check(labels(putin), [("Vladimir Putin", "en"), ("فلاديمير بوتين", "ar")], "RDF: the gazetteer's names of Putin")
    tags = set(re.findall(r'rdf-schema#label> "[^"]*"@(\S+) \.$', nt, re.M))
    check(tags <= {"en", "ar", "ar-Latn"}, True, f"RDF label tags are en, ar, ar-Latn ({sorted(tags)})")
elif case == "aliases":
    gazetteer = {"Vladimir Putin", "فلاديمير بوتين", "Putin", "Vladimir Vladimirovich Putin",
                 "بوتين", "فلاديمير بوتن", "بوتن"}
    neo4j_putin = set(neo4j[putin]["aliases:string[]"].split(";"))
    check(gazetteer - neo4j_putin, set(), "Neo4j: Putin's aliases hold the gazetteer's 7 names")
    check("بوتين" in neo4j_putin, True, "Neo4j: 'بوتين' IN n.aliases finds Putin")
    check(sorted(i for i, row in neo4j.items() if "بوتين" in row["aliases:string[]"].split(";")), [putin],
          "Neo4j: no other entity has the alias بوتين")
    check("Emmanuel Macron" in neo4j_putin or "Zoran Zaev" in neo4j_putin, False,
          "Neo4j: no name of another entity among Putin's")
    check(gazetteer - set(graphml.nodes[putin]["aliases"].split(";")), set(), "GraphML aliases of Putin")
    check(gazetteer - set(gexf.nodes[putin]["aliases"].split(";")), set(), "GEXF aliases of Putin")
    # Names read: both spellings of Zaev, in both scripts; the romanization
    # extraction gave is kept as an alias too.
    zaev_aliases = set(neo4j[zaev]["aliases:string[]"].split(";"))
    check({"Zoran Zaev", "زوران زئيف"} - zaev_aliases, set(), "Neo4j: the names read of Zaev")
    check("Vladimir Putin" in zaev_aliases, False, "Neo4j: no name of Putin among Zaev's")
    cypher = open("neo4j/load-graphml.cypher", encoding="utf-8").read()
    check("SET n.aliases = split(n.aliases, ';')" in cypher, True,
          "load-graphml.cypher makes GraphML's aliases a list")
    alternate = re.findall(r'<https://schema.org/alternateName> "([^"]*)" \.$', nt, re.M)
    check("بوتين" in alternate, True, "RDF: بوتين is a schema:alternateName")
done()
PY
