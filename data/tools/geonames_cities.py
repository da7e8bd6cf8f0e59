#!/usr/bin/env python3
"""Builds data/gazetteer/cities.tsv from GeoNames as Debian ships it
(libgeonames-common and libgeonames0; CC BY 4.0, see data/README.md).

Run from the repository root:
    python3 data/tools/geonames_cities.py ../shared/third_party/petrarch2

libgeonames-common installs, per language, a gettext catalog
/usr/share/locale/<lang>/LC_MESSAGES/geonames.mo whose keys are GeoNames ids:
the English one names all 24,361 cities of the package (towns of 15,000 people
or more), the Arabic one 6,635 of them (Arabic Wikipedia's titles, 6,565 in
Arabic script); the library, libgeonames0, holds each city's country and
population. Every
city with an Arabic name becomes a Location: gn:<geonameid>, its English
label and its Arabic one (gn:105072 Khamis Mushait خميس مشيط). Precision first: a
wrong entity is worse than none, so a name that may name something else is
left out:

- the whole city, when
  - its Arabic name carries Wikipedia's disambiguation ("لوركا، مرسية",
    "زالنجي (مدينة)"): something else bears the bare name;
  - its English name is short (three letters or fewer), is made of lowercase
    words of Debian's wamerican list only (Mobile, Reading, Long Beach), is a
    word of data/en/*.tsv, or is shared with another of the 24,361 cities
    (Portsmouth: England and Virginia);
  - it names a person or an organization: a one-word name that is a given
    name of data/<lang>/given_names.tsv, one of the 1,000 most frequent US
    surnames of the 1990 census (Debian's libtext-names-perl: Jackson,
    Houston), the surname of a person of PETRARCH-2's Phoenix actor
    dictionaries (Prescott, Hashimoto), or, in Arabic, a given name of the
    hunspell-ar dictionary (class 64: جاسم); an English name that is an actor
    of Phoenix's international or non-state dictionaries (Toyota, Nokia);
  - CLDR names a subdivision of another country so (Montana in Bulgaria is
    also the US state; Cornwall in Canada, the English county);
  - one of its names is, after the extractor's normalization (with and
    without the article ال), already an alias of the gazetteer's other entity
    files or a demonym: the existing entry wins (حلب stays wd:Q41183, طرابلس
    Libya's capital);
- only its Arabic name (the city keeps its English one), when
  - the city lies in a country where Arabic is not official (CLDR's territory
    data) and has fewer than MIN_POPULATION_ABROAD people: its Arabic name
    is a transliteration, and many foreign names sound alike in Arabic;
- or when that name
  - is one word of three letters or fewer, without its article (الخبر,
    Khobar: خبر "news"; الرس: the loader also indexes رس, which the
    extractor reads in برس);
  - is one word that the extractor reads in a common word: the word itself,
    with or without the article, or a word with a proclitic of
    data/ar/clitics.tsv (روان, Rouen, in كروان "curlew"), a common word being a stem of the
    hunspell-ar dictionary (/usr/share/hunspell/ar.dic) not only as a proper
    noun there, or a word of data/ar/*.tsv (stop words, titles, head nouns,
    cues, demonyms): ينبع "springs" (Yanbu), المذنب "the sinner", ميدان
    "square" (Medan);
  - is one word that is a common word with a pronoun or ta marbuta (an
    enclitic of clitics.tsv; ة is read as ه): حديثة "modern" or حديثه "his
    talk", القالة (قاله "he said it"), سلمية "peaceful";
  - is several words, all of the dictionary or data/ar/*.tsv, with a particle
    or a word of data/ar/*.tsv among them or a given name first: a phrase of
    the language or a person's name (السادس من أكتوبر، أبو كبير، علي الغربي);
  - is shared with another city (two cities named سان فرناندو).

Not edited by hand. The city's country goes to data/gazetteer/city_countries.tsv,
not to regions.tsv (the first-level subdivision a place lies in, which the
extractor reads for "Tulsa, Oklahoma" and a senator's state; a city there
would turn "visited Moscow, Beijing" into located-in): the extractor reads it
only to refuse a relation, a town the text says lies in another country ("تل
رفعت جنوبي تركيا": south of Turkey, not in it). A Location of places.tsv gets
its country there too when one city of the package bears both its English
label and its Arabic one, or one ten times as populous as any other (wd:Q649
Moscow موسكو: Russia), so "في موسكو، الولايات المتحدة" is no located-in;
not a place whose country is disputed (CONTESTED).
"""
import ctypes
import gettext
import re
import xml.etree.ElementTree as ET
import sys
import unicodedata
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from names import bare_key, normalize, phoenix_entries  # noqa: E402  one normalization, the loader's

