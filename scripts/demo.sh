#!/usr/bin/env bash
# Sets everything up, builds cost-opt, and prints the cost report of the
# example CNN.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
set -x
build/bin/cost-opt --flops examples/cnn.mlir
