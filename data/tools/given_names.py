#!/usr/bin/env python3
"""Builds data/en/given_names.tsv and data/ar/given_names.tsv.

Run from the repository root:
    python3 data/tools/given_names.py ../shared/third_party/petrarch2

A given name is a word that begins a person's name. The extractor takes such a
word and the name words after it (at least two words in all) as a person the
gazetteer may not know: "Marvin Cooke said", "قال جون جولدسميث".

English: the first words of the people in PETRARCH-2's Phoenix actor
dictionaries (MIT, Copyright (c) 2014 Open Event Data Alliance), kept when at
least MIN_PEOPLE people of the dictionaries begin with them; and the first
names of the US Census Bureau's 1990 frequency lists (public domain, as
Debian's libtext-names-perl ships them) borne by at least MIN_CENSUS_PERCENT
of people, less the lowercase words of Debian's wamerican dictionary.
Arabic: the first words of the Arabic names of our gazetteer's people, and
common given names no source we can convert lists (EXTRA_AR for Arabic and
neighbouring languages, FOREIGN_AR for Western and other foreign names as
written in Arabic, ARTICLE_AR for names written with the
article, ABD_NAMES for the compounds with عبد; written by hand: names
only, no word of the common vocabulary).

Left out in both: titles and honorifics (which introduce a name through
titles.tsv instead), the words of words.tsv (stop words, prepositions, ...),
and given names that are also common words of the language (EXCLUDE), since a
sentence may begin with them ("Will", "حسن النية").
"""
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from names import phoenix_entries  # noqa: E402  one reader of the Phoenix dictionaries

MIN_PEOPLE = 2
PHOENIX = ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
           "Phoenix.MilNonState.actors.txt"]
