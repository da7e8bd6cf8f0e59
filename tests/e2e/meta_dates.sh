#!/usr/bin/env bash
# meta_dates.sh NEWSKG DATA SAMPLES SHARED WORK CASE
# Issue 10, item 4: --meta FILE gives .txt articles their date, title, url
# and language, and the dates reach query, PLOVER, GraphML, GEXF and HTML.
#   query    build --meta on samples/: query --since finds Putin -called-> Macron,
#            which it does not without --meta; --until before the date does not
#   exports  PLOVER lines carry the date; GraphML nodes and edges their first and
#            last days; GEXF is dynamic (start, end), valid and read by networkx;
#            the HTML view's data has the dates
#   extract  extract --meta with a TSV by id, applied to a .txt and a JSON line
#   errors   a bad table stops extract and build with FILE:LINE and exit 4 before
#            anything is written; a row naming no input is a warning, exit 0;
#            --meta with --from-extracted exits 2
set -uo pipefail
newskg="$1" data="$2" samples="$3" shared="$4" work="$5" case="$6"
# shellcheck source=tests/e2e/common.sh
. "$(dirname "$0")/common.sh"
e2e_dir="$(cd "$(dirname "$0")" && pwd)" # for checks.py
fresh_dir "$work"
cd "$work" || exit 1
run() { "$newskg" "$@" --data "$data"; }

# The dates were chosen for this test (samples/SOURCES.tsv gives only a year
# for the Arabic article): the Arabic article on 2020-10-12, the Libya one on
# 2019-12-22; the Rohingya article stays undated. The title has a comma and
# quotes, so it must be quoted in CSV.
cat > meta.csv <<'CSV'
file,date,title,url,source
karabakh-ceasefire-2020-10.ar.txt,2020-10-12,"Karabakh: the ""humanitarian"" ceasefire, day 2",https://example.org/karabakh,test
samples/libya-statements.en.txt,2019-12-22,,,test
CSV

# called_rows DB ARGS...: query --subject Putin --predicate called as CSV rows
# (no header): subject,predicate,object,doc,date,...
called_rows() {
  local db="$1"
  shift
  run query --db "$db" --subject Putin --predicate called --format csv "$@" | tail -n +2
}

case "$case" in
query)
  run build --quiet --db plain.db "$samples" || exit 1
  expect "$(called_rows plain.db --since 2020-10-01 | wc -l)" 0 \
    "without --meta, the .txt articles are undated and --since finds nothing"
  out="$(run build --db dated.db --meta meta.csv "$samples" 2>&1)" || { echo "$out"; exit 1; }
  expect "$(grep -c 'names no input' <<< "$out")" 0 "every row of meta.csv names an input"
  # Columns: subject,subject_label,predicate,object,object_label,doc,date; the
  # symmetric relation is stored from the smaller id (Macron's wd:Q3052772).
  expect "$(called_rows dated.db --since 2020-10-01 | cut -d, -f2,3,5-7)" \
    "Emmanuel Macron,called,Vladimir Putin,karabakh-ceasefire-2020-10.ar,2020-10-12" \
    "with --meta, query --since 2020-10-01 finds Putin -called-> Macron dated 2020-10-12"
  expect "$(called_rows dated.db --since 2020-10-12 --until 2020-10-12 | wc -l)" 1 \
    "the row is found on its day"
  expect "$(called_rows dated.db --since 2020-10-13 | wc -l)" 0 "--since the day after finds nothing"
  expect "$(called_rows dated.db --until 2020-10-11 | wc -l)" 0 "--until the day before finds nothing"
  expect "$(sqlite3 -separator '|' dated.db "SELECT id, date, title, url FROM documents ORDER BY id")" \
    "$(printf '%s\n' \
      'karabakh-ceasefire-2020-10.ar|2020-10-12|Karabakh: the "humanitarian" ceasefire, day 2|https://example.org/karabakh' \
      'libya-statements.en|2019-12-22||' \
      'rohingya-asylum-seekers.en|||')" \
    "the cache stores each article's date, title and url from meta.csv"
  # The same build again: nothing changed, nothing re-extracted.
  expect "$(run build --db dated.db --meta meta.csv "$samples" 2>&1 | head -n 1)" \
    "newskg: 3 documents read, 0 extracted, 3 unchanged, 0 re-extracted, 0 skipped" \
    "a second build with the same --meta finds every document unchanged"
  ;;
