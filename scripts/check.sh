#!/usr/bin/env bash
# Sets everything up, builds cost-opt and runs the whole test suite (lit +
# FileCheck; the corpus tests run when ../shared/corpus exists).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --with-test-tools
BUILD_DIR=${BUILD_DIR:-build}
log=$(mktemp)
status=0
# check-cost runs lit (-sv) on the suite configured by CMake.
cmake --build "$BUILD_DIR" --target check-cost 2>&1 | tee "$log" || status=$?
# lit's own summary, restated as one line CI readers understand.
count() { sed -nE "s/^ *$1 *: *([0-9]+).*/\1/p" "$log" | tail -1; }
passed=$(count Passed); failed=$(count Failed); skipped=$(count Unsupported)
echo "lit: ${passed:-0} passed, ${failed:-0} failed, ${skipped:-0} skipped"
exit $status
