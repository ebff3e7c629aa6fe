#!/usr/bin/env bash
# Runs cost-opt --flops --format=json over every file of ../shared/corpus
# (models/, legacy-syntax/, snippets/) and fails on a crash, a sanitizer
# report, a timeout, an uncounted op in models/, a legacy file that is not
# rejected with a located diagnostic, or a snippet that fails without one.
#   scripts/sweep-corpus.sh [COST_OPT]   (default build/bin/cost-opt; give
#   build-sanitizers/bin/cost-opt for the ASan + UBSan build)
# The lit suite runs the same checks (test/Corpus/{sweep,legacy,snippets}.test)
# when the corpus exists; without it this script says so and exits 0.
set -euo pipefail
cd "$(dirname "$0")/.."
COST_OPT=${1:-build/bin/cost-opt}
CORPUS=${COST_CORPUS:-../shared/corpus}
if [[ ! -d "$CORPUS/models" ]]; then
  echo "sweep-corpus: no corpus at $CORPUS; nothing to do"
  exit 0
fi
exec python3 test/Corpus/validate.py --cost-opt "$COST_OPT" --corpus "$CORPUS" \
  --require-counted "" \
  --allow-unresolved buddy-compiler_buddy-mlir/examples/BuddyNext/next-matmul-llama.mlir \
  --allow-unresolved buddy-compiler_buddy-mlir/tests/Conversion/matmul-vectorization-llama.mlir \
  sweep legacy snippets
