#!/usr/bin/env bash
# Writes the seeds of cost-fuzz-sidefiles into DIR: every chip YAML, rules
# file and JSON of the tests and targets/, and the --bind strings of the
# tests, each prefixed with the byte that picks its reader.
#   tools/cost-fuzz-sidefiles/make-seeds.sh DIR
set -euo pipefail
cd "$(dirname "$0")/../.."
out=$1
mkdir -p "$out"
n=0
seed() { # KIND FILE
  n=$((n + 1))
  { printf '%s' "$1"; cat "$2"; } > "$out/$1-$n"
}
for f in targets/*.yaml test/Roofline/Inputs/*.yaml test/Errors/Inputs/*.yaml; do
  case "$f" in *rules*) ;; *) seed T "$f" ;; esac
done
for f in test/Rules/Inputs/*.yaml test/Rules/Inputs/*.json test/Errors/Inputs/*rules*; do
  seed R "$f"
done
for f in $(find test -name '*.json' -not -path '*/Output/*') tools/cost-fuzz-sidefiles/seeds/*.json; do
  seed B "$f"
done
# --bind values as the tests write them, and numbers of the options.
grep -rhoE -- '--bind[= ][^ ]+' test | sed -E 's/^--bind[= ]//' | sort -u |
  while read -r b; do
    n=$((n + 1)); printf 'O%s' "$b" > "$out/O-bind-$n"
  done
for v in 'N=8,S=128' 'N=-1' 'N=9223372036854775807,N=1' '1e-320,nan,inf,-0,0.001' '=,,=3'; do
  n=$((n + 1)); printf 'O%s' "$v" > "$out/O-opt-$n"
done
