#!/usr/bin/env bash
# no_articles.sh NEWSKG WORK: an input directory with no article in it is
# reported and exits 4 (issue 10 item 9: `build` on a folder of PDFs said
# "0 documents read" and exited 0), for build and extract alike; a directory
# with one article below it is read as before.
set -u
newskg="$1" work="$2"
# shellcheck source=tests/e2e/common.sh
. "$(dirname "$0")/common.sh"
fresh_dir "$work" pdfs good/deep
cd "$work" || exit 1
printf '%%PDF-1.4\n' > pdfs/report.pdf
printf 'Putin met Macron in Paris.\n' > good/deep/a.en.txt
printf '%%PDF-1.4\n' > good/b.pdf
problem="newskg: pdfs: no .txt or .jsonl file in this directory (1 file of another type)"

"$newskg" build --db kg.db pdfs 2> err.txt
expect "$?" 4 "build on a directory without articles exits 4"
expect "$(head -n 1 err.txt)" "$problem" "build names the directory"
expect "$(sed -n 2p err.txt | cut -d, -f1)" "newskg: 0 documents read" "build's summary follows"

"$newskg" extract --quiet pdfs > out.jsonl 2> err.txt
expect "$?" 4 "extract on a directory without articles exits 4"
expect "$(cat err.txt)" "$problem" "extract names the directory"
# As for any input it cannot read, extract writes an error object in place of documents.
expect "$(cat out.jsonl)" \
  '{"error":"no .txt or .jsonl file in this directory (1 file of another type)","source":"pdfs"}' \
  "extract writes the error object, no document"

"$newskg" build --quiet --db good.db good 2> err.txt
expect "$?" 0 "build on a directory with an article below it exits 0"
expect "$(cat err.txt)" "" "build reports nothing there"
expect "$(sqlite3 good.db 'SELECT id FROM documents')" "a.en" "build stored the article"