# Honorifics, ranks and words that are no given names though Phoenix lists
# people behind them, and English given names that are frequent common words.
EXCLUDE_EN = """sir sheikh shaikh sheik dr doctor mr mrs ms general gen col colonel lt major maj
captain capt admiral prince princess king queen emir amir sultan lord lady dame imam ayatollah
mullah pope cardinal bishop archbishop rev father brother sister saint st san santa
al el ul bin ibn abu abd abdel abdul de del der den la le van von da di du dos das ben
will mark grant bill hope frank rose may june april august art dean earl guy jack joy
faith grace ray rich sky sun summer victory young long king white black brown green gray grey
new north south east west great united national president minister""".split()
EXCLUDE_AR = """الشيخ الملك الأمير الرئيس السيد السيدة الدكتور الإمام آية العاهل ولي خادم
حسن سعيد جميل كريم عادل أمين صالح نور أمل سلام فتح حر منصور ناصر سالم شريف فاضل رشيد
عزيز مجيد حميد نبيل نجيب ماجد فريد وحيد باسل حكيم رحيم عظيم قاسم هادي راشد زاهر
نائب وزير مدير قائد لي""".split()
# Common given names that begin no name of the gazetteer's people, written by
# hand from general knowledge (not from articles): Arabic, Persian, Turkish,
# Kurdish and Hebrew names as Arabic news writes them. None is also a common
# word of news text: حسن، ناصر، جهاد، بندر، نضال، سارة (أنباء سارة)، آمنة
# (منطقة آمنة)، باسم (المتحدث باسم)، يسري (يسري القرار)، رفعت، نشأت stay out.
EXTRA_AR = """فهد نايف هشام هاني سامي عماد إياد ياسر ياسين زكريا عيسى سليمان حمدان نزار مازن
معاذ بلال حمزة بسام وائل إلياس جورج فواز عدنان عبير سعاد نادية ليلى سلمى رانيا
سميرة لينا فاطمة زينب مريم عائشة خديجة عثمان عمار جمال كمال طلال عصام مجدي
ماهر منير وسيم حاتم خلدون رامز سامر شادي طه عاطف عزت علاء غازي فادي فراس قصي
لؤي مأمون مؤيد مثنى محسن مراد مصعب معتز مهند موفق ناجي يونس أيوب يعقوب زكي
سهيل شوقي صبري صلاح طلعت عارف عاصم عدي عزام عقيل فتحي فخري فوزي لطفي محيي
مختار مدحت ممدوح منذر وجدي حمدي حلمي رشدي زهير صبحي صفوت عزمي فاروق فهمي قحطان
نزيه ثامر جابر هزاع طحنون زايد ذياب راكان مشاري كاظم باقر فالح فائق حمود معين
توكل عبدو بثينة زهران لخضر منصف بوعلام شربل إميل كميل ريمون بطرس أنطوان بيار
طوني مجتبى مرتضى بهرام داريوش فرهاد حشمت منوشهر نيجيرفان مسرور قباد بافل كوسرت
جلال آزاد بولنت دولت أكرم نعمان أرطغرل موشيه تسيبي أفيف عمير غادي ياريف أوري
يوسي شاؤول رشا رنا ريم ريما سهى شيماء عبلة علياء غادة لبنى لمى مها منى ميساء
نجلاء نسرين نوال ياسمين جيهان سوسن شيرين لميس مروة نادين هيفاء ماجدة نبيلة
رزان ديما سلوى فدوى هيام بكري صابر ضياء ظافر عامر لبيب همام حسام""".split()
# Common foreign given names as Arabic news writes them (English, French,
# German, Russian, Spanish, Italian and others); those that begin with إل or
# أل read as the article without this list (إليزابيت بورن). Left out: those
# that fold into an Arabic word (آن and آلان into أن and الآن, آنا into أنا،
# إلين into الين the yen, ألفريد into الفريد) or are one (مات died, دان
# condemned, بات became, جيل generation, سام, بن, بيل).
FOREIGN_AR = """مايكل توماس ستيفن أندرو كيفن كيفين براين رونالد تيموثي جيسون جيفري جيف رايان
غاري إريك جوناثان لاري براندون بنجامين صامويل غريغوري ريموند باتريك جاك جيري
هنري دوغلاس ناثان والتر هارولد كارل روجر جيرالد كريستيان تيري شون آرثر بروس
ألبرت راسل ميتش ليندسي بيرني تيد راند توني كريس نيك ديف جيم كين بوب ماري
باتريشيا جنيفر جيسيكا ليزا ساندرا آشلي كيمبرلي إميلي دونا ميليسا ريبيكا لورا
كاثلين هيلين بريندا باميلا راشيل جانيت هيذر جولي فيكتوريا كيلي لورين أوليفيا
ميغان أندريا مارثا جاكلين غلوريا كيرستن نانسي بيير جيرار برونو تييري كريستوف
سيغولين مارين فرانسواز إيزابيل أوليفييه ديدييه هيرفيه برنار فولفغانغ يورغن
ديتر هورست ماركوس يواخيم غيرهارد هيلموت أليكسي إيغور يوري أناتولي فاليري
غينادي أوليغ ماكسيم بيوتر أرسيني إيلينا أولغا ناتاليا تاتيانا سفيتلانا رمزان
ليونيد نيكيتا كونستانتين كارلوس خورخي بابلو إنريكي ريكاردو فرناندو مانويل
ماتيو سيلفيو جوزيبي باولو فرانشيسكو أليساندرو ماريانو مارسيلو سانتياغو
ماوريسيو راهول سونيا نيلسون ثابو محمدو إليزابيت إلهان إلون أليكس أليسون
ألفونسو ألكساندر ألكسندرا ألكساندرا ألكساندريا أليكسا ألبير ألدو ألينا إلينور إليانور
إليوت إلسا إلسي""".split()

# Given names that Arabic writes with the article, of the Maghreb and
# elsewhere ("الحبيب الصيد"، "الباجي قائد السبسي"، "الهادي المجدوب"، "الحارث
# إدريس"، "الوليد بن طلال"): only those that are no common word of news text
# (not الطيب، الصادق، المهدي: "الوعد الصادق").
ARTICLE_AR = """الحبيب الهادي الباجي المنصف المنجي الحارث الوليد الزبير""".split()

# The second words of compound names with عبد ("servant of"): the names of God
# and the few others Arabic names join to it (عبد الحسين، عبد الزهرة), written
# from general knowledge. Each makes a given name with عبد, whether the text
# writes a space between them or none: "عبد العالي"، "عبدالعالي".
ABD_NAMES = """الرحمن الرحيم الملك القدوس السلام المؤمن المهيمن العزيز الجبار الخالق
البارئ المصور الغفار القهار الوهاب الرزاق الرازق الفتاح العليم الباسط الرافع المعز
السميع البصير الحكم العدل اللطيف الخبير الحليم العظيم الغفور الشكور العلي العال
العالي الكبير الحفيظ الحسيب الجليل الكريم الرقيب المجيب الواسع الحكيم الودود المجيد
الباعث الشهيد الحق الوكيل القوي المتين الولي الحميد المحيي الحي القيوم الواجد
الماجد الواحد الصمد القادر المقتدر الأول الظاهر الباطن المتعالي البر التواب العفو
الرؤوف المقسط الجامع الغني المغني النافع النور الهادي البديع الباقي الوارث الرشيد
الصبور الإله المنعم المحسن المطلب الناصر الستار الكافي المعطي الجواد الشافي
الحافظ الدايم الحسين الأمير الزهرة المهدي الرسول النبي الرضا""".split()


