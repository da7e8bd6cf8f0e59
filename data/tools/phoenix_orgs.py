#!/usr/bin/env python3
"""Builds data/gazetteer/organizations_phoenix.tsv from the organizations of
PETRARCH-2's Phoenix actor dictionaries (MIT, Copyright (c) 2014 Open Event
Data Alliance; see data/README.md).

Run from the repository root, after the other gazetteer files:
    python3 data/tools/phoenix_orgs.py ../shared/third_party/petrarch2

A Phoenix actor is a record: a name line ("TOYOTA_ [MNCJPN] # comment"), its
synonyms ("+IPCC") and its codes, on the name line or on the lines after it
("\t[IGOUNO >20070101]"). Phoenix.International.actors.txt lists
intergovernmental organizations ([IGO...]), NGOs ([NGO...]) and companies
([MNC...]); Phoenix.MilNonState.actors.txt armed non-state groups ([...REB],
[IMG...]). Each such actor becomes an Organization x:org:<slug of its English
label>, its synonyms English aliases; a company also goes by its name without
the legal suffix, which is its label ("Kraft Foods", alias "Kraft Foods Inc").
Phoenix has no Arabic names. An actor listed twice under one name is one.

Precision first: a wrong entity is worse than none, so this leaves out, and
counts by reason,

- the whole actor, when
  - it is a person: Phoenix lists people under the same codes (EARL_SLACK_
    [MNCUSA]# Union Carbide spokesman). A person's name has initials
    (R._BERZOK_), a comment that says a role (spokesman, leader, founder,
    his), a first word that begins people's names (data/en/given_names.tsv
    and the US 1990 census first names of given_names.py, which keep Earl) or
    an Arabic name's (Abu, Bin), a surname of Phoenix's people after one word
    (DOLQUN_ISA_), a dated code (a term of office: SUBROTO_ [IGOBUSOPC
    880701-940630]) or an elite's code [ELI]; or it is one of PEOPLE, or a
    name of the KEDS militant list ([IMG...]) without a group's word. A name
    with a word of an organization (ORG_WORDS and the org-head words of
    data/en/words.tsv: "Bill and Melinda Gates Foundation") is a person's only
    by its comment;
  - it is a role or a thing, not a body: a title of data/en/titles.tsv or a
    noun of PERSON_NOUNS in its name (UN_SECRETARY_GENERAL, INDIAN_UN_
    PEACEKEEPER_, FOREIGN_OWNED VESSEL_);
  - its name is qualified ("PEOPLE'S_REVOLUTIONARY_ARMY_(ARGENTINA)_": another
    group bears the bare name); a parenthesized acronym ("(ALF)") is an alias;
  - it is already in organizations.tsv under one of its names (the
    hand-made entry wins, and no organization is listed twice), or one of its
    names is a name of the gazetteer's other entity files (countries, people,
    places, subdivisions, cities) or a demonym;
  - every name of it is left out (below);
- a name (the actor keeps its others), when it
  - is generic: made only of lowercase words of Debian's wamerican list,
    function words, words of data/en/*.tsv, countries' names and demonyms,
    the acronyms of organizations.tsv (UN), and the ADJECTIVES and NEWS_WORDS
    below, also across hyphens (Shell, Union Carbide, Human Rights
    Organization, American Capital, UN Mission, Syrian Mujahideen), or only
    of words of an organization (Bancorp), or is a code word (MNC, NGO);
  - is short: three letters or fewer, but for an acronym of three letters
    that is no English word and that Phoenix gives beside its expansion
    (ABB alone may name anything);
  - names a person: one word that is a given name, one of the 1,000 most
    frequent US surnames of the 1990 census, the surname of a person of
    Phoenix, an Arabic family name (Al-Badr) or a possessive (Carter's, of
    Carter's Inc: "Carter's speech"); several words, the first a given name,
    none of an organization (Sara Lee of Sara Lee Corp);
  - names a place: a subdivision's name in CLDR, or a company's name without
    its legal suffix that is one word that wamerican writes capitalized or
    a GeoNames city's (Dover, Brunswick, Apache of Apache Corporation);
  - is a company's name without its legal suffix, of one word: the stock
    listings Phoenix copied are full of companies named for people (Zimmer
    Holdings, Tennant Company), and no surname list of ours is that long;
    the actor keeps its legal name (a one-word name Phoenix gives as such,
    TOYOTA_, is kept);
  - is written with a slash or a comma (SIPAH-E-SAHABA/PAKISTAN_), or is a
    number;
  - is shared by two actors (LEJ: Lashkar-e-Jabbar and Lashkar-e-Jhangvi);
  - is a synonym sharing no word with the actor's name and no acronym of it
    (Phoenix gives "LA_LIGA_" for the 23rd of September Communist League),
    or one word of its name (Yahweh for Nation of Yahweh).

Not edited by hand. data/tools/geonames_cities.py leaves the international
and non-state actors' names out of cities.tsv (Toyota, Nokia), so a GeoNames
city's name counts against an actor here only as above.
"""
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from geonames_cities import (ENGLISH_WORDS, catalog, data_words, english_words,  # noqa: E402
                             given_names, subdivision_countries, surnames)
