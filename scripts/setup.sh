#!/usr/bin/env bash
# Installs what cost-opt needs on Debian 12 (only the packages that are
# missing), then configures and builds it in ./build. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(llvm-22-dev libmlir-22-dev mlir-22-tools llvm-22-tools
          cmake ninja-build g++ python3)
# --with-test-tools: also what the test suite uses beyond the build:
# headless Chromium renders the roofline SVG in one test, and GoogleTest
# (libgtest-dev: a prebuilt libgtest.a with its CMake package) builds the
# unit tests of unittests/.
if [[ "${1:-}" == "--with-test-tools" ]]; then
  PACKAGES+=(chromium libgtest-dev)
fi

missing=()
for pkg in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done

if ((${#missing[@]})); then
  SUDO=""
  if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
  echo "setup: installing ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

BUILD_DIR=${BUILD_DIR:-build}
if [[ ! -f "$BUILD_DIR/build.ninja" ]]; then
  cmake -S . -B "$BUILD_DIR" -G Ninja \
    -DCMAKE_BUILD_TYPE=Release \
    -DMLIR_DIR=/usr/lib/llvm-22/lib/cmake/mlir \
    -DLLVM_EXTERNAL_LIT=/usr/lib/llvm-22/bin/lit \
    ${COST_CMAKE_ARGS:-}
fi
cmake --build "$BUILD_DIR" --target cost-opt