def folded(word):
    """The letters the extractor tells apart (a part of its normalization):
    إمام and أمام are one word to it."""
    word = re.sub("[أإآٱ]", "ا", word.lower())
    return word.replace("ى", "ي").replace("ة", "ه")


def words_of(path):
    """The second column of a words.tsv or the cue words of titles.tsv, folded."""
    out = set()
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or "\t" not in line:
            continue
        for word in line.split("\t")[1].split():
            out.add(folded(word.rstrip("*")))
    return out


def english(phoenix_dir):
    counts = Counter()
    for name in PHOENIX:
        for entry, person in phoenix_entries(Path(phoenix_dir) / name):
            if not person:
                continue
            words = entry.strip().rstrip("_").split("_")
            if len(words) >= 2 and re.fullmatch(r"[A-Z][A-Z'\-]+", words[0]):
                counts[words[0].lower()] += 1
    skip = set(EXCLUDE_EN) | words_of("data/en/words.tsv") | words_of("data/en/titles.tsv")
    names = {w for w, n in counts.items() if n >= MIN_PEOPLE} | (census() - common_words())
    return sorted(w.capitalize() for w in names if folded(w) not in skip)


CENSUS_PM = "/usr/share/perl5/Text/Names.pm"  # Debian's libtext-names-perl
MIN_CENSUS_PERCENT = 0.01  # of the population of the 1990 census with that first name
DICTIONARY = "/usr/share/dict/american-english"  # Debian's wamerican


def census(path=CENSUS_PM):
    """The US Census Bureau's 1990 first-name frequency lists (public domain),
    as Text::Names ships them: lines "NAME  percent  cumulative  rank"."""
    text = Path(path).read_text(encoding="latin-1")
    names = set()
    for block in re.findall(r"FIRSTNAMES = <<ENDNAMES;\n(.*?)\nENDNAMES", text, re.S):
        for line in block.splitlines():
            fields = line.split()
            if len(fields) == 4 and fields[0].isalpha() and float(fields[1]) >= MIN_CENSUS_PERCENT:
                names.add(fields[0].lower())
    return names


def common_words(path=DICTIONARY):
    """Lowercase words of the English dictionary: a given name that is one
    (hope, june, bill) may begin a sentence as a word."""
    return {w for w in Path(path).read_text(encoding="utf-8").split() if w.islower()}


def arabic():
    names = set()
    for line in Path("data/gazetteer/people.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        fields = line.split("\t")
        for name in [fields[3]] + [a for a in fields[5].split("|") if a]:
            words = name.split()
            if len(words) >= 2 and not words[0].startswith("ال"):
                names.add(words[0])
    names |= set(EXTRA_AR) | set(FOREIGN_AR) | set(ARTICLE_AR) | {"عبد" + n for n in ABD_NAMES}
    skip = {folded(w) for w in EXCLUDE_AR} | words_of("data/ar/words.tsv") | words_of("data/ar/titles.tsv")
    return sorted(n for n in names if folded(n) not in skip and len(n) >= 2)


def write(path, header, words):
    with open(path, "w", encoding="utf-8") as out:
        out.write("# class\tword\n")
        for line in header:
            out.write(f"# {line}\n")
        for word in words:
            out.write(f"given-name\t{word}\n")
    print(f"{path}: {len(words)} given names")


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: python3 data/tools/given_names.py PETRARCH2_DIR")
    write("data/en/given_names.tsv",
          ["Generated by data/tools/given_names.py: do not edit by hand.",
           "First words of the people of PETRARCH-2's Phoenix actor dictionaries",
           "(MIT, Copyright (c) 2014 Open Event Data Alliance), and first names of the",
           "US Census Bureau's 1990 lists (public domain); see data/README.md."],
          english(sys.argv[1]))
    write("data/ar/given_names.tsv",
          ["Generated by data/tools/given_names.py: do not edit by hand.",
           "First words of the Arabic names of data/gazetteer/people.tsv, and the",
           "common given names of EXTRA_AR, FOREIGN_AR and ABD_NAMES in",
           "data/tools/given_names.py."],
          arabic())


if __name__ == "__main__":
    main()
