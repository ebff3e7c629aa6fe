"""Checks that every op of the tosa dialect is costed by a test.

Usage: coverage.py TOSA_TD_DIR TEST_DIR COST_OPT

Reads the op mnemonics from the dialect's TableGen files, then checks that
each one is used in a test file of TEST_DIR and that cost-opt, run on every
test file, leaves no op uncounted except tosa.custom (which has no model on
purpose). Prints one line per problem and exits non-zero if there is one.
"""

import glob
import json
import os
import re
import subprocess
import sys


def mnemonics(td_dir):
    names = set()
    for name in ("TosaOps.td", "TosaShapeOps.td", "TosaUtilOps.td"):
        with open(os.path.join(td_dir, name)) as f:
            text = f.read()
        # def Tosa_AddOp : Tosa_ElementwiseOp<"add", ...> and the like.
        for match in re.finditer(r'^def Tosa_\w+\s*:\s*\w+<\s*"(\w+)"', text, re.M):
            names.add(match.group(1))
    return names


def main():
    td_dir, test_dir, cost_opt = sys.argv[1:4]
    ops = mnemonics(td_dir)
    if len(ops) < 70:
        print(f"error: only {len(ops)} tosa ops found in {td_dir}")
        return 1
    tests = sorted(glob.glob(os.path.join(test_dir, "*.mlir")))
    used = set()
    problems = []
    for path in tests:
        with open(path) as f:
            text = f.read()
        used.update(re.findall(r'"?tosa\.(\w+)', text))
        report = subprocess.run([cost_opt, "--flops", "--format=json", path],
                                capture_output=True, text=True)
        if report.returncode != 0:
            problems.append(f"{path}: cost-opt failed: {report.stderr.strip()}")
            continue
        for entry in json.loads(report.stdout)["total"]["uncounted"]:
            if entry["op"] != "tosa.custom":
                problems.append(f"{path}: {entry['count']} x {entry['op']} uncounted")
    for op in sorted(ops - used):
        problems.append(f"tosa.{op} is not used by any test in {test_dir}")
    for line in problems:
        print("error:", line)
    print(f"{len(ops)} tosa ops, {len(ops & used)} covered by {len(tests)} test files")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