exports)
  run build --quiet --db dated.db --meta meta.csv "$samples" || exit 1
  for format in plover:events.jsonl graphml:graph.graphml gexf:graph.gexf gexf-1.3:graph13.gexf \
    html:graph.html; do
    run export --quiet --db dated.db --format "${format%%:*}" -o "${format#*:}" || exit 1
  done
  PYTHONPATH="$e2e_dir" /usr/bin/python3 - <<'PY' || exit 1
import json, re, sys
import xml.etree.ElementTree as ET
import networkx as nx

from checks import check, done, html_graph_data

events = [json.loads(line) for line in open("events.jsonl", encoding="utf-8")]
def doc_of(e):
    return e["cite_info"]["citation"]  # the PLOVER manual's citeInfo object
dates = {}
for e in events:
    dates.setdefault(doc_of(e), set()).add(e["date"])
check(dates.get("karabakh-ceasefire-2020-10.ar"), {"2020-10-12"}, "PLOVER: the Arabic article's events are dated 2020-10-12")
# The Libya article's one event is CAMEO 020 (called-on), which PLOVER dropped.
check(sorted(dates), ["karabakh-ceasefire-2020-10.ar"], "PLOVER: the dated article with PLOVER events")

g = nx.read_graphml("graph.graphml")
check((g.nodes["wd:Q7747"].get("first_date"), g.nodes["wd:Q7747"].get("last_date")),
      ("2020-10-12", "2020-10-12"), "GraphML: Putin's first and last days")
check((g.nodes["wd:Q30"].get("first_date"), g.nodes["wd:Q30"].get("last_date")),
      ("2019-12-22", "2020-10-12"), "GraphML: the United States, named in both dated articles")
undated = [n for n, d in g.nodes(data=True) if d.get("documents") == "rohingya-asylum-seekers.en"]
check(bool(undated) and all("first_date" not in g.nodes[n] for n in undated), True,
      "GraphML: entities of the undated article alone have no first_date")
called = [d for u, v, d in g.edges(data=True) if d["predicate"] == "called"]
check([(d.get("first_date"), d.get("last_date")) for d in called], [("2020-10-12", "2020-10-12")],
      "GraphML: the called edge's first and last days")

root = ET.parse("graph.gexf").getroot()
ns = {"g": "http://www.gexf.net/1.2draft"}
graph = root.find("g:graph", ns)
check((graph.get("mode"), graph.get("timeformat")), ("dynamic", "date"), "GEXF: a dynamic graph of dates")
us = [n for n in graph.iter("{http://www.gexf.net/1.2draft}node") if n.get("id") == "wd:Q30"][0]
check((us.get("start"), us.get("end")), ("2019-12-22", "2020-10-12"), "GEXF: the United States spans both days")
gx = nx.read_gexf("graph.gexf")
check(gx.graph.get("mode"), "dynamic", "networkx reads the dynamic GEXF")
check((gx.nodes["wd:Q7747"].get("start"), gx.nodes["wd:Q7747"].get("end")), ("2020-10-12", "2020-10-12"),
      "networkx: Putin's start and end")

data = html_graph_data("graph.html")
putin = [n for n in data["nodes"] if n["id"] == "wd:Q7747"][0]
check((putin["first_date"], putin["last_date"]), ("2020-10-12", "2020-10-12"), "HTML: Putin's dates")
done()
PY
  if [ -x "$shared/tools/validate-exports.sh" ]; then
    "$shared/tools/validate-exports.sh" graph.graphml graph13.gexf > validate.txt 2>&1 || {
      cat validate.txt
      echo "FAIL: validate-exports.sh" >&2
      exit 1
    }
    tail -n 1 validate.txt
  fi
  ;;
