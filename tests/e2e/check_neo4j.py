#!/usr/bin/python3
"""check_neo4j.py NEWSKG SAMPLES_DIR WORK_DIR

Checks `newskg export --format neo4j -o DIR` (issue 5, exports.md §5) with the
csv module only: both files parse, the headers are neo4j-admin headers with
typed properties, every :START_ID and :END_ID is a node :ID, relationship types
are UPPER_SNAKE_CASE, typed values parse as their type, arrays split on ';'.
Also `--format cypher` and the script written beside the CSV files.
"""
import csv
import re
import shutil
import subprocess
import sys
from pathlib import Path

TYPES = {"long": int, "double": float, "boolean": lambda v: {"true": True, "false": False}[v],
         "date": lambda v: re.fullmatch(r"\d{4}-\d{2}-\d{2}", v).group(0)}


def read(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f, strict=True))
    return rows[0], rows[1:]


def check_typed(header, rows, check, what):
    for column, cell in enumerate(header):
        name, _, kind = cell.partition(":")
        if kind.endswith("[]") or kind not in TYPES:
            continue
        bad = []
        for row in rows:
            if row[column] != "":
                try:
                    TYPES[kind](row[column])
                except (ValueError, KeyError, AttributeError):
                    bad.append(row[column])
        check(f"{what} column {cell} parses as {kind}", not bad)


def main():
    newskg, samples, work = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    db = work / "newskg.db"
    subprocess.run([newskg, "build", "--quiet", "--db", str(db), str(samples)], check=True)
    out = work / "neo4j"
    subprocess.run([newskg, "export", "--quiet", "--db", str(db), "--format", "neo4j",
                    "-o", str(out)], check=True)
    failures = []

    def check(name, ok):
        print(("PASS " if ok else "FAIL ") + name)
        if not ok:
            failures.append(name)

    # The four files and the marker that lists them (issue 12: newskg replaces
    # only what it wrote).
    check("the directory holds the four files and the marker",
          sorted(p.name for p in out.iterdir())
          == [".newskg-export", "graph.graphml", "load-graphml.cypher", "nodes.csv",
              "relationships.csv"])
    check("the marker lists the four files",
          (out / ".newskg-export").read_text().splitlines()[1:]
          == ["graph.graphml", "load-graphml.cypher", "nodes.csv", "relationships.csv"])
    check("no temporary directory is left",
          not list(work.glob("neo4j.*")) and not list(work.glob(".neo4j.tmp-*")))

    node_header, nodes = read(out / "nodes.csv")
    rel_header, rels = read(out / "relationships.csv")
    check("nodes.csv has :ID and :LABEL", node_header[:2] == ["id:ID(Entity)", ":LABEL"])
    check("relationships.csv has :START_ID, :END_ID, :TYPE",
          rel_header[:3] == [":START_ID(Entity)", ":END_ID(Entity)", ":TYPE"])
    for cell in ("aliases:string[]", "mentions:long", "pagerank:double", "degree:long"):
        check(f"nodes.csv has {cell}", cell in node_header)
    for cell in ("confidence:double", "mentions:long", "evidence_docs:string[]",
                 "evidence_ids:string[]", "symmetric:boolean"):
        check(f"relationships.csv has {cell}", cell in rel_header)
    check("the sample gives nodes and relationships", len(nodes) > 3 and len(rels) > 3)
    check("every node row has as many fields as the header",
          all(len(r) == len(node_header) for r in nodes))
    check("every relationship row has as many fields as the header",
          all(len(r) == len(rel_header) for r in rels))
    ids = [r[0] for r in nodes]
    check("node ids are unique", len(ids) == len(set(ids)))
    missing = [r[:3] for r in rels if r[0] not in ids or r[1] not in ids]
    check("every :START_ID and :END_ID is a node :ID", not missing)
    bad_types = sorted({r[2] for r in rels if not re.fullmatch(r"[A-Z][A-Z0-9]*(_[A-Z0-9]+)*", r[2])})
    check(f"relationship types are UPPER_SNAKE_CASE {bad_types}", not bad_types)
    check("every node has the label Entity and its type",
          all(r[1].split(";")[0] == "Entity" and len(r[1].split(";")) == 2 for r in nodes))
    check_typed(node_header, nodes, check, "nodes.csv")
    check_typed(rel_header, rels, check, "relationships.csv")
    docs = rel_header.index("evidence_docs:string[]")
    check("evidence_docs are non-empty arrays", all(r[docs].split(";")[0] for r in rels))
    aliases = node_header.index("aliases:string[]")
    check("some node has an Arabic alias",
          any(re.search("[\u0600-\u06FF]", a) for r in nodes for a in r[aliases].split(";")))

    script = (out / "load-graphml.cypher").read_text(encoding="utf-8")
    check("the script loads graph.graphml with APOC",
          "CALL apoc.import.graphml('graph.graphml', {readLabels: true, storeNodeIds: true});"
          in script)
    cypher = subprocess.run([newskg, "export", "--quiet", "--db", str(db), "--format", "cypher"],
                            check=True, capture_output=True, text=True).stdout
    check("--format cypher writes the same script", cypher == script)

    again = work / "again"
    subprocess.run([newskg, "export", "--quiet", "--db", str(db), "--format", "neo4j",
                    "-o", str(again)], check=True)
    check("a second export is byte-identical",
          all((out / n).read_bytes() == (again / n).read_bytes()
              for n in ("nodes.csv", "relationships.csv", "graph.graphml", "load-graphml.cypher")))
    subprocess.run([newskg, "export", "--quiet", "--db", str(db), "--format", "neo4j",
                    "-o", str(again), "--predicate", "called"], check=True)
    _, called = read(again / "relationships.csv")
    check("exporting over a directory replaces it (filtered: only CALLED)",
          called and all(r[2] == "CALLED" for r in called))
    if failures:
        print(f"{len(failures)} check(s) failed", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
