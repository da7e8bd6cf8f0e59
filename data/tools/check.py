#!/usr/bin/env python3
"""Quality checks for data/gazetteer and the demonym files.

Run from the repository root (or anywhere):  python3 data/tools/check.py
Exits non-zero and prints every problem found.
"""
import os
import re
import sys
import unicodedata

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
GAZ = os.path.join(ROOT, "data", "gazetteer")
ENTITY_FILES = {
    "countries.tsv": {"Country"},
    "organizations.tsv": {"Organization"},
    "people.tsv": {"Person"},
    "places.tsv": {"Location"},
    "subdivisions.tsv": {"Location"},
    "cities.tsv": {"Location"},
}
ROLES = {
    "president", "vice-president", "prime-minister", "foreign-minister",
    "defence-minister", "interior-minister", "king", "crown-prince", "emir",
    "sultan", "secretary-general", "spokesperson", "chair", "leader",
    "ambassador", "envoy",
}
ID_RE = re.compile(r"^(wd:Q[1-9][0-9]*|iso:[A-Z]{2}|gn:[1-9][0-9]*|x:(org|person|place):[a-z0-9]+(-[a-z0-9]+)*)$")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
AR_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")

errors = []


def err(msg):
    errors.append(msg)


def normalize(alias):
    """Mirrors extract/normalizer: NFKC, case folding, Arabic diacritics and
    tatweel dropped, letter variants folded, punctuation and white space runs
    made one space."""
    s = unicodedata.normalize("NFKC", alias).casefold()
    s = AR_DIACRITICS.sub("", s)
    for a, b in (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ٱ", "ا"), ("ى", "ي"), ("ی", "ي"),
                 ("ة", "ه"), ("ؤ", "و"), ("ئ", "ي"), ("ک", "ك"), ("گ", "غ"), ("ڤ", "ف"),
                 ("پ", "ب"), ("چ", "ج")):
        s = s.replace(a, b)
    s = "".join(" " if (unicodedata.category(c)[0] in "PZS" or c.isspace()) else c for c in s)
    return " ".join(s.split())


def bare_key(key):
    """The key without the article of its first word, as the loader also
    indexes it (Clitics::without_article: when two letters at least remain)."""
    words = key.split(" ")
    if words[0].startswith("ال") and len(words[0]) >= 4:
        words[0] = words[0][2:]
    return " ".join(words)


def sort_key(id_):
    m = re.match(r"^wd:Q(\d+)$", id_)
    return (0, int(m.group(1)), "") if m else (1, 0, id_)


def read(path, ncols, header_prefix="#"):
    rows = []
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    else:
        err(f"{path}: no final newline")
    if not lines or not lines[0].startswith(header_prefix):
        err(f"{path}: first line must be a '#' header")
    # A generated file says so in comment lines right after the header.
    first = 1
    while first < len(lines) and lines[first].startswith("#"):
        first += 1
    for n, line in enumerate(lines[first:], start=first + 1):
        where = f"{os.path.relpath(path, ROOT)}:{n}"
        if line != line.rstrip(" ") or line != line.lstrip(" "):
            err(f"{where}: leading/trailing spaces")
        if "\r" in line:
            err(f"{where}: carriage return")
        if not line or line.startswith("#"):
            err(f"{where}: empty or comment line after the header")
            continue
        cols = line.split("\t")
        if len(cols) != ncols:
            err(f"{where}: {len(cols)} fields, expected {ncols}")
            continue
        for c in cols:
            if c != c.strip():
                err(f"{where}: field with surrounding spaces: {c!r}")
        rows.append((where, cols))
    return rows


def check_sorted(path, rows, keyf=lambda cols: sort_key(cols[0]), strict=True):
    keys = [keyf(c) for _, c in rows]
    for i in range(1, len(keys)):
        if keys[i] < keys[i - 1] or (strict and keys[i] == keys[i - 1]):
            err(f"{rows[i][0]}: not sorted by id (or duplicate)")
            return