OUT = Path("data/gazetteer/cities.tsv")
COUNTRIES_OUT = Path("data/gazetteer/city_countries.tsv")
# The entity files a city's name must not collide with (cities.tsv is not one).
ENTITY_FILES = ["countries.tsv", "organizations.tsv", "people.tsv", "places.tsv", "subdivisions.tsv"]
ENGLISH_WORDS = "/usr/share/dict/american-english"  # Debian's wamerican
ARABIC_DICTIONARY = "/usr/share/hunspell/ar.dic"  # Debian's hunspell-ar
SURNAMES_PM = "/usr/share/perl5/Text/Names.pm"  # Debian's libtext-names-perl
CLDR = "/usr/share/unicode/cldr"  # Debian's unicode-cldr-core
LOCALE = "/usr/share/locale"  # libgeonames-common's catalogs
PHOENIX_PEOPLE = ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                  "Phoenix.MilNonState.actors.txt"]
PHOENIX_ACTORS = ["Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"]
# Affix classes (flags) of ar.dic whose stems are proper nouns: countries,
# capitals, cities, people (بغداد/60, موسكو/57, جنيف/64, طنطا/92). A word the
# dictionary lists only under them is a name, not a common word; class 64
# also holds given names (حمزة، جاسم), which name people.
PROPER_NOUN_FLAGS = {"57", "59", "60", "64", "92", "93", "109"}
GIVEN_NAME_FLAGS = {"64"}
MIN_LETTERS = 4
# Places whose country is disputed: no country of theirs refuses a relation.
CONTESTED = {"Jerusalem", "Sevastopol", "Simferopol", "Donetsk", "Luhansk", "Stepanakert"}
# Classes of words.tsv whose words begin places' names.
PLACE_CLASSES = {"place-name-first", "place-name-head", "city-name-head"}
# Arabic writes a name abroad by its sounds, and many foreign names sound
# alike (لومبوك is Lompoc, California, and the Indonesian island Lombok): the
# Arabic name of a smaller town abroad names something else more often.
MIN_POPULATION_ABROAD = 100_000
# A city the Arabic catalog does not name keeps its English name alone when
# it is as large: English news names it ("a Jaish seminary in Bahawalpur").
MIN_POPULATION_ENGLISH_ONLY = 100_000
ARTICLE = "ال"
# Marks that are no letters: Wikipedia titles carry left-to-right marks.
FORMAT_CHARS = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u0640]")
ARABIC_LETTER = re.compile("[\u0620-\u064a\u0671-\u06d3]")


def catalog(lang, locale_dir=LOCALE):
    """GeoNames id -> name, from libgeonames-common's gettext catalog."""
    with open(Path(locale_dir) / lang / "LC_MESSAGES" / "geonames.mo", "rb") as f:
        entries = gettext.GNUTranslations(f)._catalog  # noqa: SLF001  the whole table
    return {key: value for key, value in entries.items() if isinstance(key, str) and key.isdigit()}


def cities():
    """GeoNames id -> (ISO country code, population), from the city table
    libgeonames0 compiles into its library (a GVariant (sssssssudd) per city:
    id, name, first-level division code and name, country code, ...), read
    through the library's own functions."""
    lib = ctypes.CDLL("libgeonames.so.0")
    glib = ctypes.CDLL("libglib-2.0.so.0")
    lib.geonames_get_n_cities.restype = ctypes.c_int
    lib.geonames_get_city.restype = ctypes.c_void_p
    lib.geonames_get_city.argtypes = [ctypes.c_int]
    lib.geonames_city_free.argtypes = [ctypes.c_void_p]
    lib.geonames_city_get_country_code.restype = ctypes.c_char_p
    lib.geonames_city_get_country_code.argtypes = [ctypes.c_void_p]
    lib.geonames_city_get_population.restype = ctypes.c_uint
    lib.geonames_city_get_population.argtypes = [ctypes.c_void_p]
    glib.g_variant_get_child_value.restype = ctypes.c_void_p
    glib.g_variant_get_child_value.argtypes = [ctypes.c_void_p, ctypes.c_size_t]
    glib.g_variant_get_string.restype = ctypes.c_char_p
    glib.g_variant_get_string.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    glib.g_variant_unref.argtypes = [ctypes.c_void_p]
    out = {}
    for index in range(lib.geonames_get_n_cities()):
        city = lib.geonames_get_city(index)
        first = glib.g_variant_get_child_value(city, 0)
        out[glib.g_variant_get_string(first, None).decode()] = (lib.geonames_city_get_country_code(city).decode(),
                                                               lib.geonames_city_get_population(city))
        glib.g_variant_unref(first)
        lib.geonames_city_free(city)
    return out


