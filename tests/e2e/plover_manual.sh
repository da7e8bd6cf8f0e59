#!/usr/bin/env bash
# plover_manual.sh NEWSKG DATA SAMPLES WORK
# Issue 10, item 7: --format plover follows the PLOVER manual and the official
# CAMEO2PLOVER-2021.txt table: the manual's field names (id, date, event, mode,
# context, source, recipient, text, text_info, cite_info), a date on every
# line, CAMEO 057 -> SUPPORT, 192 -> COERCE (seize), 041 -> CONSULT (phone),
# 043 -> CONSULT (visit), CAMEO 01 and 02 dropped; the events of undated
# articles are skipped and counted; data/ontology/cameo_plover.tsv is the
# converter's output of the verbatim table.
set -uo pipefail
newskg="$1" data="$2" samples="$3" work="$4"
# shellcheck source=tests/e2e/common.sh
. "$(dirname "$0")/common.sh"
e2e_dir="$(cd "$(dirname "$0")" && pwd)" # for checks.py
fresh_dir "$work"
cd "$work" || exit 1

# The committed table is what the converter makes of the verbatim original.
/usr/bin/python3 "$data/tools/cameo2plover.py" "$data/tools/CAMEO2PLOVER-2021.txt" > table.tsv || exit 1
cmp table.tsv "$data/ontology/cameo_plover.tsv" || {
  echo "FAIL: data/ontology/cameo_plover.tsv differs from data/tools/cameo2plover.py's output" >&2
  exit 1
}
echo "ok: cameo_plover.tsv is the converted CAMEO2PLOVER-2021.txt"

# Undated .txt articles: no event line, and the count on stderr.
"$newskg" build --quiet --data "$data" --db plain.db "$samples" || exit 1
"$newskg" export --data "$data" --db plain.db --format plover -o undated.jsonl 2> undated.err
expect "$?" 0 "export --format plover of undated articles succeeds"
expect "$(wc -l < undated.jsonl)" 0 "no event line without a date"
expect "$(tail -n 1 undated.err)" \
  "newskg: 0 PLOVER events, 17 skipped from undated articles (PLOVER requires a date; build --meta dates .txt articles), 6 skipped whose CAMEO code has no PLOVER event (01 statements, 02 appeals)" \
  "the skipped events are counted"

# Dated by --meta (dates chosen for the test).
printf 'file,date\n%s,%s\n%s,%s\n' karabakh-ceasefire-2020-10.ar.txt 2020-10-12 \
  libya-statements.en.txt 2019-12-22T14:05:00Z > meta.csv
"$newskg" build --quiet --data "$data" --db dated.db --meta meta.csv "$samples" || exit 1
"$newskg" export --data "$data" --db dated.db --format plover -o events.jsonl 2> dated.err || exit 1
expect "$(tail -n 1 dated.err)" \
  "newskg: 17 PLOVER events, 6 skipped whose CAMEO code has no PLOVER event (01 statements, 02 appeals)" \
  "every event of a dated article is written"

PYTHONPATH="$e2e_dir" /usr/bin/python3 - events.jsonl <<'PY'
import json, re, sys

from checks import check, done

events = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
check(len(events), 17, "17 events")
# PLOVER manual, "JSON Data Fields": id, date, source and event are required.
CATEGORIES = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "ACCUSE",
              "REQUEST", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT"}
bad = []
for e in events:
    ok = (isinstance(e.get("id"), str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", e.get("date") or "")
          and isinstance(e.get("event"), list) and set(e["event"]) <= CATEGORIES and e["event"]
          and "mode" in e and isinstance(e.get("context"), list)
          and isinstance(e.get("source"), list) and e["source"]
          and all(a.get("identifier_id") and a.get("identifier_text") for a in e["source"] + e.get("recipient", []))
          and set(e["text_info"]) == {"sequence", "start", "end"}
          and e["cite_info"]["citation"] and "actor1" not in e and "event_type" not in e)
    if not ok:
        bad.append(e)
check(bad, [], "every line has the manual's required fields and no old ones")

def find(predicate, doc="karabakh-ceasefire-2020-10.ar"):
    return [e for e in events if e["predicate"] == predicate and e["cite_info"]["citation"] == doc]

called = find("called")
check([(e["date"], e["event"], e["mode"], [a["identifier_id"] for a in e["source"]], "recipient" in e)
       for e in called],
      [("2020-10-12", ["CONSULT"], "phone", ["Q3052772", "Q7747"], False)],
      "Putin and Macron's call (041): CONSULT, mode phone, both in source, no recipient")
agreed = find("agreed-with")
check(sorted({(tuple(e["event"]), tuple(e["context"])) for e in agreed}), [(("SUPPORT",), ("diplomatic",))],
      "agreed-with (057, sign formal agreement): SUPPORT, context diplomatic (not AGREE)")
captured = find("captured")
check([(e["event"], e["mode"], e["context"], e["source"][0]["identifier_text"], e["recipient"][0]["identifier_text"])
       for e in captured],
      [(["COERCE"], "seize", ["military"], "Azerbaijan", "Zangilan")],
      "captured (192, occupy territory): COERCE, mode seize (not ASSAULT)")
met = find("met")
check(sorted({(tuple(e["event"]), e["mode"]) for e in met}), [(("CONSULT",), "visit")],
      "met (043, host a visit): CONSULT, mode visit")
check(find("called-on", "libya-statements.en") + find("called-on") + find("announced"), [],
      "called-on (020) and announced (010) give no event: PLOVER dropped CAMEO 01 and 02")
libya = [e for e in events if e["cite_info"]["citation"] == "libya-statements.en"]
check(sorted({(e["date"], e.get("time")) for e in libya}), [],
      "the Libya article's only event is called-on, dropped")
check(sorted({(e["date"], e.get("time")) for e in events}), [("2020-10-12", None)],
      "every written event is the Arabic article's, dated 2020-10-12 with no time")
done()
PY
