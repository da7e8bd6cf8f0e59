#!/usr/bin/env python3
"""Builds data/gazetteer/subdivisions.tsv and data/gazetteer/regions.tsv from
CLDR (Debian's unicode-cldr-core; Unicode licence, see data/README.md).

Run from the repository root:
    python3 data/tools/cldr_subdivisions.py [/usr/share/unicode/cldr]

The first-level subdivisions of every country (a US state, a Syrian
governorate, a Canadian province) that CLDR names in both English and Arabic
become Locations of subdivisions.tsv ("x:place:us-ok	Location	Oklahoma
أوكلاهوما"); regions.tsv says which country each lies in, for "in Tulsa,
Oklahoma" (Tulsa located-in Oklahoma). Left out:
- a subdivision whose country the gazetteer does not know;
- one whose English or Arabic name, after the extractor's normalization, is
  already an alias of the gazetteer (the city Raqqa keeps "الرقة"; Alaska is
  in places.tsv already), a demonym (Ethiopia's Somali region: "Somali" is
  Somalia's) or a name of another subdivision (two of one name: neither);
- Arabic names of one word that is also a word of the language: three
  letters or fewer, the article (المدينة "the city" is Medina province), or a
  stem of Debian's hunspell-ar dictionary (/usr/share/hunspell/ar.dic: مركزي
  "central" is Iran's Markazi), and Arabic names that are given names: the
  subdivision keeps its English name alone (Maine: مين "who"), unless that has
  three letters or fewer, is a city's of cities.tsv or is an adjective;
- a subdivision of one word that is a given name of data/<lang>/given_names.tsv
  (Vladimir, a Russian oblast, begins "Vladimir Ivanov");
- a subdivision whose English name is made of common English words only
  (Central, Eastern, North West, Capital: lowercase words of Debian's
  wamerican list, /usr/share/dict/words): its Arabic name is then as common
  (الوسطى، الشرقية).
"""
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from names import normalize  # noqa: E402  one normalization, the loader's

ENTITY_FILES = ["countries.tsv", "organizations.tsv", "people.tsv", "places.tsv"]
# English names CLDR gives as an adjective, which text uses for people and
# groups, not the place.
ENGLISH_ADJECTIVES = {"Chechen"}


def names(cldr, lang):
    tree = ET.parse(Path(cldr) / "common" / "subdivisions" / f"{lang}.xml")
    return {s.get("type"): s.text.strip() for s in tree.iter("subdivision") if s.text}


def first_level(cldr):
    """subdivision code -> ISO country code, for the first level only."""
    tree = ET.parse(Path(cldr) / "common" / "supplemental" / "subdivisions.xml")
    out = {}
    for group in tree.iter("subgroup"):
        country = group.get("type")
        if re.fullmatch(r"[A-Z]{2}", country or ""):
            for code in group.get("contains", "").split():
                out[code] = country
    return out


def gazetteer():
    """Known aliases and demonyms (normalized), ids, and the places of
    places.tsv by their normalized English and Arabic labels."""
    aliases, ids, places = set(), set(), {}
    for name in ENTITY_FILES:
        for line in (Path("data/gazetteer") / name).read_text(encoding="utf-8").splitlines():
            if line.startswith("#"):
                continue
            f = line.split("\t")
            ids.add(f[0])
            if name == "places.tsv":
                places[(normalize(f[2]), normalize(f[3]))] = f[0]
            for alias in [f[2], f[3]] + f[4].split("|") + f[5].split("|"):
                if alias:
                    aliases.add(normalize(alias))
                    aliases.add(normalize(re.sub(r"^ال", "", alias)))
    # A demonym is a name too ("Somali" is Somalia's, not Ethiopia's region).
    for lang in ("en", "ar"):
        for line in Path(f"data/{lang}/demonyms.tsv").read_text(encoding="utf-8").splitlines():
            if not line.startswith("#"):
                for form in line.split("\t")[1].split("|"):
                    aliases.update({normalize(form), normalize("ال" + form)})
    return aliases, ids, places


def country_ids():
    """ISO code -> gazetteer id of the country."""
    out = {}
    for line in Path("data/gazetteer/country_qids.tsv").read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            iso, qid = line.split("\t")
            out[iso] = qid
    return out


