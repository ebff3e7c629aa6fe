"""Writes the hostile inputs of test/Errors/*.test to standard output.

gen.py for N       N nested scf.for loops
gen.py if N        N nested scf.if
gen.py json N      a JSON array nested N deep
gen.py sumloops N  N nested loops with bounds a_i + b_i (a formula of 2^N terms)
gen.py calls N     a chain of N calls with dynamic shapes
"""
import sys

kind, n = sys.argv[1], int(sys.argv[2])
out = sys.stdout
if kind == "for":
    out.write("func.func @f(%lb: index, %ub: index, %st: index) {\n")
    for i in range(n):
        out.write("scf.for %%i%d = %%lb to %%ub step %%st {\n" % i)
    out.write("}\n" * n + "return\n}\n")
elif kind == "if":
    out.write("func.func @f(%c: i1, %x: f32) {\n")
    out.write("scf.if %c {\n" * n)
    out.write("%y = arith.addf %x, %x : f32\n")
    out.write("}\n" * n + "return\n}\n")
elif kind == "json":
    out.write("[" * n + "]" * n + "\n")
elif kind == "sumloops":
    args = ", ".join("%%a%d: index, %%b%d: index" % (i, i) for i in range(n))
    out.write("func.func @f(%s, %%x: f32) {\n" % args)
    out.write("%c0 = arith.constant 0 : index\n%c1 = arith.constant 1 : index\n")
    for i in range(n):
        out.write("%%u%d = arith.addi %%a%d, %%b%d : index\n" % (i, i, i))
    for i in range(n):
        out.write("scf.for %%i%d = %%c0 to %%u%d step %%c1 {\n" % (i, i))
    out.write("%y = arith.addf %x, %x : f32\n")
    out.write("}\n" * n + "return\n}\n")
elif kind == "calls":
    out.write("func.func @f0(%x: tensor<?xf32>) -> tensor<?xf32> {\n")
    out.write("  %y = arith.addf %x, %x : tensor<?xf32>\n  return %y : tensor<?xf32>\n}\n")
    for i in range(1, n):
        out.write("func.func @f%d(%%x: tensor<?xf32>) -> tensor<?xf32> {\n" % i)
        out.write("  %%y = func.call @f%d(%%x) : (tensor<?xf32>) -> tensor<?xf32>\n" % (i - 1))
        out.write("  return %y : tensor<?xf32>\n}\n")
else:
    sys.exit("unknown kind " + kind)