def subdivision_countries(cldr=CLDR):
    """Normalized name -> ISO codes of the countries with a subdivision (of
    any level) CLDR calls so, in English or Arabic."""
    out = {}
    for lang in ("en", "ar"):
        for item in ET.parse(Path(cldr) / "common" / "subdivisions" / f"{lang}.xml").iter("subdivision"):
            if item.text and item.text.strip():
                out.setdefault(normalize(item.text.strip()), set()).add(item.get("type")[:2].upper())
    return out


def arabic_countries(cldr=CLDR):
    """ISO codes of the countries where Arabic is an official language
    (CLDR's territory information)."""
    tree = ET.parse(Path(cldr) / "common" / "supplemental" / "supplementalData.xml")
    return {territory.get("type") for territory in tree.iter("territory")
            for language in territory.findall("languagePopulation")
            if language.get("type") == "ar" and (language.get("officialStatus") or "").startswith("official")}


def phoenix(petrarch2):
    """(surnames of the people, whole names of the international and non-state
    actors) of PETRARCH-2's Phoenix dictionaries, lowercase. A person is an
    entry whose next line gives a role ("\t[USAGOV 690801-741014]"); lines
    beginning "+" are synonyms of the entry above (a country's cities)."""
    people, actors = set(), set()
    for name in PHOENIX_PEOPLE:
        for entry, person in phoenix_entries(Path(petrarch2) / name):
            words = entry.strip().rstrip("_").split("_")
            if len(words) >= 2 and person:
                people.add(words[-1].lower())
            if name in PHOENIX_ACTORS and words[0]:
                actors.add(" ".join(words).lower())
    return people, actors


def bare(key):
    """A normalized name without the article of its first word, as the loader
    also indexes it (names.py's bare_key)."""
    return bare_key(key)


