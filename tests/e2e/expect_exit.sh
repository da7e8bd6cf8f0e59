#!/usr/bin/env bash
# expect_exit.sh CODE COMMAND [ARG...]: runs COMMAND and fails unless it exits with CODE.
set -u
expected="$1"; shift
"$@" >/dev/null 2>&1
actual=$?
if [ "$actual" != "$expected" ]; then
  echo "expected exit $expected, got $actual: $*" >&2
  exit 1
fi
