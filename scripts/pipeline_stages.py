#!/usr/bin/env python3
"""Runs a linalg-on-tensors program down MLIR's own lowering pipeline, along
the two branches of issue 18, and prints cost-opt's counts at every stage as
a Markdown table (docs/validation.md, "Pipeline stages").

    scripts/pipeline_stages.py [--cost-opt build/bin/cost-opt]
        [--mlir-opt /usr/lib/llvm-22/bin/mlir-opt] FILE [FILE ...]

Stages (each from the one it names):
  tensors    the input
  bufferized one-shot-bufferize (function boundaries, identity layouts)
  affine     convert-linalg-to-affine-loops            (from bufferized)
  tiled      affine-loop-tile tile-size=7, partial tiles (from affine)
  tiled-scf  lower-affine                               (from tiled)
  tiled-cf   convert-scf-to-cf                          (from tiled-scf)
  vector     affine-super-vectorize virtual-vector-size=8 (from affine)
  vector-scf lower-affine                               (from vector)
  vector-cf  convert-scf-to-cf                          (from vector-scf)

Exit status 1 if a stage fails to lower or to cost, or if FLOPs or MACs
(less those on vector padding lanes, the report's "vector_padding") differ
from the tensor stage, or if any stage has unresolved or uncounted ops.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
BUFFERIZE = ("--one-shot-bufferize=bufferize-function-boundaries "
             "function-boundary-type-conversion=identity-layout-map")
STAGES = [
    ("tensors", None, None),
    ("bufferized", "tensors", [BUFFERIZE]),
    ("affine", "bufferized", ["--convert-linalg-to-affine-loops"]),
    ("tiled", "affine", ["--affine-loop-tile=tile-size=7"]),
    ("tiled-scf", "tiled", ["--lower-affine"]),
    ("tiled-cf", "tiled-scf", ["--convert-scf-to-cf"]),
    ("vector", "affine", ["--affine-super-vectorize=virtual-vector-size=8"]),
    ("vector-scf", "vector", ["--lower-affine"]),
    ("vector-cf", "vector-scf", ["--convert-scf-to-cf"]),
]


def cost(cost_opt, path):
    run = subprocess.run([cost_opt, "--flops", "--format=json", "--target=none",
                          "--cost-diagnostics=none", path],
                         capture_output=True, text=True, timeout=600)
    if run.returncode != 0:
        return None, run.stderr.strip().splitlines()[:1]
    report = json.loads(run.stdout)
    functions = report["functions"]
    total = report["total"]
    row = {key: total.get(key) for key in
           ("flops", "macs", "int_ops", "transcendentals")}
    # Lanes outside the data (vector_padding, per function): the counts
    # spent on them are reported apart, and the FLOPs and MACs less them
    # are the tensor form's.
    padding = [f["vector_padding"] for f in functions if f.get("vector_padding")]
    row["padding_lanes"] = sum(p["lanes"] for p in padding)
    row["padding_flops"] = sum(p["flops"] for p in padding)
    row["padding_macs"] = sum(p["macs"] for p in padding)
    row["unresolved"] = sum(len(f.get("unresolved", [])) for f in functions)
    row["uncounted"] = sum(u.get("count", 1) for f in functions
                           for u in f.get("uncounted", []))
    return row, []


def run_file(args, path):
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        files = {"tensors": path}
        rows = []
        for stage, source, flags in STAGES:
            if source is not None:
                if files.get(source) is None:
                    files[stage] = None
                    rows.append((stage, None))
                    continue
                out = os.path.join(tmp, stage + ".mlir")
                lower = subprocess.run([args.mlir_opt, files[source], *flags,
                                        "-o", out],
                                       capture_output=True, text=True)
                if lower.returncode != 0:
                    failures.append(f"{stage}: mlir-opt failed")
                    files[stage] = None
                    rows.append((stage, None))
                    continue
                files[stage] = out
            row, errors = cost(args.cost_opt, files[stage])
            if row is None:
                failures.append(f"{stage}: cost-opt failed {errors}")
            rows.append((stage, row))
    reference = rows[0][1]
    print(f"\n{os.path.relpath(path)}\n")
    print("| stage | FLOPs | MACs | int OPs | transcendentals | padding lanes "
          "(FLOPs, MACs on them) | unresolved | uncounted |")
    print("|---|---|---|---|---|---|---|---|")
    for stage, row in rows:
        if row is None:
            print(f"| {stage} | failed | | | | | | |")
            continue
        print("| {} | {:,} | {:,} | {:,} | {:,} | {:,} ({:,}, {:,}) | {} | {} |".format(
            stage, row["flops"], row["macs"], row["int_ops"],
            row["transcendentals"], row["padding_lanes"], row["padding_flops"],
            row["padding_macs"], row["unresolved"], row["uncounted"]) if all(isinstance(row[k], int) for k in
                                     ("flops", "macs", "int_ops",
                                      "transcendentals", "padding_lanes"))
              else f"| {stage} | {row} |")
        if reference is None:
            continue
        if row["unresolved"] or row["uncounted"]:
            failures.append(f"{stage}: {row['unresolved']} unresolved, "
                            f"{row['uncounted']} uncounted")
        for key in ("flops", "macs"):
            useful = row[key] - row["padding_" + key]
            if useful != reference[key]:
                failures.append(f"{stage}: {key} {row[key]} less "
                                f"{row['padding_' + key]} on padding lanes "
                                f"!= {reference[key]}")
    return failures


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cost-opt",
                        default=os.path.join(HERE, "..", "build", "bin", "cost-opt"))
    parser.add_argument("--mlir-opt", default="/usr/lib/llvm-22/bin/mlir-opt")
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()
    failures = []
    for path in args.files:
        failures += [f"{path}: {f}" for f in run_file(args, path)]
    if failures:
        print("\n" + "\n".join(failures), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