def main():
    ids = {}  # id -> file
    types = {}
    alias_owner = {}  # normalized alias -> (id, where, raw)
    bare_owner = {}  # same, first word without the article
    for fname, allowed in ENTITY_FILES.items():
        path = os.path.join(GAZ, fname)
        if not os.path.exists(path):
            err(f"missing {fname}")
            continue
        rows = read(path, 6)
        check_sorted(path, rows)
        for where, (id_, typ, len_, lar, aen, aar) in rows:
            if not ID_RE.match(id_):
                err(f"{where}: bad id {id_!r}")
            if id_ in ids:
                err(f"{where}: id {id_} already in {ids[id_]}")
            ids[id_] = fname
            types[id_] = typ
            if typ not in allowed:
                err(f"{where}: type {typ!r} not valid in {fname}")
            if not len_:
                err(f"{where}: empty label_en")
            if re.search("[\u0600-\u06ff]", len_ + aen):
                err(f"{where}: Arabic letters in an English column")
            if re.search("[A-Za-z]", lar + aar):
                err(f"{where}: Latin letters in an Arabic column")
            aliases = [len_, lar] + (aen.split("|") if aen else []) + (aar.split("|") if aar else [])
            for a in aliases:
                if a == "" and a is not lar:
                    err(f"{where}: empty alias")
                    continue
                if a != a.strip():
                    err(f"{where}: alias with spaces around: {a!r}")
                k = normalize(a)
                if not k:
                    continue
                prev = alias_owner.get(k) or bare_owner.get(k)
                if prev and prev[0] != id_:
                    err(f"{where}: alias {a!r} of {id_} also names {prev[0]} ({prev[1]}, {prev[2]!r})")
                else:
                    alias_owner.setdefault(k, (id_, where, a))
                # The loader also indexes an alias by its first word without
                # the article ال: those keys must not name two ids either.
                b = bare_key(k)
                if b != k:
                    prev = bare_owner.get(b) or alias_owner.get(b)
                    if prev and prev[0] != id_:
                        err(f"{where}: alias {a!r} of {id_} without ال also names {prev[0]} ({prev[2]!r})")
                    else:
                        bare_owner.setdefault(b, (id_, where, a))

    # positions.tsv
    path = os.path.join(GAZ, "positions.tsv")
    if os.path.exists(path):
        rows = read(path, 5)
        check_sorted(path, rows, keyf=lambda c: (sort_key(c[0]), c[3], c[1], sort_key(c[2])), strict=False)
        seen = set()
        for where, (pid, role, of, start, end) in rows:
            if pid not in ids or types.get(pid) != "Person":
                err(f"{where}: unknown person {pid}")
            if role not in ROLES:
                err(f"{where}: unknown role {role!r}")
            if of not in ids or types.get(of) not in ("Country", "Organization"):
                err(f"{where}: unknown country/organization {of}")
            if not DATE_RE.match(start):
                err(f"{where}: bad start {start!r}")
            if end and not DATE_RE.match(end):
                err(f"{where}: bad end {end!r}")
            if end and start[:4] > end[:4]:
                err(f"{where}: end before start")
            t = (pid, role, of, start)
            if t in seen:
                err(f"{where}: duplicate position")
            seen.add(t)
    else:
        err("missing positions.tsv")

    # seats.tsv
    path = os.path.join(GAZ, "seats.tsv")
    if os.path.exists(path):
        rows = read(path, 3)
        check_sorted(path, rows)
        for where, (pid, cid, kind) in rows:
            if pid not in ids or types.get(pid) not in ("Location", "Organization"):
                err(f"{where}: unknown place/organization {pid}")
            if cid not in ids or types.get(cid) != "Country":
                err(f"{where}: unknown country {cid}")
            if kind not in ("capital", "seat"):
                err(f"{where}: bad kind {kind!r}")
            if kind == "capital" and types.get(pid) != "Location":
                err(f"{where}: a capital must be a Location")
    else:
        err("missing seats.tsv")

    # demonyms
    for lang in ("ar", "en"):
        path = os.path.join(ROOT, "data", lang, "demonyms.tsv")
        if not os.path.exists(path):
            err(f"missing data/{lang}/demonyms.tsv")
            continue
        rows = read(path, 2)
        check_sorted(path, rows)
        owner = {}
        for where, (cid, forms) in rows:
            # A country's demonym, or a party's adjective ("Republican", "Tory").
            if cid not in ids or types.get(cid) not in ("Country", "Organization"):
                err(f"{where}: unknown country or organization {cid}")
            for f in forms.split("|"):
                if not f:
                    err(f"{where}: empty form")
                    continue
                if lang == "ar":
                    if re.search("[A-Za-z]", f):
                        err(f"{where}: Latin letters in {f!r}")
                    if f.startswith("ال"):
                        err(f"{where}: Arabic form with the article: {f!r}")
                    if normalize(f) in ("عربي", "عربيه", "عرب"):
                        err(f"{where}: {f!r} must not name a single country")
                k = normalize(f)
                if k in owner and owner[k] != cid:
                    err(f"{where}: form {f!r} also listed for {owner[k]}")
                owner[k] = cid
                # A demonym that is also the name of another entity.
                for kk in (k, "ال" + k):
                    if kk in alias_owner and alias_owner[kk][0] != cid:
                        err(f"{where}: form {f!r} is an alias of {alias_owner[kk][0]}")

    # country_qids.tsv
    path = os.path.join(GAZ, "country_qids.tsv")
    if os.path.exists(path):
        rows = read(path, 2)
        q = [c[1] for _, c in rows]
        if len(q) != len(set(q)):
            err("country_qids.tsv: duplicate qid")

    for e in errors:
        print(e)
    counts = {f: sum(1 for i in ids.values() if i == f) for f in ENTITY_FILES}
    print("entries:", ", ".join(f"{f} {n}" for f, n in counts.items()), f"aliases {len(alias_owner)}")
    if errors:
        print(f"check: {len(errors)} problem(s)")
        return 1
    print("check: OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