def common_words(path="/usr/share/dict/words"):
    """Lowercase words of the English word list: common words, not names."""
    words = set(Path(path).read_text(encoding="utf-8", errors="replace").split())
    return {w for w in words if w.islower()}


def arabic_words(path="/usr/share/hunspell/ar.dic"):
    """Stems of the Arabic dictionary, normalized."""
    lines = Path(path).read_text(encoding="utf-8", errors="replace").splitlines()[1:]
    return {normalize(line.split("/")[0]) for line in lines if line and not line.startswith(":")}


def main():
    cldr = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/unicode/cldr"
    common = common_words()
    arabic_common = arabic_words()
    given = set()
    for lang in ("en", "ar"):
        for line in Path(f"data/{lang}/given_names.tsv").read_text(encoding="utf-8").splitlines():
            if line.startswith("given-name\t"):
                given.add(normalize(line.split("\t")[1]))
    english, arabic, parents = names(cldr, "en"), names(cldr, "ar"), first_level(cldr)
    known, ids, places = gazetteer()
    cities = {normalize(line.split("\t")[2])
              for line in Path("data/gazetteer/cities.tsv").read_text(encoding="utf-8").splitlines()
              if not line.startswith("#")}
    countries = country_ids()
    rows = []
    for code, iso in parents.items():
        en, ar = english.get(code), arabic.get(code)
        country = countries.get(iso)
        if not en or not ar or country is None or country not in ids:
            continue
        if all(w.lower() in common for w in re.findall(r"[A-Za-z]+", en)):
            continue
        if normalize(en) in given:
            continue
        # An Arabic name that is a word or a given name is left out; the
        # subdivision keeps its English name (Maine: مين "who").
        if (len(ar.split()) == 1 and (len(normalize(ar)) <= 3 or ar.startswith("ال")
                                      or normalize(ar) in arabic_common)) or normalize(ar) in given:
            ar = ""
        # Then the English name alone: not of three letters or fewer (Mie,
        # Osh), as geonames_cities.py, nor an adjective (CLDR's "Chechen").
        # Nor a city's name of cities.tsv (Kayseri, Bursa: the city is meant
        # more often than its province).
        if not ar and (len(en) <= 3 or en in ENGLISH_ADJECTIVES or normalize(en) in cities):
            continue
        rows.append((code, iso, en, ar, country))
    # A name two subdivisions share names neither.
    counts = Counter(n for _, _, en, ar, _ in rows for n in {normalize(en), normalize(ar)} - {""})
    kept, linked = [], []
    for code, iso, en, ar, country in rows:
        keys = {normalize(en), normalize(ar), normalize(re.sub(r"^ال", "", ar))} - {""}
        # A subdivision places.tsv has under both its names (Alaska ألاسكا)
        # keeps that id; regions.tsv still says where it lies.
        if (normalize(en), normalize(ar)) in places:
            linked.append((places[(normalize(en), normalize(ar))], country))
            continue
        if keys & known or any(counts[k] > 1 for k in keys):
            continue
        slug = iso.lower() + "-" + code[len(iso):].lower()
        kept.append((f"x:place:{slug}", en, ar, country))
    kept.sort()
    with open("data/gazetteer/subdivisions.tsv", "w", encoding="utf-8") as out:
        out.write("# id\ttype\tlabel_en\tlabel_ar\taliases_en\taliases_ar\n")
        out.write("# Generated by data/tools/cldr_subdivisions.py from CLDR 41: do not edit by hand.\n")
        for pid, en, ar, _ in kept:
            out.write(f"{pid}\tLocation\t{en}\t{ar}\t\t\n")
    with open("data/gazetteer/regions.tsv", "w", encoding="utf-8") as out:
        out.write("# place_id\tcountry_id\n")
        out.write("# Generated by data/tools/cldr_subdivisions.py: the country each subdivision lies in.\n")
        for pid, country in sorted([(pid, country) for pid, _, _, country in kept] + linked):
            out.write(f"{pid}\t{country}\n")
    print(f"data/gazetteer/subdivisions.tsv: {len(kept)} subdivisions")


if __name__ == "__main__":
    main()
