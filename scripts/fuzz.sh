#!/usr/bin/env bash
# Builds the libFuzzer targets (cost-fuzz: MLIR input; cost-fuzz-sidefiles:
# chip YAML, rules, baseline JSON, --bind) with clang 22 from Debian (in ./build-fuzz) and
# runs it, seeded from every .mlir file of test/ and examples/.
#   scripts/fuzz.sh [RUNS] [extra libFuzzer flags]
# RUNS defaults to 1000000 executions. New inputs go to build-fuzz/corpus;
# a crash leaves build-fuzz/crash-* (the input that triggered it), to be
# reduced and kept as a test in test/Errors/fuzz (docs/robustness.md).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-1000000}
shift || true

missing=()
for pkg in clang-22 libclang-rt-22-dev; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" ||
    missing+=("$pkg")
done
if ((${#missing[@]})); then
  SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

BUILD_DIR=build-fuzz
if [[ ! -f "$BUILD_DIR/build.ninja" ]]; then
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_C_COMPILER=clang-22 -DCMAKE_CXX_COMPILER=clang++-22 \
    -DMLIR_DIR=/usr/lib/llvm-22/lib/cmake/mlir \
    -DLLVM_EXTERNAL_LIT=/usr/lib/llvm-22/bin/lit \
    -DCOST_ENABLE_FUZZER=ON > /dev/null
fi
cmake --build "$BUILD_DIR" --target cost-fuzz cost-fuzz-sidefiles

# Seeds: the suite's inputs and the examples (copied, so the fuzzer's new
# inputs never land in the source tree).
seeds="$BUILD_DIR/seeds"
rm -rf "$seeds"
mkdir -p "$seeds" "$BUILD_DIR/corpus"
find test examples -name '*.mlir' -not -path '*/lib/*' | while read -r f; do
  cp "$f" "$seeds/$(echo "$f" | tr / _)"
done
# The side files and option strings, each prefixed with its reader's byte.
side_seeds="$BUILD_DIR/seeds-sidefiles"
rm -rf "$side_seeds"
mkdir -p "$BUILD_DIR/corpus-sidefiles"
tools/cost-fuzz-sidefiles/make-seeds.sh "$side_seeds"
cd "$BUILD_DIR"
# -jobs / -workers: one process per core. -rss_limit_mb: a leak or a
# runaway allocation is reported, not swapped. COST_FUZZ_TARGETS picks
# the targets (default: both, one after the other).
for target in ${COST_FUZZ_TARGETS:-cost-fuzz cost-fuzz-sidefiles}; do
  case "$target" in
  cost-fuzz)
    ./bin/cost-fuzz corpus seeds -runs="$RUNS" -dict=../tools/cost-fuzz/mlir.dict \
      -max_len=8192 -rss_limit_mb=4096 -timeout=30 -print_final_stats=1 "$@" ;;
  cost-fuzz-sidefiles)
    ./bin/cost-fuzz-sidefiles corpus-sidefiles seeds-sidefiles -runs="$RUNS" \
      -max_len=16384 -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 "$@" ;;
  esac
done
