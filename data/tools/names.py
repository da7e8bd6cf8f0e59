"""Gazetteer names as the loader keys them, for the converters that must leave
out names the gazetteer already has (cldr_subdivisions.py, geonames_cities.py).

`newskg check-data` checks the data itself; these two functions mirror
extract/normalizer and Gazetteer::add_alias closely enough to choose what to
convert.
"""
import re
import unicodedata
from pathlib import Path

AR_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")


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


# The line after a person's entry in a Phoenix dictionary gives a role:
# "\t[USAGOV 690801-741014]".
PHOENIX_ROLE = re.compile(r"\s+\[\w+( [<>]?\d{6}(-\d{6})?)?\]")


def phoenix_entries(path):
    """(name, is_person) for each actor entry of one of PETRARCH-2's Phoenix
    dictionaries: the entry's text before any comment or code ("TOYOTA_",
    "VLADIMIR_PUTIN_"), and whether the line after it gives a person's role.
    Comment, synonym ("+") and indented lines are no entries."""
    lines = Path(path).read_text(encoding="utf-8", errors="replace").splitlines()
    for i, line in enumerate(lines):
        if not line or line[0] in "#+\t ":
            continue
        follow = lines[i + 1] if i + 1 < len(lines) else ""
        yield line.split("#")[0].split("[")[0], bool(PHOENIX_ROLE.match(follow))
