#!/usr/bin/env python3
"""Checks cost-opt against the reference numbers that come with the corpus.

  optipim  - total MACs of alexnet, vgg16, resnet50, resnet152 and bert equal
             the sum over layer_params.csv (a conv or FC or batch_matmul row's
             MACs are the product of its positive shape fields: N*Cout*H*W*
             Cin*KH*KW, N*I*O, B*M*K*N).
  tpp      - each tpp-mlir kernel's FLOPs against its BENCH_TOTAL_FLOPS; a
             difference must be the elementwise work the authors leave out
             (bias adds, ReLU), which the script prints.
  sweep    - every model under models/ parses and is costed; prints the ops
             still uncounted and unresolved per file.
  conventions - ResNet-50 (OptiPIM) under each --convention, each total
             derived from the default one and the layer shapes of
             layer_params.csv (docs/conventions.md).
  legacy   - every file of legacy-syntax/ (written for older MLIR) is
             rejected: exit status 1, no report on stdout, and a diagnostic
             "FILE:LINE:COL: error: ..." that starts with the first error
             LEGACY.tsv records for it.
  snippets - every file of snippets/ (single-op cases from MLIR's own tests,
             some of them invalid on purpose) either gives a JSON report
             (exit 0) or fails cleanly (exit 1, a located "error:"
             diagnostic, nothing on stdout).

Every check fails on a crash: a signal, an exit status other than 0 or 1,
an LLVM crash trace or fatal error, a sanitizer report, or a run over
--timeout seconds.

Exit status is non-zero when a check fails.
"""
import argparse
import concurrent.futures
import csv
import json
import os
import re
import subprocess
import sys

OPTIPIM = {
    "alexnet": "alexnet/alexnet.linalg.mlir",
    "vgg16": "vgg16/vgg16.linalg.mlir",
    "resnet50": "resnet50/output.linalg.mlir",
    "resnet152": "resnet152/resnet152.linalg.mlir",
    "bert": "bert/bert.linalg.mlir",
}


# What a crash leaves on stderr: LLVM's crash handler and fatal errors,
# AddressSanitizer and UndefinedBehaviorSanitizer reports.
CRASH_MARKERS = ("PLEASE submit a bug report", "Stack dump:", "LLVM ERROR:",
                 "ERROR: AddressSanitizer", "ERROR: LeakSanitizer",
                 "runtime error:", "UNREACHABLE executed", "Assertion `")

TIMEOUT = 300


