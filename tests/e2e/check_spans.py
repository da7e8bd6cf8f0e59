#!/usr/bin/python3
"""check_spans.py NEWSKG SAMPLES_DIR

Runs `NEWSKG extract` on every .txt file of SAMPLES_DIR and checks the
contract of ontology.md: offsets are code points of the text as given, `end`
exclusive, so text[start:end] == evidence.text for every relation and
== mention.text for every mention; every relation names entities of its
document and carries evidence. Fails when a document yields no relation.
"""
import json
import subprocess
import sys
from pathlib import Path


def check_document(doc, text, where):
    errors = []
    ids = {entity["id"] for entity in doc.get("entities", [])}
    for entity in doc.get("entities", []):
        for m in entity.get("mentions", []):
            if text[m["start"]:m["end"]] != m["text"]:
                errors.append(f"{where}: mention of {entity['id']} [{m['start']}, {m['end']}) "
                              f"is {text[m['start']:m['end']]!r}, not {m['text']!r}")
    relations = doc.get("relations", [])
    if not relations:
        errors.append(f"{where}: no relations extracted")
    for r in relations:
        name = f"{r.get('subject')} -{r.get('predicate')}-> {r.get('object')}"
        for end in ("subject", "object"):
            if r.get(end) not in ids:
                errors.append(f"{where}: {name}: {end} is not an entity of the document")
        ev = r.get("evidence")
        if not ev:
            errors.append(f"{where}: {name}: no evidence")
            continue
        if text[ev["start"]:ev["end"]] != ev["text"]:
            errors.append(f"{where}: {name}: evidence [{ev['start']}, {ev['end']}) "
                          f"is {text[ev['start']:ev['end']]!r}, not {ev['text']!r}")
    return errors


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    newskg, samples = argv[1], Path(argv[2])
    files = sorted(samples.rglob("*.txt"))
    if not files:
        print(f"FAIL: no .txt files in {samples}", file=sys.stderr)
        return 1
    errors, checked = [], 0
    for path in files:
        # The text as given: no newline translation.
        text = path.read_bytes().decode("utf-8")
        run = subprocess.run([newskg, "extract", "--quiet", str(path)],
                             capture_output=True, check=False)
        if run.returncode != 0:
            errors.append(f"{path}: newskg extract exited {run.returncode}: "
                          f"{run.stderr.decode('utf-8', 'replace')}")
            continue
        lines = [line for line in run.stdout.decode("utf-8").splitlines() if line.strip()]
        if len(lines) != 1:
            errors.append(f"{path}: expected one JSON line, got {len(lines)}")
            continue
        doc = json.loads(lines[0])
        if doc.get("doc") != path.name[: -len(".txt")]:
            errors.append(f"{path}: doc is {doc.get('doc')!r}")
        errors += check_document(doc, text, str(path))
        checked += 1
    for error in errors:
        print("FAIL:", error, file=sys.stderr)
    if errors:
        return 1
    print(f"PASS: every span equals its text in {checked} documents")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
