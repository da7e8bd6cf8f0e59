#!/usr/bin/python3
"""check_filters.py NEWSKG SAMPLES_DIR WORK_DIR

Checks the filters of `newskg export` (issue 5) on the GraphML it writes. The
sample article is stored twice, as two documents of a JSON Lines file dated
2020-10-10 and 2021-05-01, so that --since/--until can tell them apart.
Each check parses the GraphML with the standard library only.
"""
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

NS = {"g": "http://graphml.graphdrawing.org/xmlns"}


def export(newskg, db, out, *args):
    subprocess.run([newskg, "export", "--quiet", "--db", str(db), "--format", "graphml",
                    "-o", str(out), *args], check=True)
    root = ET.parse(out).getroot()
    keys = {k.get("id"): k.get("attr.name") for k in root.findall("g:key", NS)}
    nodes, edges = {}, []
    for node in root.iter("{%s}node" % NS["g"]):
        nodes[node.get("id")] = {keys[d.get("key")]: d.text or "" for d in node.findall("g:data", NS)}
    for edge in root.iter("{%s}edge" % NS["g"]):
        data = {d.get("key"): d.text or "" for d in edge.findall("g:data", NS)}
        data["source"], data["target"] = edge.get("source"), edge.get("target")
        edges.append(data)
    return nodes, edges


def main():
    newskg, samples, work = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    text = next(iter(sorted(samples.glob("*.txt")))).read_text(encoding="utf-8")
    with open(work / "dated.jsonl", "w", encoding="utf-8") as out:
        for doc, date in (("early", "2020-10-10"), ("late", "2021-05-01")):
            out.write(json.dumps({"id": doc, "text": text, "date": date, "lang": "ar"},
                                 ensure_ascii=False) + "\n")
    db = work / "newskg.db"
    subprocess.run([newskg, "build", "--quiet", "--db", str(db), str(work / "dated.jsonl")],
                   check=True)
    failures = []

    def check(name, ok):
        print(("PASS " if ok else "FAIL ") + name)
        if not ok:
            failures.append(name)

    all_nodes, all_edges = export(newskg, db, work / "all.graphml")
    check("the whole graph has edges", len(all_edges) > 3)

    _, late = export(newskg, db, work / "late.graphml", "--since", "2021-01-01")
    check("--since keeps only the later article",
          late and all(e["edge_documents"] == "late" for e in late))
    _, early = export(newskg, db, work / "early.graphml", "--until", "2020-12-31")
    check("--until keeps only the earlier article",
          early and all(e["edge_documents"] == "early" for e in early))
    nodes, edges = export(newskg, db, work / "none.graphml", "--until", "2019-01-01")
    check("a range without articles is empty", not nodes and not edges)

    _, called = export(newskg, db, work / "called.graphml", "--predicate", "called,met")
    check("--predicate keeps those predicates",
          called and all(e["predicate"] in ("called", "met") for e in called))

    persons, _ = export(newskg, db, work / "persons.graphml", "--type", "Person")
    check("--type keeps that type", persons and all(n["type"] == "Person" for n in persons.values()))

    _, sure = export(newskg, db, work / "sure.graphml", "--min-confidence", "0.9")
    check("--min-confidence keeps confident evidence",
          0 < len(sure) <= len(all_edges) and all(float(e["confidence"]) >= 0.9 for e in sure))
    _, twice = export(newskg, db, work / "twice.graphml", "--min-mentions", "2")
    check("--min-mentions keeps edges with enough evidence",
          twice and all(int(e["mention_count"]) >= 2 for e in twice))

    ego, ego_edges = export(newskg, db, work / "ego.graphml", "--around", "بوتين", "--depth", "1")
    putin = [i for i, n in ego.items() if n.get("wikidata") == "Q7747"]
    check("--around resolves an Arabic name", len(putin) == 1)
    if putin:
        near = {putin[0]} | {e["target"] for e in ego_edges if e["source"] == putin[0]} \
            | {e["source"] for e in ego_edges if e["target"] == putin[0]}
        check("--depth 1 keeps Putin and his neighbours only",
              set(ego) == near and len(ego) < len(all_nodes))
    english, _ = export(newskg, db, work / "ego-en.graphml", "--around", "Putin", "--depth", "1")
    check("--around finds the same entity by its English name", english.keys() == ego.keys())

    print(f"{len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
