#!/usr/bin/python3
"""export_readers.py NEWSKG SAMPLES_DIR SHARED_DIR WORK_DIR

Issue 10, items 2 and 3: the GraphML and GEXF exports load in networkx (Debian's
python3-networkx 2.8) and are joinable by entity id.

Builds a cache from SAMPLES_DIR (and SHARED_DIR/articles/dev when present) and
checks:
  - GraphML node ids are the cache's entity ids (wd:Q7747, x:person:...), the
    ids of the Neo4j export's nodes.csv; a wd: node's `wikidata` is its id's
    QID; every Event's event_subject and event_object is a node id;
  - networkx.read_gexf reads `--format gexf` (it raised "No <graph> element" on
    GEXF 1.3, then "Undirected edge found in directed graph"), with the same
    nodes and edges as the GraphML, symmetric edges marked `symmetric`;
  - `--format gexf-1.3` is `--format gexf` under the 1.3 root element, and
    valid against SHARED_DIR/gexf-xsd (skipped when the XSD or xmllint is
    absent).
Exits 77 (ctest: skipped) when networkx cannot be imported.
"""
import csv
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

try:
    import networkx as nx
except ImportError:
    print("SKIP: networkx is not installed (apt-get install python3-networkx)")
    sys.exit(77)

ROOT_12 = '<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">'
ROOT_13 = '<gexf xmlns="http://gexf.net/1.3" version="1.3">'


def main():
    newskg, samples, shared, work = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[4])
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    db = work / "newskg.db"
    inputs = [str(samples)] + sorted(str(p) for p in (shared / "articles" / "dev").glob("*.txt"))
    # samples/ holds copies of two dev articles: the dev copies win, with a warning.
    subprocess.run([newskg, "build", "--quiet", "--db", str(db), *inputs], check=True,
                   stderr=subprocess.DEVNULL)

    def export(fmt, name):
        path = work / name
        subprocess.run([newskg, "export", "--quiet", "--db", str(db), "--format", fmt,
                        "-o", str(path)], check=True)
        return path

    graphml, gexf, gexf13 = export("graphml", "g.graphml"), export("gexf", "g.gexf"), \
        export("gexf-1.3", "g-1.3.gexf")
    neo4j = export("neo4j", "neo4j")
    failures = []

    def check(name, ok):
        print(("PASS " if ok else "FAIL ") + name)
        if not ok:
            failures.append(name)

    g = nx.read_graphml(graphml, force_multigraph=True)
    with sqlite3.connect(db) as connection:
        entity_ids = {row[0] for row in connection.execute("SELECT id FROM entities")}
    nodes = set(g.nodes)
    check(f"the graph has nodes ({len(nodes)}) and edges ({g.number_of_edges()})",
          len(nodes) > 3 and g.number_of_edges() > 3)
    check("GraphML node ids are the cache's entity ids "
          f"{sorted(nodes - entity_ids)[:3]}", nodes <= entity_ids)
    check("no node is n0, n1, ...", not any(n[:1] == "n" and n[1:].isdigit() for n in nodes))
    with open(neo4j / "nodes.csv", newline="", encoding="utf-8") as f:
        csv_ids = {row[0] for row in list(csv.reader(f))[1:]}
    check("GraphML node ids are the ids of nodes.csv", nodes == csv_ids)
    bad_qids = [n for n, d in g.nodes(data=True)
                if n.startswith("wd:") and d.get("wikidata") != n[3:]]
    check(f"a wd: node's wikidata is its QID {bad_qids[:3]}", not bad_qids)
    events = [(n, d) for n, d in g.nodes(data=True) if d.get("type") == "Event"]
    check(f"the graph has Events ({len(events)})", len(events) > 0)
    dangling = [(n, d.get("event_subject"), d.get("event_object")) for n, d in events
                if d.get("event_subject", "") not in nodes or d.get("event_object", "") not in nodes]
    check(f"every Event's event_subject and event_object is a node id {dangling[:2]}",
          not dangling)

    try:
        h = nx.read_gexf(gexf)
        check("networkx reads --format gexf", True)
    except Exception as e:  # noqa: BLE001 - report any reader error as the failure
        check(f"networkx reads --format gexf ({type(e).__name__}: {e})", False)
        h = None
    if h is not None:
        check("the GEXF is directed", h.is_directed())
        check("the GEXF has the GraphML's nodes", set(h.nodes) == nodes)
        check(f"the GEXF has the GraphML's edges ({h.number_of_edges()} vs {g.number_of_edges()})",
              h.number_of_edges() == g.number_of_edges())
        symmetric = {(u, v, d["label"]) for u, v, d in h.edges(data=True) if d.get("symmetric")}
        g_symmetric = {(u, v, d["label"]) for u, v, d in g.edges(data=True) if d.get("symmetric")}
        check(f"symmetric edges are marked as in the GraphML ({len(symmetric)})",
              symmetric == g_symmetric and len(symmetric) > 0)
        check("GEXF edges carry their predicate as label",
              all(d.get("label") and d.get("predicate") for _, _, d in h.edges(data=True)))

    text = gexf.read_text(encoding="utf-8")
    check("--format gexf is GEXF 1.2 (networkx reads no 1.3)", ROOT_12 in text)
    check("--format gexf-1.3 is --format gexf under the 1.3 root",
          gexf13.read_text(encoding="utf-8") == text.replace(ROOT_12, ROOT_13, 1))
    xsd = shared / "gexf-xsd" / "gexf.xsd"
    if xsd.is_file() and shutil.which("xmllint"):
        # gexf-1.3 is the gexf file under the 1.3 root (checked above), so this
        # validates the body of both.
        result = subprocess.run(["xmllint", "--noout", "--nonet", "--schema", str(xsd), str(gexf13)],
                                capture_output=True, text=True)
        check(f"{gexf13.name} is valid against the GEXF 1.3 XSD {result.stderr[-300:]}",
              result.returncode == 0)
    else:
        print(f"SKIP: GEXF XSD check ({xsd} or xmllint absent)")

    if failures:
        print(f"{len(failures)} check(s) failed", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