from given_names import census  # noqa: E402
from names import bare_key, normalize, phoenix_entries  # noqa: E402  one normalization, the loader's

OUT = Path("data/gazetteer/organizations_phoenix.tsv")
ENTITY_FILES = ["countries.tsv", "organizations.tsv", "people.tsv", "places.tsv", "subdivisions.tsv",
                "cities.tsv"]
INTERNATIONAL = "Phoenix.International.actors.txt"
NON_STATE = "Phoenix.MilNonState.actors.txt"
PHOENIX_PEOPLE = ["Phoenix.Countries.actors.txt", INTERNATIONAL, NON_STATE]
ACRONYM_LETTERS = 3
# Words of an organization's name: a name holding one is no person's
# ("Rolls Royce Group"). The org-head words of data/en/words.tsv are added.
ORG_WORDS = set("""inc incorporated corp corporation co company ltd limited plc llc sa ag nv
group holdings industries systems technologies technology airlines airways motors motor energy
petroleum oil gas pharmaceuticals partners associates bancorp bank fund trust media
international foundation institute center centre""".split())
# Legal suffixes: "Acer Inc" is also "Acer".
LEGAL_SUFFIXES = set("""inc incorporated corp corporation co company ltd limited plc llc sa ag nv
group holdings""".split())
LEGAL_CASE = {"inc": "Inc", "corp": "Corp", "co": "Co", "ltd": "Ltd", "plc": "PLC", "llc": "LLC", "sa": "SA",
              "ag": "AG", "nv": "NV"}
FUNCTION_WORDS = set("""of the and for in on at to a an de del la le les el al du des da di y et
&""".split())
# Nouns of a person or a thing, not of a body: a name holding one names a
# role (UN_SECRETARY_GENERAL, INDIAN_UN_PEACEKEEPER_, FOREIGN_OWNED VESSEL_).
PERSON_NOUNS = set("""peacekeeper peacekeepers monitor monitors official officials officer employee
employees worker workers staff delegate vessel ship spokesman spokeswoman spokesperson secretary
chief executive rapporteur representative inspector inspectors observer observers negotiator
operatives operative offshoot affiliated linked chairman president director envoy commander
founder leader""".split())
# Words of an armed group's name.
GROUP_WORDS = set("""army front brigade brigades movement militia liberation jihad lashkar jaish harakat
harkat hizb tehrik jamaat jemaah mujahideen mujahidin""".split())
# Capitalized adjectives of a faith, a people or a creed: "Islamic Society"
# names no one group.
ADJECTIVES = set("""islamic muslim arab arabic christian catholic jewish kurdish shiite shia sunni
european african asian latin western eastern democratic republican marxist leninist maoist
communist socialist zionist anti""".split())
# Words English news uses as common nouns that wamerican lacks: "Syrian
# Mujahideen", "Global Intifada" name no one group.
NEWS_WORDS = set("""islam mujahideen mujahidin mujahedin mujahedeen intifada jihad jihadists fedayeen
militia militias""".split())
# People Phoenix lists as armed groups or NGOs, and one-word names that are
# people's too, that none of the lists above tells.
PEOPLE = {"shoko ashahara", "fumihiro joyu", "brother julian", "tantiwittayapitak", "shahin", "amal", "eyal",
          "hotaru", "greenhill"}
