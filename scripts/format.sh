#!/usr/bin/env bash
# format.sh: checks that every C++ file git tracks matches .clang-format
# (clang-format 14, Debian 12), or with --fix rewrites them in place.
#   bash scripts/format.sh          exit 1 and list the files that differ
#   bash scripts/format.sh --fix    format every tracked C++ file
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

formatter=clang-format-14
if ! command -v "$formatter" > /dev/null; then
  echo "format: $formatter is missing (bash scripts/setup.sh installs it)" >&2
  exit 2
fi

mapfile -t files < <(git ls-files '*.cpp' '*.hpp' '*.h')
if [ "${1:-}" = --fix ]; then
  "$formatter" -i "${files[@]}"
  exit 0
fi

# One run over every file; each warning begins "FILE:LINE:COL: error:".
mapfile -t unformatted < <("$formatter" --dry-run "${files[@]}" 2>&1 \
  | sed -n 's/^\([^:]*\):[0-9]*:[0-9]*: \(warning\|error\): code should be clang-formatted.*/\1/p' | sort -u)
if [ "${#unformatted[@]}" -ne 0 ]; then
  echo "format: ${#unformatted[@]} file(s) do not match .clang-format; run bash scripts/format.sh --fix:" >&2
  printf '  %s\n' "${unformatted[@]}" >&2
  exit 1
fi
echo "format: ${#files[@]} files match .clang-format"
