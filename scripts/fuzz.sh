#!/usr/bin/env bash
# fuzz.sh: builds the libFuzzer harnesses of fuzz/ with clang (ASan and UBSan
# in every object) in build-fuzz/, and runs each for SECONDS (default 60) on
# the seed corpus of fuzz/corpus/. New inputs go to build-fuzz/corpus/TARGET,
# never into the repository; a finding is written to build-fuzz/findings/ and
# makes the script exit non-zero.
#   bash scripts/fuzz.sh [SECONDS] [TARGET...]   targets: json_lines gold extract
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

seconds="${1:-60}"
shift || true
targets=("$@")
if [ "${#targets[@]}" -eq 0 ]; then
  targets=(json_lines gold extract)
fi

build="${NEWSKG_FUZZ_BUILD:-build-fuzz}"
cmake -S . -B "$build" -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" -DNEWSKG_FUZZ=ON -DNEWSKG_BUILD_TESTS=OFF > /dev/null
cmake --build "$build" -j "$(nproc)" --target "${targets[@]/#/fuzz_}"

# Any sanitizer report ends the run as a finding.
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:abort_on_error=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
mkdir -p "$build/findings"
for target in "${targets[@]}"; do
  dict=()
  if [ "$target" != extract ]; then
    dict=(-dict=fuzz/json.dict)
  fi
  mkdir -p "$build/corpus/$target"
  echo "fuzz: $target for ${seconds} s"
  # -timeout: one input taking 10 s is a finding (quadratic work per sentence);
  # -rss_limit_mb: so is 2 GB of memory. The log keeps libFuzzer's progress lines.
  log="$build/findings/$target.log"
  if ! "$build/fuzz/fuzz_$target" "$build/corpus/$target" "fuzz/corpus/$target" "${dict[@]}" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$build/findings/$target-" > "$log" 2>&1; then
    tail -n 60 "$log" >&2
    echo "fuzz: $target found a problem; the input is in $build/findings/" >&2
    exit 1
  fi
  grep -E '^(Done|stat::number_of_executed_units|stat::peak_rss_mb)|INFO: seed corpus' "$log"
done