# Words that begin a person's Arabic name (a kunya, a patronym): ABU_NAYAF_AL-AFGHANI_.
ARABIC_NAME_STARTS = {"abu", "abou", "bin", "ibn", "sheikh", "shaikh", "mullah", "emir"}
# Words for a kind of actor, not one actor.
GENERIC = {"mnc", "mncs", "ngo", "ngos", "igo", "igos"}
# A comment saying who the actor is: a person.
PERSON_COMMENT = re.compile(r"\b(spokesman|spokeswoman|spokesperson|ceo|chairman|chairwoman|founder|"
                            r"co-founder|leader|president|director|minister|ambassador|envoy|commander|"
                            r"official|secretary|his|her|he|she)\b", re.I)
CODE = re.compile(r"\[([A-Z0-9~]*)\s*([^\]]*)\]")
# Codes of a person's other roles: government, elite, opposition ...
PERSON_SECTORS = ("GOV", "ELI", "OPP", "LEG", "JUD", "MIL")


class Actor:
    def __init__(self, source, line, name):
        self.source, self.line = source, line
        self.names = [name]
        self.codes = []  # (code, date restriction)
        self.comment = ""


def split_line(line):
    """(text before codes and comment, codes, comment) of a dictionary line."""
    body, _, comment = line.partition("#")
    codes = CODE.findall(body)
    text = re.split(r"[\[\t]", body)[0]
    return text.strip(), codes, comment


def read_actors(path, source):
    actors, current = [], None
    for number, raw in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        if not raw.strip():
            current = None
            continue
        if raw.startswith("#"):
            continue
        text, codes, comment = split_line(raw)
        if raw[0] in "\t ":
            if current is not None:
                current.codes += codes
                current.comment += " " + comment
            continue
        if raw.startswith("+"):
            if current is not None:
                current.names += [n for n in text.split("+") if n.strip()]
                current.comment += " " + comment
            continue
        current = Actor(source, number, text)
        current.codes += codes
        current.comment = comment
        actors.append(current)
    return actors


def kind_of(actor):
    """'org' when a code of the actor is an organization's of its file."""
    for code, _ in actor.codes:
        if actor.source == INTERNATIONAL and code[:3] in ("IGO", "NGO", "MNC"):
            return "org"
        if actor.source == NON_STATE and (code.startswith("IMG") or code[3:6] in ("REB", "INS")):
            return "org"
    return None


def words_of(name):
    """The words of a Phoenix name, lowercase: underscores and spaces separate;
    without a leading "the" (THE_COUSTEAU_SOCIETY_)."""
    words = [w for w in re.split(r"[_\s]+", name.strip().rstrip("_").lower()) if w]
    return words[1:] if len(words) > 1 and words[0] == "the" else words


def label_of(words, acronyms, plain=False):
    """A readable English name: TOYOTA_MOTOR -> Toyota Motor; a short word that
    is no English word stays in capitals (ABB, BHP)."""
    out = []
    for i, w in enumerate(words):
        short = len(re.sub(r"[^a-z]", "", w)) <= (4 if len(words) == 1 else 3)
        if w in acronyms or (not plain and short and w not in ENGLISH and w not in FUNCTION_WORDS
                             and re.search("[a-z]", w) and not re.fullmatch(r"\d+(st|nd|rd|th)", w)):
            out.append(w.upper())
        elif i > 0 and w in FUNCTION_WORDS:
            out.append(w)
        else:
            out.append("-".join(part[:1].upper() + part[1:] for part in w.split("-")))
    text = " ".join(LEGAL_CASE.get(w, o) for w, o in zip(words, out))
    text = re.sub(r"\bMc([a-z])", lambda m: "Mc" + m.group(1).upper(), text)
    return re.sub(r"'S\b", "'s", text)


def initials_of(words):
    return "".join(w[0] for w in words if w not in FUNCTION_WORDS)


def slug(label):
    text = re.sub(r"[^a-z0-9]+", "-", label.lower().replace("&", " and ").replace("'", ""))
    return text.strip("-")


def phoenix_people(petrarch2):
    """(first words, surnames) of the people of the Phoenix dictionaries: an
    entry whose next line gives a role ("\t[USAGOV 690801-741014]")."""
    first, last = set(), set()
    for name in PHOENIX_PEOPLE:
        for entry, person in phoenix_entries(Path(petrarch2) / name):
            words = words_of(entry)
            if len(words) >= 2 and person:
                first.add(words[0])
                last.add(words[-1])
    return first, last


