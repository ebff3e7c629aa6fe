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

# The installed package: cmake --install, then a downstream project
# (examples/downstream) finds it with find_package(MLIRCost CONFIG), links
# the analysis and must give cost-opt's total for the example model.
prefix="$BUILD_DIR/install-check"
rm -rf "$prefix" "$BUILD_DIR/downstream"
cmake --install "$BUILD_DIR" --prefix "$prefix" > /dev/null
cmake -S examples/downstream -B "$BUILD_DIR/downstream" -G Ninja \
  -DCMAKE_PREFIX_PATH="$(realpath "$prefix")" \
  -DMLIR_DIR=/usr/lib/llvm-22/lib/cmake/mlir > /dev/null
cmake --build "$BUILD_DIR/downstream" > /dev/null
ours=$("$BUILD_DIR/downstream/cost-summary" examples/cnn.mlir | sed -n 's/^total flops \([0-9]*\) .*/\1/p')
theirs=$("$prefix/bin/cost-opt" --flops --exact --target=none examples/cnn.mlir | awk '$1 == "total" { print $2 }')
if [[ -n "$ours" && "$ours" == "$theirs" ]]; then
  echo "downstream: find_package(MLIRCost) consumer total flops $ours = installed cost-opt's $theirs: ok"
else
  echo "downstream: FAILED: consumer '$ours', cost-opt '$theirs'"
  status=1
fi

# The same suite on a build with AddressSanitizer + UndefinedBehaviorSanitizer
# (any report aborts the test that triggered it). COST_SKIP_SANITIZERS=1
# skips this stage for a quick local run.
if [[ "${COST_SKIP_SANITIZERS:-0}" != 1 ]]; then
  san_dir="${BUILD_DIR}-sanitizers"
  if [[ ! -f "$san_dir/build.ninja" ]]; then
    cmake -S . -B "$san_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release \
      -DMLIR_DIR=/usr/lib/llvm-22/lib/cmake/mlir \
      -DLLVM_EXTERNAL_LIT=/usr/lib/llvm-22/bin/lit \
      -DCOST_ENABLE_SANITIZERS=ON > /dev/null
  fi
  san_log=$(mktemp)
  san_status=0
  cmake --build "$san_dir" --target check-cost > "$san_log" 2>&1 || san_status=$?
  san_passed=$(sed -nE "s/^ *Passed *: *([0-9]+).*/\1/p" "$san_log" | tail -1)
  san_failed=$(sed -nE "s/^ *Failed *: *([0-9]+).*/\1/p" "$san_log" | tail -1)
  if ((san_status)); then
    grep -E "FAIL:|ERROR: (Address|Undefined)Sanitizer|runtime error:" "$san_log" | head -40 || true
    status=1
  fi
  echo "sanitizers (ASan+UBSan): ${san_passed:-0} passed, ${san_failed:-0} failed"
fi
# The libFuzzer target (clang 22 from Debian, installed by fuzz.sh) builds,
# and runs once over its seeds (every .mlir of test/ and examples/): a
# deterministic regression run, not fuzzing; scripts/fuzz.sh RUNS fuzzes
# (docs/robustness.md). COST_SKIP_FUZZER=1 skips this stage.
if [[ "${COST_SKIP_FUZZER:-0}" != 1 ]]; then
  fuzz_log=$(mktemp)
  if scripts/fuzz.sh 0 > "$fuzz_log" 2>&1; then
    echo "fuzzer: cost-fuzz and cost-fuzz-sidefiles built; $(grep -oE 'Done [0-9]+ runs' "$fuzz_log" | paste -sd, -) over the seeds: ok"
  else
    grep -E "error|ERROR|SUMMARY" "$fuzz_log" | head -20 || true
    echo "fuzzer: FAILED (see above)"
    status=1
  fi
fi
exit $status
