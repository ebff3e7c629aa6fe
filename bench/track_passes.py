#!/usr/bin/env python3
"""Measures what --cost-track-passes costs: the same pipeline on the same
module with and without tracking, through `cost-opt --flops`.

The module is bench/gen_models.py's synthetic model (about 100 k ops: 385
functions of 20 units, in call chains of 8); the pipeline has five passes,
two of them in nested pipelines, so the tracker costs the module six times
(the input and after each pass). Prints the median wall time of each, the
ratio, and the rows' MACs, which must equal the generator's (a tracker that
costs the wrong thing fails instead of being timed).

    bench/track_passes.py [--cost-opt build/bin/cost-opt] [--repeat 5]
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PIPELINE = ("builtin.module(func.func(canonicalize,cse),symbol-dce,"
            "func.func(loop-invariant-code-motion),canonicalize)")


def timed(cmd):
    start = time.perf_counter()
    result = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"track_passes: {' '.join(cmd)} failed:\n{result.stderr}")
    return elapsed, result.stdout


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cost-opt", default=os.path.join(HERE, "..", "build", "bin",
                                                           "cost-opt"))
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--functions", type=int, default=385)
    parser.add_argument("--units", type=int, default=20)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        model = os.path.join(tmp, "model.mlir")
        subprocess.run([sys.executable, os.path.join(HERE, "gen_models.py"), "-o", model,
                        "synthetic", "--functions", str(args.functions),
                        "--units", str(args.units), "--chain", "8"], check=True)
        with open(model) as f:
            header = dict(line[len("// bench: "):].split(" ", 1)
                          for line in (f.readline(), f.readline(), f.readline()))
        ops, macs = int(header["ops"]), int(header["macs"])
        base = [args.cost_opt, "--flops", "--format=json", f"--pass-pipeline={PIPELINE}",
                model]
        runs = {"without": base, "with": base + ["--cost-track-passes"]}
        times = {name: [] for name in runs}
        for _ in range(args.repeat):
            for name, cmd in runs.items():
                elapsed, out = timed(cmd)
                times[name].append(elapsed)
        report = json.loads(out)
        rows = report["passes"]
        bad = [row["pass"] for row in rows if row["macs"] != macs]
        if bad:
            sys.exit(f"track_passes: MACs differ from {macs} after {bad}")
        without = statistics.median(times["without"])
        with_ = statistics.median(times["with"])
        print(f"module: {ops} ops, {macs} MACs; pipeline: {PIPELINE}")
        print(f"rows: {', '.join(row['pass'] for row in rows)}")
        print(f"without tracking: {without:.3f} s (median of {args.repeat}; "
              f"{', '.join(f'{t:.3f}' for t in times['without'])})")
        print(f"with tracking:    {with_:.3f} s (median of {args.repeat}; "
              f"{', '.join(f'{t:.3f}' for t in times['with'])})")
        print(f"ratio: {with_ / without:.2f}x")


if __name__ == "__main__":
    main()