def title_words():
    out = set()
    for line in Path("data/en/titles.tsv").read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if not line.startswith("#") and len(fields) >= 2 and fields[0] != "-":
            out.add(" " + normalize(fields[1]) + " ")
    return out


def org_heads():
    out = set()
    for line in Path("data/en/words.tsv").read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if fields[0] == "org-head" and len(fields) >= 2:
            out.add(fields[1].lower())
    return out


def country_words():
    """The words of countries' English names and demonyms, lowercase: a name of
    them and common words is generic too ("American Capital", "Japan
    Airlines" read in "Japan airlines")."""
    out = set()
    for line in Path("data/gazetteer/countries.tsv").read_text(encoding="utf-8").splitlines():
        f = line.split("\t")
        if not line.startswith("#"):
            out.update(normalize(n) for n in [f[2]] + f[4].split("|") if n and " " not in normalize(n))
    for line in Path("data/en/demonyms.tsv").read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            out.update(normalize(n) for n in line.split("\t")[1].split("|"))
    # The acronyms of the hand-made organizations (UN, EU, NATO): "UN Mission".
    for line in Path("data/gazetteer/organizations.tsv").read_text(encoding="utf-8").splitlines():
        f = line.split("\t")
        if not line.startswith("#"):
            out.update(normalize(n) for n in [f[2]] + f[4].split("|")
                       if re.fullmatch(r"[A-Z]{2,4}", n.replace(".", "")))
    return out


def gazetteer_keys(files=ENTITY_FILES, demonyms=True):
    """Normalized names of the entity files (also without the article) and
    demonyms, with the ids of the entity files."""
    keys, ids = set(), set()
    for name in files:
        for line in (Path("data/gazetteer") / name).read_text(encoding="utf-8").splitlines():
            if line.startswith("#"):
                continue
            f = line.split("\t")
            ids.add(f[0])
            for alias in [f[2], f[3]] + f[4].split("|") + f[5].split("|"):
                if alias:
                    keys.add(normalize(alias))
                    keys.add(bare_key(normalize(alias)))
    for lang in ("ar", "en") if demonyms else ():
        for line in Path(f"data/{lang}/demonyms.tsv").read_text(encoding="utf-8").splitlines():
            if not line.startswith("#"):
                for form in line.split("\t")[1].split("|"):
                    keys.add(normalize(form))
                    keys.add(normalize("ال" + form))
    return keys, ids


