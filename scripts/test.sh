#!/usr/bin/env bash
# test.sh: installs what is missing, builds with warnings as errors, and runs
# every test (unit and end to end). Exits non-zero when any test fails.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/setup.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DNEWSKG_WERROR=ON
cmake --build build -j "$(nproc)"
cd build
ctest --output-on-failure -j2