extract)
  printf 'id\tlang\tdate\ttitle\n%s\t%s\t%s\t%s\n%s\t\t%s\t\n' \
    libya-statements.en en 2019-12-22 'Libya, "de-escalation"' \
    j1 2021-03-04 > meta.tsv
  printf '%s\n' '{"id": "j1", "text": "Putin met Macron in Paris.", "date": "2020-01-01"}' > feed.jsonl
  run extract --quiet --meta meta.tsv "$samples/libya-statements.en.txt" \
    "$samples/rohingya-asylum-seekers.en.txt" feed.jsonl > out.jsonl || exit 1
  expect "$(/usr/bin/python3 -c '
import json, sys
for line in open("out.jsonl", encoding="utf-8"):
    d = json.loads(line)
    print(d["doc"], d.get("date"), d.get("title"))' | tr '\n' ';')" \
    'libya-statements.en 2019-12-22 Libya, "de-escalation";rohingya-asylum-seekers.en None None;j1 2021-03-04 None;' \
    "extract --meta: the TSV row by id dates the .txt file and overrides the JSON line's date"
  ;;
errors)
  # expect_failure CODE MESSAGE_PREFIX ARGS...: the exit code and the first error line.
  expect_failure() {
    local code="$1" message="$2" status
    shift 2
    "$newskg" "$@" --data "$data" > out.txt 2> err.txt
    status=$?
    expect "$status" "$code" "exit $code: $*"
    expect "$(grep -m 1 '^newskg:' err.txt | cut -c 1-${#message})" "$message" "message of: $*"
  }
  printf 'file,date\nkarabakh-ceasefire-2020-10.ar.txt,2020-10-12\nlibya-statements.en.txt,2020-02-30\n' > bad-date.csv
  expect_failure 4 "newskg: bad-date.csv:3: date '2020-02-30' is not an ISO 8601 date" \
    build --db bad.db --meta bad-date.csv "$samples"
  expect "$(ls bad.db* 2> /dev/null | wc -l)" 0 "a bad table creates no cache"
  expect_failure 4 "newskg: bad-date.csv:3: date '2020-02-30'" extract --meta bad-date.csv "$samples"
  expect "$(wc -c < out.txt)" 0 "a bad table: extract writes nothing"
  printf 'file,date\na.txt,10/12/2020\n' > us-date.csv
  expect_failure 4 "newskg: us-date.csv:2: date '10/12/2020'" extract --meta us-date.csv "$samples"
  printf 'name,date\na.txt,2020-10-12\n' > no-key.csv
  expect_failure 4 "newskg: no-key.csv:1: the header names neither 'id' nor 'file'" \
    extract --meta no-key.csv "$samples"
  printf 'id,date\na,2020-10-12,extra\n' > fields.csv
  expect_failure 4 "newskg: fields.csv:2: 3 fields where the header has 2" extract --meta fields.csv "$samples"
  expect_failure 4 "newskg: missing.csv: cannot open" extract --meta missing.csv "$samples"
  expect_failure 2 "newskg: --meta applies to articles" \
    build --db x.db --from-extracted --meta bad-date.csv out.txt
  # A row naming no input: a warning with its line, and the rest is applied.
  printf 'file,date\nno-such-article.txt,2020-10-12\nlibya-statements.en.txt,2019-12-22\n' > extra.csv
  "$newskg" extract --quiet --data "$data" --meta extra.csv "$samples/libya-statements.en.txt" > out.jsonl 2> err.txt
  expect "$?" 0 "a row naming no input does not fail extract"
  expect "$(cat err.txt)" "newskg: warning: extra.csv:2: file 'no-such-article.txt' names no input document" \
    "the unused row is reported with its file and line"
  expect "$(/usr/bin/python3 -c 'import json; print(json.loads(open("out.jsonl").readline())["date"])')" \
    2019-12-22 "the other row is applied"
  ;;
*)
  echo "unknown case $case" >&2
  exit 2
  ;;
esac