def latin(name):
    """The name without the marks on its Latin letters: "Bahāwalpur" is
    "Bahawalpur" as English text writes it."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))


def letters(key):
    return len(key.replace(" ", ""))


def arabic_label(name):
    """The Arabic name as a label: no format marks, diacritics or tatweel,
    Persian yeh and kaf as Arabic letters; None when it has a qualifier."""
    name = FORMAT_CHARS.sub("", unicodedata.normalize("NFC", name))
    name = ARABIC_MARKS.sub("", name).replace("ی", "ي").replace("ک", "ك")
    name = " ".join(name.strip(" ,،").split())
    name = re.sub(r"\s*-\s*", "-", name)
    if "،" in name or "," in name or "(" in name:
        return None
    return name


def english_words(path=ENGLISH_WORDS):
    """Lowercase words of the English word list: common words, not names."""
    return {w for w in Path(path).read_text(encoding="utf-8", errors="replace").split() if w.islower()}


def arabic_dictionary(path=ARABIC_DICTIONARY):
    """Normalized stems of ar.dic: (common words, every stem, function words,
    given names). A stem is a common word when one of its entries has a class
    outside PROPER_NOUN_FLAGS; the particles of the dictionary's first two
    parts (stopwords.dic, tools.dic: من، في، بن) are function words."""
    common, listed, function, given = set(), set(), set(), set()
    part = ""
    for line in Path(path).read_text(encoding="utf-8", errors="replace").splitlines()[1:]:
        if line.endswith(".dic"):
            part = line
        if not line or line.startswith((":", "#")) or line.endswith(".dic"):
            continue
        stem, _, flags = line.split("\t")[0].partition("/")
        key = normalize(stem)
        if not key:
            continue
        listed.add(key)
        if flags not in PROPER_NOUN_FLAGS:
            common.add(key)
        if part in ("stopwords.dic", "tools.dic"):
            function.add(key)
        if flags in GIVEN_NAME_FLAGS:
            given.add(key)
    return common, listed, function, given


class Clitics:
    """The proclitics and endings of data/ar/clitics.tsv, as the extractor
    reads a word (extract/clitics.cpp): a text word matches a name when one
    of its forms does."""

    def __init__(self, path="data/ar/clitics.tsv"):
        self.kinds = {}
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            fields = line.split("\t")
            if not line.startswith("#") and len(fields) == 2:
                self.kinds.setdefault(fields[0], []).append(fields[1])

    def forms(self, word):
        """Clitics::forms: the word without (conj)? (prep)? (article)? or
        (conj)? prep-article, and without the accusative alef."""
        k = self.kinds
        out = {word}
        for base in {word} | {word[len(c):] for c in k.get("conj", []) if word.startswith(c)}:
            out.add(base)
            for fused in k.get("prep-article", []):
                if base.startswith(fused):
                    out.add(base[len(fused):])
            for stem in {base} | {base[len(p):] for p in k.get("prep", []) if base.startswith(p)}:
                out.add(stem)
                out.update(stem[len(a):] for a in k.get("article", []) if stem.startswith(a))
        out.update(f[:-len(e)] for f in list(out) for e in k.get("case-ending", []) if f.endswith(e))
        return out - {""}

    def stems(self, word):
        """The word without one object or possessive pronoun (or ta marbuta,
        written ه): حديثه "his talk" is حديث."""
        return {word[:-len(e)] for e in self.kinds.get("enclitic", []) if word.endswith(e)}


def surnames(path=SURNAMES_PM):
    """The 1,000 most frequent surnames of the US 1990 census, lowercase."""
    text = Path(path).read_text(encoding="latin-1")
    block = re.search(r"\$COMMON_SURNAMES = <<ENDNAMES;\n(.*?)\nENDNAMES", text, re.S).group(1)
    return {m.lower() for m in re.findall(r"^([A-Z]+)\s+\d", block, re.M)}


def given_names(lang):
    out = set()
    for line in Path(f"data/{lang}/given_names.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("given-name\t"):
            out.add(normalize(line.split("\t")[1]))
    return out


def data_words(lang):
    """The words of a language's data files: the second column of words.tsv,
    titles.tsv, heads.tsv and triggers.tsv, and the demonyms; not the words.tsv
    classes that begin places' names (كفر، دير، وادي), which make no phrase."""
    out = set()
    for name in ("words.tsv", "titles.tsv", "heads.tsv", "triggers.tsv", "demonyms.tsv"):
        path = Path(f"data/{lang}") / name
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            fields = line.split("\t")
            if line.startswith("#") or len(fields) < 2 or (name == "words.tsv" and fields[0] in PLACE_CLASSES):
                continue
            for form in fields[1].split("|"):
                for word in normalize(form.replace("*", "").replace("+", "").replace("…", " ")).split():
                    out.add(word)
    return out


def gazetteer_keys():
    """Normalized aliases of the entity files (also without the article) and
    demonyms: names another entity holds."""
    keys = set()
    for name in ENTITY_FILES:
        for line in (Path("data/gazetteer") / name).read_text(encoding="utf-8").splitlines():
            if line.startswith("#"):
                continue
            f = line.split("\t")
            for alias in [f[2], f[3]] + f[4].split("|") + f[5].split("|"):
                if alias:
                    keys.add(normalize(alias))
                    keys.add(normalize(re.sub("^" + ARTICLE, "", alias)))
    for lang in ("ar", "en"):
        for line in Path(f"data/{lang}/demonyms.tsv").read_text(encoding="utf-8").splitlines():
            if not line.startswith("#"):
                for form in line.split("\t")[1].split("|"):
                    keys.add(normalize(form))
                    keys.add(normalize(ARTICLE + form))
    return keys


