#!/usr/bin/env bash
# article_peak_rss.sh: peak memory of `newskg extract` on one long article
# (issue 9: one 30 MB article within 300 MB).
#
#   bash bench/article_peak_rss.sh [MB] [NEWSKG]
#
# Concatenates the Arabic dev articles (../shared/articles/dev/*.ar.txt, in
# sorted order, each followed by an empty line), repeated until the article
# holds MB million bytes (default 30), into one .txt file, and prints the
# maximum resident set size and the user time of NEWSKG (default
# build/newskg) extracting it (/usr/bin/time -v). Prints figures; never a test.
set -euo pipefail

mb="${1:-30}"
root="$(cd "$(dirname "$0")/.." && pwd)"
newskg="${2:-$root/build/newskg}"
dev="$root/../shared/articles/dev"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

shopt -s nullglob
files=("$dev"/*.ar.txt)
if ((${#files[@]} == 0)); then
  echo "article_peak_rss: no Arabic article in $dev" >&2
  exit 2
fi

# Appends article $1 to file $2, ending in a line feed and an empty line.
append() {
  cat "$1" >>"$2"
  [[ "$(tail -c 1 "$1")" == "" ]] || printf '\n' >>"$2"
  printf '\n' >>"$2"
}

# One round of the articles, then whole rounds, then articles one by one.
round="$work/round.txt"
: >"$round"
for file in "${files[@]}"; do
  append "$file" "$round"
done
round_size=$(stat -c %s "$round")
article="$work/long-article.ar.txt"
: >"$article"
target=$((mb * 1000000))
size=0
while ((size + round_size < target)); do
  cat "$round" >>"$article"
  size=$((size + round_size))
done
for file in "${files[@]}"; do
  ((size < target)) || break
  append "$file" "$article"
  size=$(stat -c %s "$article")
done

/usr/bin/time -v "$newskg" extract --quiet "$article" 2>"$work/time" >/dev/null
rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time")
user=$(sed -n 's/.*User time (seconds): //p' "$work/time")
echo "one article of $size bytes: peak RSS $((rss / 1024)) MiB ($rss KiB), $user user seconds"
