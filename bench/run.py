#!/usr/bin/env python3
"""Times `cost-opt --flops FILE` against `mlir-opt FILE -o /dev/null` on the
same generated files, in one run, and prints a Markdown table.

For every file (bench/gen_models.py writes them; the synthetic module at four
sizes, the LLM decoder stack at four depths):
  - both tools run --repeat times, alternating; the table gives the median
    wall time of each, their ratio (cost-opt / mlir-opt; <= 1.0 means the
    report costs no more than a parse-verify-print round trip) and the
    median peak RSS of each (the kernel's ru_maxrss of that process, what
    `/usr/bin/time -v` prints as "Maximum resident set size");
  - cost-opt runs --repeat more times with --mlir-timing, for the median
    time of the parser, of the cost analysis (the "(A) cost::CostAnalysis" row
    nested in the report pass) and of the whole report pass (analysis,
    roofline and rendering): the analysis' share of parse time is its own
    cost;
  - one untimed run with --format=json checks cost-opt's total MACs against
    the MACs the generator computed by hand, so a benchmark of the wrong
    numbers fails instead of being timed.

Usage: bench/run.py [--cost-opt build/bin/cost-opt] [--mlir-opt PATH]
                    [--repeat 5] [--quick] [--workdir DIR]
Exit status is non-zero if a check fails or a tool fails.
"""
import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "gen_models.py")


def sizes(quick):
    """(name, generator arguments) of the files to time."""
    if quick:
        return [("synthetic-2k", ["synthetic", "--functions", "16", "--units", "10"]),
                ("llm-2", ["llm", "--layers", "2"])]
    files = [(f"synthetic-{f // 2}k", ["synthetic", "--functions", str(f)])
             for f in (250, 500, 1000, 2000)]
    # The same 1M ops with the call graph one chain deep: every function is
    # costed after its callee, so nothing runs in parallel.
    files.append(("synthetic-1000k-chain", ["synthetic", "--functions", "2000",
                                            "--chain", "2000"]))
    # From the 80-layer stack up: below it the analysis takes under 3 ms,
    # and --mlir-timing's 0.1 ms resolution would be a few percent of it.
    files += [(f"llm-{layers}", ["llm", "--layers", str(layers)])
              for layers in (80, 160, 320, 640)]
    return files


def run(argv):
    """Runs argv; returns (wall seconds, peak RSS in MiB, stdout, stderr)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen(argv, stdout=out, stderr=err)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(), err.read().decode()
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} exited with {process.returncode}:\n"
                           f"{stderr[-2000:]}")
    return wall, usage.ru_maxrss / 1024.0, stdout, stderr


def timing_of(report, name):
    """Wall seconds of one row of an --mlir-timing report."""
    match = re.search(r"^\s*([0-9.]+) \([ 0-9.]+%\)\s+" + re.escape(name) + r"\s*$",
                      report, re.MULTILINE)
    return float(match.group(1)) if match else None


def header(path):
    """The `// bench: key value` lines the generator writes."""
    values = {}
    with open(path) as f:
        for line in f:
            if not line.startswith("// bench: "):
                break
            key, _, value = line[len("// bench: "):].strip().partition(" ")
            values[key] = value
    return values


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cost-opt", default=os.path.join(HERE, "..", "build", "bin",
                                                           "cost-opt"))
    parser.add_argument("--mlir-opt", default=shutil.which("mlir-opt-22") or
                        "/usr/lib/llvm-22/bin/mlir-opt")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--quick", action="store_true",
                        help="two small files, for a smoke test")
    parser.add_argument("--workdir", help="where the generated files go "
                        "(default: a temporary directory, removed at the end)")
    args = parser.parse_args()

    workdir = args.workdir or tempfile.mkdtemp(prefix="cost-bench-")
    os.makedirs(workdir, exist_ok=True)
    ok = True
    rows = []
    try:
        for name, generator_args in sizes(args.quick):
            path = os.path.join(workdir, name + ".mlir")
            subprocess.run([sys.executable, GENERATOR, "-o", path, *generator_args],
                           check=True)
            info = header(path)

            report = json.loads(run([args.cost_opt, "--flops", "--format=json",
                                     "--target=none", path])[2])
            macs = report["total"]["macs"]
            want = int(info["macs"])
            if macs != want:
                print(f"{name}: FAILED: cost-opt counts {macs} MACs, the generator "
                      f"computed {want}", file=sys.stderr)
                ok = False

            cost_times, cost_rss, mlir_times, mlir_rss = [], [], [], []
            parse_times, analysis_times, pass_times = [], [], []
            for _ in range(args.repeat):
                wall, rss, _, _ = run([args.mlir_opt, path, "-o", os.devnull])
                mlir_times.append(wall)
                mlir_rss.append(rss)
                wall, rss, _, _ = run([args.cost_opt, "--flops", path, "-o", os.devnull])
                cost_times.append(wall)
                cost_rss.append(rss)
            for _ in range(args.repeat):
                _, _, _, timing = run([args.cost_opt, "--flops", "--mlir-timing",
                                       path, "-o", os.devnull])
                parse_times.append(timing_of(timing, "Parser"))
                analysis_times.append(timing_of(timing, "(A) cost::CostAnalysis"))
                pass_times.append(timing_of(timing, "CostReportPass"))

            median = statistics.median
            row = {
                "file": name,
                "ops": int(info["ops"]),
                "mlir_opt_s": median(mlir_times),
                "cost_opt_s": median(cost_times),
                "mlir_opt_rss": median(mlir_rss),
                "cost_opt_rss": median(cost_rss),
                "parse_s": median(parse_times),
                "analysis_s": median(analysis_times),
                "pass_s": median(pass_times),
            }
            rows.append(row)
            print(f"{name}: done", file=sys.stderr)
    finally:
        if not args.workdir:
            shutil.rmtree(workdir, ignore_errors=True)

    print(f"cost-opt {args.cost_opt}; mlir-opt {args.mlir_opt}; "
          f"{os.cpu_count()} cores; medians of {args.repeat} runs\n")
    print("| file | ops | mlir-opt s | cost-opt s | ratio | mlir-opt MiB | "
          "cost-opt MiB | RSS ratio | parse s | analysis s | analysis / parse | "
          "report pass s | pass / parse |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['file']} | {r['ops']} | {r['mlir_opt_s']:.3f} | {r['cost_opt_s']:.3f} | "
              f"{r['cost_opt_s'] / r['mlir_opt_s']:.2f} | {r['mlir_opt_rss']:.0f} | "
              f"{r['cost_opt_rss']:.0f} | {r['cost_opt_rss'] / r['mlir_opt_rss']:.2f} | "
              f"{r['parse_s']:.4f} | {r['analysis_s']:.4f} | "
              f"{100 * r['analysis_s'] / r['parse_s']:.1f}% | {r['pass_s']:.4f} | "
              f"{100 * r['pass_s'] / r['parse_s']:.1f}% |")
    synthetic = [r for r in rows if r["file"].startswith("synthetic-") and
                 not r["file"].endswith("chain")]
    if len(synthetic) >= 2:
        first, last = synthetic[0], synthetic[-1]
        print(f"\ngrowth {first['file']} -> {last['file']}: ops x"
              f"{last['ops'] / first['ops']:.2f}, cost-opt time x"
              f"{last['cost_opt_s'] / first['cost_opt_s']:.2f}, analysis x"
              f"{last['analysis_s'] / first['analysis_s']:.2f}, report pass x"
              f"{last['pass_s'] / first['pass_s']:.2f}, cost-opt RSS x"
              f"{last['cost_opt_rss'] / first['cost_opt_rss']:.2f}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
