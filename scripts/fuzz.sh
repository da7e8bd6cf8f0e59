#!/usr/bin/env bash
# fuzz.sh: builds the libFuzzer harnesses of fuzz/ with clang in build-fuzz/
# (every object with coverage, ASan and UBSan) and runs each for SECONDS
# (default 60) from the seed corpus of fuzz/corpus/. New inputs go to
# build-fuzz/corpus/TARGET, never into the repository; a finding (a crash, a
# sanitizer report, 10 s on one input, 2 GB) is written to build-fuzz/findings/
# and makes the script exit non-zero.
#   bash scripts/fuzz.sh [--unit-tests] [SECONDS] [TARGET...]   targets: json_lines gold extract
# --unit-tests also builds the unit tests in that build and runs them first,
# under the same sanitizers (scripts/test.sh does).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

unit_tests=no
if [ "${1:-}" = --unit-tests ]; then
  unit_tests=yes
  shift
fi
seconds="${1:-60}"
shift || true
targets=("$@")
if [ "${#targets[@]}" -eq 0 ]; then
  targets=(json_lines gold extract)
fi
build_targets=("${targets[@]/#/fuzz_}")
if [ "$unit_tests" = yes ]; then
  build_targets+=(unit_tests)
fi

build=build-fuzz
cmake -S . -B "$build" -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" -DNEWSKG_FUZZ=ON > /dev/null
cmake --build "$build" -j "$(nproc)" --target "${build_targets[@]}"

# Any sanitizer report stops the program with an error (the build does not
# recover from one either).
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_leaks=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
if [ "$unit_tests" = yes ]; then
  echo "fuzz.sh: the unit tests under ASan and UBSan"
  # One process: each test case in its own (ctest) pays the sanitizers' start-up
  # 380 times, 5 minutes instead of 40 s.
  (cd "$build/tests" && ./unit_tests)
fi

mkdir -p "$build/findings"
for target in "${targets[@]}"; do
  dict=()
  if [ "$target" != extract ]; then
    dict=(-dict=fuzz/json.dict)
  fi
  mkdir -p "$build/corpus/$target"
  echo "fuzz.sh: $target for ${seconds} s"
  log="$build/findings/$target.log"
  if ! "$build/fuzz/fuzz_$target" "$build/corpus/$target" "fuzz/corpus/$target" "${dict[@]}" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$build/findings/$target-" > "$log" 2>&1; then
    tail -n 60 "$log" >&2
    echo "fuzz.sh: $target found a problem; the input is in $build/findings/" >&2
    exit 1
  fi
  grep -E '^(Done|stat::peak_rss_mb)|INFO: seed corpus' "$log"
done
