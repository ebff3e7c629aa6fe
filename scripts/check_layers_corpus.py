#!/usr/bin/env python3
"""Checks the layer table on every .mlir file of the shared corpus: the rows
of depth 1 must add up to the module total in each count (where both are
integers) and in the weights. Files cost-opt rejects are skipped.

    scripts/check_layers_corpus.py [--cost-opt build/bin/cost-opt] [--corpus ../shared/corpus]
"""
import argparse
import glob
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["flops", "macs", "int_ops", "transcendentals", "bytes_read", "bytes_written"]


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cost-opt", default=os.path.join(HERE, "..", "build", "bin", "cost-opt"))
    parser.add_argument("--corpus", default=os.path.join(HERE, "..", "..", "shared", "corpus"))
    args = parser.parse_args()
    files = sorted(f for f in glob.glob(os.path.join(args.corpus, "**", "*.mlir"), recursive=True)
                   if os.path.getsize(f) < 3_000_000)
    checked = skipped = 0
    failures = []
    for path in files:
        run = subprocess.run([args.cost_opt, "--flops", "--format=json", "--layers",
                              "--target=none", "--allow-unregistered-dialect", path],
                             capture_output=True, text=True, timeout=300)
        if run.returncode != 0:
            skipped += 1
            continue
        report = json.loads(run.stdout)
        total, tops = report["total"], [l for l in report["layers"] if l["depth"] == 1]
        for key in KEYS:
            values = [l[key] for l in tops]
            if isinstance(total[key], dict) or any(not isinstance(v, int) for v in values):
                continue  # formulas: compared by the text table's note
            if sum(values) != total[key]:
                failures.append(f"{path}: {key}: layers {sum(values)}, total {total[key]}")
        params = sum(l["param_elements"] for l in tops)
        if params != total["param_elements"]:
            failures.append(f"{path}: param_elements: layers {params}, total {total['param_elements']}")
        checked += 1
    print("\n".join(failures))
    print(f"{len(files)} files: {checked} checked, {skipped} rejected by cost-opt, "
          f"{len(failures)} mismatches")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
