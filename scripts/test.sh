#!/usr/bin/env bash
# test.sh: installs what is missing, checks the C++ format, builds with warnings as errors, runs
# clang-tidy on the C++ files the last commit changed, and runs every test (unit
# and end to end); then the unit tests again under ASan and UBSan, and each fuzz
# target for 60 s. Exits non-zero when any test fails or any sanitizer reports.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/setup.sh
# Every C++ file matches .clang-format, or CI fails before building.
bash scripts/format.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DNEWSKG_WERROR=ON
cmake --build build -j "$(nproc)"
# clang-tidy (.clang-tidy) on the C++ files the last commit changed: any finding fails.
bash scripts/tidy.sh
(cd build && ctest --output-on-failure -j2)

# The unit tests under AddressSanitizer and UndefinedBehaviorSanitizer, then
# each libFuzzer harness of fuzz/ for 60 s from the committed corpus: one clang
# build serves both (build-fuzz/).
bash scripts/fuzz.sh --unit-tests 60
