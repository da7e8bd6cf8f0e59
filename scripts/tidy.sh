#!/usr/bin/env bash
# tidy.sh: runs clang-tidy 14 with .clang-tidy on the C++ files changed between
# BASE and HEAD, and fails on any finding in them (.clang-tidy makes every
# warning an error). Needs build/compile_commands.json (cmake configures it;
# scripts/test.sh builds first).
#   bash scripts/tidy.sh          the files the last commit changed (BASE = HEAD~1)
#   bash scripts/tidy.sh main     the files changed since main
# Only the changed files are reported: a .cpp file, or a header checked on its
# own; findings in the headers a changed .cpp includes are not. A file that
# build/compile_commands.json does not compile (fuzz/ without NEWSKG_FUZZ) is
# skipped with a note. With nothing changed it exits at once.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

build="${NEWSKG_BUILD_DIR:-build}"
tidy=clang-tidy-14

if [ $# -ge 1 ]; then
  base="$1"
  if ! git rev-parse --verify --quiet "$base^{commit}" > /dev/null; then
    echo "tidy: '$base' names no commit" >&2
    exit 2
  fi
elif git rev-parse --verify --quiet 'HEAD~1^{commit}' > /dev/null; then
  base=HEAD~1
else
  # A repository of one commit (or a shallow clone of depth 1): no commit
  # before HEAD to compare with. Name a BASE to check anyway
  # (4b825dc642cb6eb9a060e54bf8d69288fbee4904, git's empty tree, checks every file).
  echo "tidy: HEAD has no parent commit; nothing to compare, nothing checked"
  exit 0
fi

mapfile -t changed < <(git diff --name-only --diff-filter=ACMR "$base" HEAD -- \
  '*.cpp' '*.hpp' '*.h')
if [ "${#changed[@]}" -eq 0 ]; then
  echo "tidy: no C++ file changed since $base"
  exit 0
fi

if ! command -v "$tidy" > /dev/null; then
  echo "tidy: $tidy is missing (bash scripts/setup.sh installs it)" >&2
  exit 2
fi
database="$build/compile_commands.json"
if [ ! -f "$database" ]; then
  echo "tidy: $database is missing: configure first (cmake -S . -B $build)" >&2
  exit 2
fi

# A .cpp file is checked with its command from the database; a header with a
# command clang-tidy infers from a source file beside it.
root="$(pwd)"
files=()
for file in "${changed[@]}"; do
  case "$file" in
    *.cpp)
      if grep -qF "\"file\": \"$root/$file\"" "$database"; then
        files+=("$file")
      else
        echo "tidy: $file is not in $database, not checked"
      fi
      ;;
    *) files+=("$file") ;;
  esac
done
if [ "${#files[@]}" -eq 0 ]; then
  exit 0
fi

# Report findings in the changed files only (a .cpp file's own findings always
# show; its headers' only when they changed too).
escape() { printf '%s' "$1" | sed 's/[][\.*^$+?(){}|]/\\&/g'; }
filter=""
for file in "${files[@]}"; do
  filter+="${filter:+|}$(escape "$root/$file")"
done

echo "tidy: checking ${#files[@]} changed file(s) since $base"
logs="$(mktemp -d)"
trap 'rm -rf "$logs"' EXIT
export tidy build filter logs
status=0
printf '%s\0' "${files[@]}" | xargs -0 -P "$(nproc)" -I{} sh -c \
  'log="$logs/$(printf %s "$1" | tr / _).log"
   if "$tidy" -p "$build" --quiet --header-filter="^($filter)\$" "$1" > "$log" 2>&1; then
     rm -f "$log"
   fi' sh {} || status=1
failed=0
for log in "$logs"/*.log; do
  [ -e "$log" ] || continue
  failed=$((failed + 1))
  # clang-tidy's "N warnings generated" and "Suppressed ..." lines say nothing here.
  grep -v -e '^[0-9]* warnings\? generated\.$' -e '^[0-9]* warnings\? and [0-9]* errors\? generated\.$' \
    -e '^Suppressed [0-9]* warnings' -e '^Use -header-filter=' "$log" || true
done
if [ "$failed" -ne 0 ] || [ "$status" -ne 0 ]; then
  echo "tidy: findings in $failed file(s); fix them, or see .clang-tidy for why a check is on" >&2
  exit 1
fi
echo "tidy: ${#files[@]} file(s) clean"