def hand_place_countries(english, arabic, city):
    """Places of places.tsv that are one city of the package by both names
    (the label or an alias in each language: Saada as Sa'dah), or the one of
    them ten times as populous as any other (Moscow, Russia; not Moscow,
    Idaho): [(place_id, ISO country code)]."""
    country = {gid: code for gid, (code, _) in city.items()}
    by_names = {}
    for gid, name in english.items():
        ar = arabic_label(arabic[gid]) if gid in arabic else None
        if ar and gid in country:
            by_names.setdefault((normalize(" ".join(name.split())), normalize(ar)), []).append(gid)
    out = []
    for line in Path("data/gazetteer/places.tsv").read_text(encoding="utf-8").splitlines():
        f = line.split("\t")
        if line.startswith("#") or len(f) < 4 or f[1] != "Location" or f[2] in CONTESTED:
            continue
        english_forms = [f[2]] + [a for a in (f[4] if len(f) > 4 else "").split("|") if a]
        arabic_forms = [f[3]] + [a for a in (f[5] if len(f) > 5 else "").split("|") if a]
        found = {g for en in english_forms for ar in arabic_forms
                 for g in by_names.get((normalize(" ".join(en.split())), normalize(ar)), [])}
        gids = sorted(found, key=lambda g: -city[g][1])
        if gids and (len(gids) == 1 or city[gids[0]][1] >= 10 * city[gids[1]][1]):
            out.append((f[0], country[gids[0]]))
    return out


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: python3 data/tools/geonames_cities.py PETRARCH2_DIR")
    english, arabic, city = catalog("en"), catalog("ar"), cities()
    country = {gid: code for gid, (code, _) in city.items()}
    arabic_speaking = arabic_countries()
    en_common = english_words()
    ar_common, ar_listed, ar_function, ar_given_dictionary = arabic_dictionary()
    phoenix_people, phoenix_actors = phoenix(sys.argv[1])
    person = {"en": given_names("en") | surnames() | phoenix_people,
              "ar": given_names("ar") | ar_given_dictionary}
    words = {"en": data_words("en"), "ar": data_words("ar")}
    regions = subdivision_countries()
    clitics = Clitics()
    ar_words = ar_common | words["ar"]
    # Every form the extractor reads in a common Arabic word: صف in وصف.
    ar_forms = {f for w in ar_words for f in clitics.forms(w)}
    known = gazetteer_keys()
    dropped = Counter()

    def among(word, *sets):
        return any(word in s or bare(word) in s for s in sets)

    def is_person(key, lang):
        return " " not in key and among(key, person[lang])

    def arabic_word(key):
        forms = key.split(" ")
        if len(forms) == 1:
            names = {key, bare(key)}
            stems = {s for n in names for s in clitics.stems(n) if letters(s) >= 3}
            return bool(names & ar_forms or stems & ar_words)
        if not all(among(w, ar_listed, words["ar"]) for w in forms):
            return False
        return any(among(w, ar_function, words["ar"]) for w in forms) or among(forms[0], person["ar"])

    # English names count across every city of the package; Arabic ones
    # across those that have one (a qualified title counts by its bare name),
    # with and without the article.
    en_count = Counter(normalize(name) for name in english.values())
    # A city with its English name alone counts it without the marks on its
    # Latin letters, as English text writes it (Hyderābād and Hyderabad).
    en_count_latin = Counter(normalize(latin(name)) for name in english.values())
    # The cities of one English name, for a name all of them share in one
    # country: the most populous is the one named (two Bahawalpurs in Pakistan).
    en_cities = {}
    for gid, name in english.items():
        en_cities.setdefault(normalize(latin(name)), []).append(gid)

    def sole_of_country(key, gid):
        gids = en_cities.get(key, [])
        return (all(g in city and city[g][0] == city[gid][0] for g in gids)
                and max(gids, key=lambda g: city[g][1]) == gid)
    ar_names = {gid: name for gid, name in arabic.items() if ARABIC_LETTER.search(name) and gid in english}
    ar_count = Counter()
    for name in ar_names.values():
        key = normalize(re.split(r"[،,(]", FORMAT_CHARS.sub("", name))[0])
        ar_count.update({key, bare(key)})

    rows = []
    # The cities with an Arabic name, then those of MIN_POPULATION_ENGLISH_ONLY
    # people or more with none, under their English name alone.
    english_only = {gid: "" for gid in english if gid not in ar_names and gid in city
                    and city[gid][1] >= MIN_POPULATION_ENGLISH_ONLY}
    for gid, ar_raw in sorted({**ar_names, **english_only}.items(), key=lambda item: int(item[0])):
        en = " ".join(english[gid].split())
        ar = arabic_label(ar_raw) if ar_raw else ""
        if not ar_raw:
            en = latin(en)  # "Bahāwalpur" is written "Bahawalpur"
        en_key = normalize(en)
        ar_key = normalize(ar or "")
        if ar is None:
            reason = "Arabic name qualified by Wikipedia"
        elif not ar and not re.fullmatch(r"[A-Za-z][A-Za-z' -]*", en):
            reason = "English name only, not in Latin letters"
        elif {en_key, ar_key, bare(ar_key)} & known:
            reason = "already in the gazetteer"
        elif letters(en_key) < MIN_LETTERS:
            reason = "English name of three letters or fewer"
        elif all(w in en_common for w in re.findall(r"[^\W\d_]+", en.lower())) or en_key in words["en"]:
            reason = "English name made of common words"
        elif (en_count[en_key] > 1 if ar else en_count_latin[en_key] > 1 and not sole_of_country(en_key, gid)):
            reason = "English name shared with another city"
        elif is_person(en_key, "en") or is_person(ar_key, "ar") or en_key in phoenix_actors:
            reason = "a person's or organization's name"
        elif any(regions.get(k, {country[gid]}) != {country[gid]} for k in (en_key, ar_key)):
            reason = "a subdivision of another country in CLDR"
        else:
            reason = None
        if reason:
            dropped[reason] += 1
            continue
        if not ar:
            rows.append((f"gn:{gid}", en, ""))
            continue
        if country[gid] not in arabic_speaking and city[gid][1] < MIN_POPULATION_ABROAD:
            reason = "Arabic name only: a town abroad of fewer than 100,000 people"
        elif " " not in ar_key and letters(bare(ar_key)) < MIN_LETTERS:
            reason = "Arabic name only: one word of three letters or fewer"
        elif arabic_word(ar_key):
            reason = "Arabic name only: a word, or a phrase or person's name"
        elif ar_count[ar_key] > 1 or ar_count[bare(ar_key)] > 1:
            reason = "Arabic name only: shared with another city"
        if reason:
            dropped[reason] += 1
            ar = ""
        rows.append((f"gn:{gid}", en, ar))

    rows.sort()
    qids = {}
    for line in Path("data/gazetteer/country_qids.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            iso, qid = line.split("\t")[:2]
            qids[iso] = qid
    with open(COUNTRIES_OUT, "w", encoding="utf-8") as out:
        out.write("# place_id\tcountry_id\n")
        out.write("# Generated by data/tools/geonames_cities.py from GeoNames (CC BY 4.0): the country\n")
        out.write("# each city of cities.tsv lies in, read only to refuse a place in another country.\n")
        for gid, _, _ in rows:
            code = country[gid.removeprefix("gn:")]
            if code in qids:
                out.write(f"{gid}\t{qids[code]}\n")
        hand = hand_place_countries(english, arabic, city)
        for place, code in sorted(hand):
            if code in qids:
                out.write(f"{place}\t{qids[code]}\n")
    with open(OUT, "w", encoding="utf-8") as out:
        out.write("# id\ttype\tlabel_en\tlabel_ar\taliases_en\taliases_ar\n")
        out.write("# Generated by data/tools/geonames_cities.py from GeoNames (CC BY 4.0, geonames.org,\n")
        out.write("# as Debian's libgeonames-common ships it): do not edit by hand. See data/README.md.\n")
        for gid, en, ar in rows:
            out.write(f"{gid}\tLocation\t{en}\t{ar}\t\t\n")
    print(f"{COUNTRIES_OUT}: also {len(hand)} places of places.tsv named as one city of the package")
    print(f"{OUT}: {len(rows)} cities, {sum(1 for r in rows if r[2])} with their Arabic name, "
          f"of the {len(ar_names)} with an Arabic name ({len(arabic) - len(ar_names)} more not in Arabic script)"
          f" and the {len(english_only)} of {MIN_POPULATION_ENGLISH_ONLY:,} people or more with none")
    for reason, n in sorted(dropped.items(), key=lambda item: (item[0].startswith("Arabic name only"), -item[1])):
        print(f"  left out, {reason}: {n}")


if __name__ == "__main__":
    main()
