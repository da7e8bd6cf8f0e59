#!/usr/bin/env bash
# query_filters.sh NEWSKG DATA_DIR SAMPLES_DIR WORK_DIR
# query --since/--until (article date), --text (FTS5, Arabic normalized),
# --format csv, --limit; entities --type and --search across languages.
set -euo pipefail
newskg="$1" data="$2" samples="$3" work="$4"
source "$(dirname "$0")/common.sh"
fresh_dir "$work"
db="$work/newskg.db"
python3 - "$samples" "$work/dated.jsonl" <<'PY'
import glob, json, os, sys
samples, out = sys.argv[1], sys.argv[2]
text = open(sorted(glob.glob(os.path.join(samples, "*.ar.txt")))[0], encoding="utf-8").read()
with open(out, "w", encoding="utf-8") as f:
    for doc, date in (("october", "2020-10-10"), ("november", "2020-11-20"), ("undated", None)):
        line = {"id": doc, "text": text}
        if date:
            line["date"] = date
        f.write(json.dumps(line, ensure_ascii=False) + "\n")
PY
"$newskg" build --quiet --data "$data" --db "$db" "$work/dated.jsonl"
q() { "$newskg" query --data "$data" --db "$db" "$@"; }
docs() { q "$@" --format csv | tail -n +2 | cut -d, -f6 | sort -u | tr -d '\r' | tr '\n' ' '; }

expect "$(docs --entity Putin)" "november october undated " "every document"
expect "$(docs --entity Putin --since 2020-11-01)" "november " "--since"
expect "$(docs --entity Putin --until 2020-10)" "october " "--until a month"
expect "$(docs --entity Putin --since 2020-10-10 --until 2020-11-20)" "november october " "a closed range"
# "اتصالاً هاتفياً" (a phone call) in the text; typed without tanween, with
# alef variants and in either order.
expect "$(docs --text 'اتصالا هاتفيا' --until 2020-10)" "october " "--text, Arabic"
expect "$(docs --text 'هاتفيا إتصالا' --subject بوتين --until 2020-10)" "october " "--text with hamza, any order"
expect "$(q --text 'no-such-words-anywhere' | wc -l)" "1" "--text without a match: the header"
expect "$(q --entity Putin --limit 2 --format json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')" \
  "2" "--limit with json"
expect "$(q --entity Putin --format json --limit 1 | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["date"] != None)')" \
  "True" "json rows carry the date"
python3 -c 'import csv,sys; rows=list(csv.reader(open(sys.argv[1], encoding="utf-8"))); assert rows[0][0] == "subject" and all(len(r) == 9 for r in rows), rows[:2]' \
  <(q --entity Putin --format csv) && echo "ok: csv parses with 9 columns"

e() { "$newskg" entities --data "$data" --db "$db" "$@"; }
expect "$(e --search بوتين | cut -f1 | tail -n +2)" "wd:Q7747" "entities --search in Arabic"
expect "$(e --search Putin | cut -f1 | tail -n +2)" "wd:Q7747" "entities --search in English"
expect "$(e --search 'vladimir put' | cut -f1 | tail -n +2)" "wd:Q7747" "entities --search by a part of a name"
expect "$(e --type person --format csv | tail -n +2 | cut -d, -f2 | sort -u | tr -d '\r')" "Person" "entities --type"
set +e
e --type planet > /dev/null 2>&1
code=$?
q --since 10/10/2020 > /dev/null 2>&1
code="$code $?"
set -e
expect "$code" "2 2" "bad --type and bad --since are usage errors"
echo "PASS: query and entities filters"