ENGLISH = set()  # lowercase words of wamerican
PROPER = set()  # capitalized words of wamerican: places, peoples, people


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: python3 data/tools/phoenix_orgs.py PETRARCH2_DIR")
    petrarch2 = Path(sys.argv[1])
    ENGLISH.update(english_words())
    en_words = data_words("en")
    given = given_names("en") | census()
    _, people_last = phoenix_people(petrarch2)
    surname_list = surnames()
    person_word = given_names("en") | surname_list | people_last
    org_words = ORG_WORDS | org_heads()
    titles = title_words()
    regions = subdivision_countries()
    known, known_ids = gazetteer_keys()
    known_orgs, _ = gazetteer_keys(["organizations.tsv"], demonyms=False)
    countries = country_words()
    cities = {normalize(name) for name in catalog("en").values()}
    PROPER.update(w for w in Path(ENGLISH_WORDS).read_text(encoding="utf-8").split() if w[:1].isupper())
    dropped, names_dropped = Counter(), Counter()

    def common(words):
        words = [re.sub(r"[^a-z-]", "", re.sub(r"'s$", "", w)).strip("-") for w in words]
        def one(w):
            return (not w or w in ENGLISH or w in FUNCTION_WORDS or w in en_words or w in countries
                    or w in ADJECTIVES or w in NEWS_WORDS)
        return all(one(w) or all(one(p) for p in w.split("-")) for w in words)

    def is_person(actor, words, every_word):
        if " ".join(words) in PEOPLE:
            return True
        if words[0] in ARABIC_NAME_STARTS and not every_word & (org_words | GROUP_WORDS):
            return True
        if every_word & org_words:
            return PERSON_COMMENT.search(actor.comment) is not None
        if any(re.fullmatch(r"([a-z]\.)+|[b-df-hj-np-tv-xz]", w) for w in words[:-1]):
            return True  # initials: R._BERZOK_, S.S._MAITRA_
        if PERSON_COMMENT.search(actor.comment):
            return True
        if len(words) == 2 and words[1] in people_last and words[1] not in ENGLISH:
            return True  # DOLQUN_ISA_: a surname of Phoenix's people
        if len(words) >= 2 and words[0] in given:
            return True
        if actor.source == NON_STATE and any(c.startswith("IMG") for c, _ in actor.codes) and (
                len(words) < 2 or not set(words) & (org_words | GROUP_WORDS)):
            return True  # the KEDS list of militant groups is mostly of people (ABU_SALEM__)
        # A dated code is a term of office (SUBROTO_ [IGOBUSOPC 880701-940630]).
        return any(c == "ELI" or (d.strip() and not set(words) & org_words) for c, d in actor.codes)

    def name_reason(words, text, expanded):
        """Why a name is left out, or None; the raw text tells acronyms."""
        key = " ".join(words)
        letters = re.sub(r"[^a-z]", "", key)
        if key in GENERIC:
            return "generic: common words only"
        if re.search(r"[/,]", text):
            return "written with a slash or a comma"
        if len(words) == 1 and re.match(r"(al|el)-", key):
            return "a person's name"  # al-Badr, al-Nawaz: Arabic family names too
        if re.search(r"\d", key) and not re.search(r"[a-z]{4}", key):
            return "short or a number"
        if len(letters) <= ACRONYM_LETTERS:
            acronym = len(words) == 1 and len(letters) == ACRONYM_LETTERS and key in expanded
            if not acronym or letters in ENGLISH or key in en_words:
                return "short: three letters or fewer"
            return None
        if common(words) or all(w in org_words or w in FUNCTION_WORDS for w in words):
            return "generic: common words only"  # also Bancorp (of The Bancorp Inc)
        if len(words) == 1 and (words[0] in person_word or words[0].endswith("'s")):
            return "a person's name"  # Carter's (Inc) reads in "Carter's speech"
        if len(words) >= 2 and words[0] in given and not set(words) & org_words:
            return "a person's name"  # Sara Lee (Corp), Bill Barrett (Corporation)
        if len(words) == 1 and key in stripped and (key.capitalize() in PROPER or key in cities):
            return "a place's name"  # Dover, Brunswick, Apache (Corporation): a place, a people
        if len(words) == 1 and key in stripped:
            return "one word of a company's legal name"  # Zimmer (Holdings), Tennant (Company): surnames
        if normalize(key) in regions:
            return "a place's name"
        return None

    read = 0
    stripped = set()  # names without a legal suffix: Dover for Dover Corporation
    candidates = []  # (actor, code, [(key, words, text)])
    for source in (INTERNATIONAL, NON_STATE):
        for actor in read_actors(petrarch2 / source, source):
            if kind_of(actor) is None:
                continue
            read += 1
            names, reason = [], None
            for i, raw in enumerate(actor.names):
                raw = raw.strip()
                inner = re.findall(r"\(([^)]*)\)", raw)
                outer = re.sub(r"\([^)]*\)", " ", raw)
                words = words_of(outer)
                if not words:
                    continue
                extra = []
                for part in inner:
                    part_words = words_of(part)
                    if len(part_words) == 1 and part.isupper() and part_words[0][0] == words[0][0]:
                        extra.append((part_words[0], part_words, part, i))  # (ALF): its acronym
                    elif len(words) == 1 and len(part_words) > 1 and words[0] == initials_of(part_words):
                        extra.append((" ".join(part_words), part_words, part, i))  # EPA_(EJERCITO_...)
                    else:
                        reason = reason or "qualified by a place or a note"
                        words, extra = [], []
                        break
                if words:
                    # The name news uses first: "Kraft Foods" before "Kraft Foods Inc".
                    if words[-1] in LEGAL_SUFFIXES and len(words) >= 2:
                        short = words[:-1]
                        while len(short) > 1 and short[-1] in FUNCTION_WORDS | {","}:
                            short = short[:-1]
                        names.append((" ".join(short), short, outer, i))
                        stripped.add(" ".join(short))
                    names.append((" ".join(words), words, outer, i))
                names += extra
            if not names:
                dropped[reason or "no name"] += 1
                continue
            first_words = names[0][1]
            if is_person(actor, first_words, {w for _, ws, _, _ in names for w in ws}):
                dropped["a person"] += 1
                continue
            if any(t in " " + normalize(" ".join(w)) + " " for _, w, _, _ in names for t in titles) or any(
                    set(w) & PERSON_NOUNS for _, w, _, _ in names[:1]):
                dropped["a role or a thing, not a body"] += 1
                continue
            keys = {normalize(k) for k, _, _, _ in names}
            if keys & known_orgs:
                dropped["already in organizations.tsv"] += 1
                continue
            if any(k in known or bare_key(k) in known for k in keys):
                dropped["a name of a country, person or place of the gazetteer"] += 1
                continue
            code = sorted({c[:6] if c.startswith("IMG") else c for c, _ in actor.codes})
            candidates.append((actor, tuple(code), names))

    # Actors listed twice under one name (and one code) are one; a name two
    # actors share otherwise names neither (LEJ: Lashkar-e-Jabbar and
    # Lashkar-e-Jhangvi).
    merged, by_primary = [], {}
    for actor, code, names in candidates:
        primary = (normalize(names[0][0]), code)
        if primary not in by_primary:
            by_primary[primary] = len(merged)
            merged.append((actor, code, []))
        merged[by_primary[primary]][2].extend(names)
    owners = {}
    for index, (_, _, names) in enumerate(merged):
        for key, *_ in names:
            owners.setdefault(normalize(key), set()).add(index)
    for index, (_, _, names) in enumerate(merged):
        shared = [n for n in names if len(owners[normalize(n[0])]) > 1]
        names_dropped["shared by two actors"] += len({normalize(n[0]) for n in shared})
        names[:] = [n for n in names if len(owners[normalize(n[0])]) == 1]

    rows, ids = [], set()
    for actor, code, names in merged:
        kept, seen = [], set()
        primary = {w for _, words, _, i in names if i == 0 for w in words} - FUNCTION_WORDS - ORG_WORDS
        initials = {initials_of(words) for _, words, _, _ in names}
        for key, words, text, i in names:
            nkey = normalize(key)
            if nkey in seen:
                continue
            seen.add(nkey)
            reason = name_reason(words, text, initials - {key})
            if reason is None and i > 0 and len(words) > 0:
                content = set(words) - FUNCTION_WORDS - ORG_WORDS
                if not content & primary and not (len(words) == 1 and words[0] in initials):
                    reason = "a synonym unlike the actor's name"
                elif len(words) == 1 and words[0] not in initials and words[0] in primary:
                    reason = "a synonym unlike the actor's name"  # Yahweh for Nation of Yahweh
            if reason:
                names_dropped[reason] += 1
                continue
            kept.append((key, words, text))
        if not kept:
            dropped["every name left out (below)"] += 1
            continue
        acronyms = {w for _, ws, _, _ in names for w in ws if len(ws) == 1 and w in initials}
        plain = actor.source == NON_STATE  # Arabic and Spanish words, not acronyms: Abu, Ali, Paz
        label = label_of(kept[0][1], acronyms, plain)
        ident = "x:org:" + slug(label)
        if ident in known_ids or ident in ids:
            dropped["its id already taken"] += 1
            continue
        ids.add(ident)
        aliases = []
        for key, words, text in kept[1:]:
            alias = label_of(words, acronyms, plain)
            if normalize(alias) not in {normalize(label)} | {normalize(a) for a in aliases}:
                aliases.append(alias)
        rows.append((ident, label, aliases, actor))

    rows.sort(key=lambda r: r[0])
    with open(OUT, "w", encoding="utf-8") as out:
        out.write("# id\ttype\tlabel_en\tlabel_ar\taliases_en\taliases_ar\n")
        out.write("# Generated by data/tools/phoenix_orgs.py from PETRARCH-2's Phoenix actor dictionaries\n")
        out.write("# (MIT, Copyright (c) 2014 Open Event Data Alliance): do not edit by hand. See data/README.md.\n")
        for ident, label, aliases, _ in rows:
            out.write(f"{ident}\tOrganization\t{label}\t\t{'|'.join(aliases)}\t\n")
    kinds = Counter(r[3].source for r in rows)
    print(f"{OUT}: {len(rows)} organizations ({kinds[INTERNATIONAL]} international, {kinds[NON_STATE]} non-state) "
          f"of {read} organization actors ({len(candidates) - len(merged)} more listed twice)")
    for reason, n in dropped.most_common():
        print(f"  left out, actor: {reason}: {n}")
    for reason, n in names_dropped.most_common():
        print(f"  left out, name: {reason}: {n}")


if __name__ == "__main__":
    main()