def run_cost_opt(cost_opt, path, *flags):
    """Runs `cost-opt --flops --format=json` on `path`; returns (exit status,
    stdout, stderr, crash) with crash a description or None."""
    try:
        out = subprocess.run([cost_opt, "--flops", "--format=json", *flags, path],
                             capture_output=True, text=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return None, "", "", f"timeout after {TIMEOUT} s"
    crash = None
    if out.returncode not in (0, 1):
        crash = f"exit status {out.returncode}"
    for marker in CRASH_MARKERS:
        if marker in out.stderr:
            crash = f"'{marker}' on stderr"
    return out.returncode, out.stdout, out.stderr, crash


def first_line(text):
    return text.strip().splitlines()[0] if text.strip() else "(nothing)"


def for_each_file(folder, check):
    """Runs check(path) on every .mlir file under `folder`, two at a time;
    returns its results in path order."""
    paths = sorted(os.path.join(dirpath, file)
                   for dirpath, _, files in os.walk(folder)
                   for file in files if file.endswith(".mlir"))
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        return paths, list(pool.map(check, paths))


LOCATED_ERROR = re.compile(r"^[^\s:]+\.mlir:\d+:\d+: error: (.*)$", re.MULTILINE)


def check_legacy(cost_opt, corpus):
    """Every legacy-syntax file is rejected with its located diagnostic."""
    expected = {}
    with open(os.path.join(corpus, "LEGACY.tsv")) as f:
        for row in csv.reader(f, delimiter="\t"):
            if len(row) >= 5:
                expected[row[0]] = row[4].strip()
    root = os.path.join(corpus, "legacy-syntax")
    paths, outcomes = for_each_file(root, lambda p: run_cost_opt(cost_opt, p))
    ok = True
    rejected = 0
    for path, (status, stdout, stderr, crash) in zip(paths, outcomes):
        rel = os.path.relpath(path, corpus)
        errors = LOCATED_ERROR.findall(stderr)
        want = expected.get(rel)
        problem = None
        # cost-opt registers the dialects of models, not all of MLIR's: a
        # file that uses another one stops at its first op of that dialect,
        # before the legacy syntax mlir-opt reports.
        unregistered = re.match(r"Dialect `(\w+)' not found", errors[0]) if errors else None
        if crash:
            problem = f"CRASH ({crash}): {first_line(stderr)}"
        elif status == 0:
            problem = "ACCEPTED: MLIR 22 should reject it"
        elif stdout:
            problem = "a partial report on stdout"
        elif not errors:
            problem = f"REJECTED WITHOUT A LOCATED DIAGNOSTIC: {first_line(stderr)}"
        elif want is None:
            problem = "not listed in LEGACY.tsv"
        elif not errors[0].startswith(want) and not unregistered:
            problem = f"first error '{errors[0]}', LEGACY.tsv says '{want}'"
        if unregistered and not problem and not errors[0].startswith(want):
            print(f"legacy {rel}: rejected at its first op of the "
                  f"'{unregistered.group(1)}' dialect, which cost-opt does not "
                  f"register (LEGACY.tsv, from mlir-opt: '{want}')")
        if problem:
            print(f"legacy {rel}: FAILED {problem}")
            ok = False
        else:
            rejected += 1
    print(f"legacy: {rejected} of {len(paths)} files rejected with a "
          f"diagnostic at a file:line:col (LEGACY.tsv's first error, or an "
          f"unregistered dialect's)")
    return ok


def check_snippets(cost_opt, corpus):
    """Every snippet is costed or rejected cleanly; none crashes."""
    root = os.path.join(corpus, "snippets")
    paths, outcomes = for_each_file(root, lambda p: run_cost_opt(cost_opt, p))
    ok = True
    costed = rejected = 0
    for path, (status, stdout, stderr, crash) in zip(paths, outcomes):
        rel = os.path.relpath(path, corpus)
        problem = None
        if crash:
            problem = f"CRASH ({crash}): {first_line(stderr)}"
        elif status == 0:
            try:
                json.loads(stdout)["total"]
                costed += 1
            except (ValueError, KeyError) as error:
                problem = f"exit 0 without a JSON report: {error}"
        elif stdout:
            problem = "a partial report on stdout"
        elif not LOCATED_ERROR.search(stderr):
            problem = f"failed without a located diagnostic: {first_line(stderr)}"
        else:
            rejected += 1
        if problem:
            print(f"snippets {rel}: FAILED {problem}")
            ok = False
    print(f"snippets: {len(paths)} files, {costed} costed, {rejected} rejected "
          f"with a located error, {len(paths) - costed - rejected} failed")
    return ok


def report(cost_opt, path, *flags):
    """The JSON report of `path`; RuntimeError if cost-opt fails or crashes."""
    status, stdout, stderr, crash = run_cost_opt(cost_opt, path, *flags)
    if crash or status != 0:
        raise RuntimeError(f"{path}: cost-opt {'crashed (' + crash + ')' if crash else 'failed'}: "
                           f"{stderr.strip()}")
    return json.loads(stdout)


def layer_macs(csv_path):
    total = 0
    with open(csv_path) as f:
        for row in csv.reader(f):
            if len(row) < 10:
                continue
            macs = 1
            for field in row[3:10]:
                value = int(field)
                if value > 0:
                    macs *= value
            total += macs
    return total


def check_optipim(cost_opt, corpus):
    ok = True
    root = os.path.join(corpus, "models/ETHZ-DYNAMO_OptiPIM/nn_models")
    for name, rel in OPTIPIM.items():
        expected = layer_macs(os.path.join(root, name, "layer_params.csv"))
        got = report(cost_opt, os.path.join(root, rel))["total"]["macs"]
        status = "ok" if got == expected else "MISMATCH"
        ok &= got == expected
        print(f"optipim {name}: macs {got} layer_params.csv {expected} {status}")
    return ok


def check_tpp(cost_opt, corpus):
    ok = True
    root = os.path.join(corpus, "models/libxsmm_tpp-mlir")
    for dirpath, _, files in sorted(os.walk(root)):
        for file in sorted(files):
            path = os.path.join(dirpath, file)
            text = open(path).read()
            match = re.search(r"BENCH_TOTAL_FLOPS:\s*(\d+)", text)
            if not match:
                continue
            stated = int(match.group(1))
            total = report(cost_opt, path)["total"]
            flops, macs = total["flops"], total["macs"]
            # The authors count 2 FLOPs per MAC of the contractions, plus
            # (in some kernels) one FLOP per bias add and ReLU element.
            extra = flops - 2 * macs
            if flops == stated:
                verdict = "equal"
            elif 2 * macs == stated:
                verdict = f"equal on contractions; +{extra} elementwise FLOPs (bias, ReLU) not in BENCH_TOTAL_FLOPS"
            elif 2 * macs < stated <= flops:
                verdict = (f"BENCH_TOTAL_FLOPS counts {stated - 2 * macs} of our {extra} "
                           "elementwise FLOPs (a ReLU written as cmpf + select is 2 ops here)")
            else:
                verdict = "UNEXPLAINED"
                ok = False
            print(f"tpp {os.path.relpath(path, root)}: flops {flops} stated {stated}: {verdict}")
    return ok


def layer_outputs(csv_path):
    """Output elements of the convolutions (N*Cout*OH*OW) and FC layers
    (N*O) of layer_params.csv: one accumulation each."""
    total = 0
    with open(csv_path) as f:
        for row in csv.reader(f):
            if len(row) < 10:
                continue
            fields = [int(field) for field in row[3:10]]
            if row[1].strip() == "FC":
                total += fields[0] * fields[5]
            else:
                total += fields[0] * fields[1] * fields[2] * fields[3]
    return total


def check_conventions(cost_opt, corpus):
    root = os.path.join(corpus, "models/ETHZ-DYNAMO_OptiPIM/nn_models/resnet50")
    path = os.path.join(root, "output.linalg.mlir")
    csv_path = os.path.join(root, "layer_params.csv")
    totals = {name: report(cost_opt, path, "--target=none", f"--convention={name}")["total"]
              for name in ("default", "macs-as-flops", "xla", "exact")}
    default = totals["default"]["flops"]
    macs = layer_macs(csv_path)
    accumulations = layer_outputs(csv_path)
    # ResNet-50's two pooling layers, by its architecture: a 3x3 max pool
    # with 64x56x56 outputs and a global average pool with 2048 outputs
    # (a sum over 7x7 per output, then a divide).
    pool_outputs = 64 * 56 * 56 + 2048
    expected = {
        "default": (default, "the reference"),
        "macs-as-flops": (default - macs,
                          f"default - MACs ({macs}, layer_params.csv)"),
        "xla": (default - pool_outputs,
                f"default - one combine per pooling output ({pool_outputs}) "
                "(the convolutions read a tensor.pad result: their padding "
                "taps look like input taps, and count)"),
        "exact": (default - accumulations - pool_outputs,
                  f"default - one add per conv/FC output ({accumulations}, "
                  f"layer_params.csv) - one combine per pooling output ({pool_outputs})"),
    }
    ok = True
    for name, (want, why) in expected.items():
        total = totals[name]
        got = total["flops"]
        same = all(total[key] == totals["default"][key]
                   for key in ("macs", "int_ops", "transcendentals", "bytes_read"))
        status = "ok" if got == want and same else "MISMATCH"
        ok &= status == "ok"
        print(f"conventions resnet50 {name}: flops {got} = {why} = {want} {status}")
    return ok


def is_call_to_declaration(entry):
    """`func.call @rtclock`: a runtime helper without a body in the file."""
    return " @" in entry["op"]


def check_sweep(cost_opt, corpus, require_counted, allow_unresolved):
    ok = True
    root = os.path.join(corpus, "models")
    for dirpath, _, files in sorted(os.walk(root)):
        for file in sorted(files):
            if not file.endswith(".mlir"):
                continue
            path = os.path.join(dirpath, file)
            rel = os.path.relpath(path, root)
            try:
                total = report(cost_opt, path)["total"]
            except RuntimeError as error:
                print(f"sweep {rel}: FAILED {error}")
                ok = False
                continue
            uncounted = ", ".join(f"{u['op']} x{u['count']}" for u in total["uncounted"])
            verdict = ""
            left_out = [u for u in total["uncounted"] if not is_call_to_declaration(u)]
            unresolved = total["unresolved"] if rel not in allow_unresolved else []
            if any(rel.startswith(prefix) for prefix in require_counted) and (
                    left_out or unresolved):
                verdict = " NOT-FULLY-COUNTED"
                ok = False
            print(f"sweep {rel}: flops {total['flops']} macs {total['macs']} "
                  f"uncounted [{uncounted}] unresolved {len(total['unresolved'])}{verdict}")
    return ok


def main():
    global TIMEOUT
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cost-opt", default="cost-opt")
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--allow-unresolved", action="append", default=[],
                        help="a file (relative to models/) whose dynamic shapes "
                             "may stay unresolved")
    parser.add_argument("--require-counted", action="append", default=[],
                        metavar="PREFIX",
                        help="sweep: fail if a model under models/PREFIX has an "
                             "uncounted op (calls to functions without a body "
                             "excepted) or an unresolved one")
    parser.add_argument("checks", nargs="+",
                        choices=["optipim", "tpp", "sweep", "conventions",
                                 "legacy", "snippets"])
    parser.add_argument("--timeout", type=int, default=TIMEOUT,
                        help="seconds one cost-opt run may take (default "
                             f"{TIMEOUT})")
    args = parser.parse_args()
    TIMEOUT = args.timeout
    ok = True
    for name in args.checks:
        if name == "optipim":
            ok &= check_optipim(args.cost_opt, args.corpus)
        elif name == "tpp":
            ok &= check_tpp(args.cost_opt, args.corpus)
        elif name == "conventions":
            ok &= check_conventions(args.cost_opt, args.corpus)
        elif name == "legacy":
            ok &= check_legacy(args.cost_opt, args.corpus)
        elif name == "snippets":
            ok &= check_snippets(args.cost_opt, args.corpus)
        else:
            ok &= check_sweep(args.cost_opt, args.corpus, args.require_counted,
                              args.allow_unresolved)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
