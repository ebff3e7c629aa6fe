#!/usr/bin/env python3
"""Writes large MLIR modules for the cost-opt benchmark (bench/run.py).

  llm        an LLM-shaped decoder stack in linalg on tensors: per layer
             RMSNorm, Q/K/V/O projections, attention (batch_matmul +
             linalg.softmax), a SwiGLU MLP and two residual adds. Weights are
             function arguments (--weights=args) or dense_resource<__elided__>
             constants (--weights=elided), so the file holds no payload.
  synthetic  --functions functions of --units repeated units each; a unit is
             a matmul, a fused elementwise generic, a fill and scalar index
             arithmetic (UNIT_OPS ops, payload ops included). Functions call
             the one before them in chains of --chain functions (the first
             of each chain calls nothing), so the call graph has --chain
             levels; --chain equal to --functions makes one chain through
             the whole module.

Each file starts with comments stating its op count and its hand-computed
MACs (`// bench: ops N`, `// bench: macs M`); run.py checks
cost-opt's MACs against the latter, so a benchmark that costs the wrong thing
fails instead of timing it.
"""
import argparse
import sys


def llm(out, layers, hidden, seq, heads, ffn, weights, dtype):
    head_dim = hidden // heads
    if head_dim * heads != hidden:
        sys.exit("gen_models: --hidden must be a multiple of --heads")
    t = dtype
    act = f"tensor<{seq}x{hidden}x{t}>"
    w_hh = f"tensor<{hidden}x{hidden}x{t}>"
    w_hf = f"tensor<{hidden}x{ffn}x{t}>"
    w_fh = f"tensor<{ffn}x{hidden}x{t}>"
    w_norm = f"tensor<{hidden}x{t}>"
    hsd = f"tensor<{heads}x{seq}x{head_dim}x{t}>"
    shd = f"tensor<{seq}x{heads}x{head_dim}x{t}>"
    hds = f"tensor<{heads}x{head_dim}x{seq}x{t}>"
    hss = f"tensor<{heads}x{seq}x{seq}x{t}>"
    sf = f"tensor<{seq}x{ffn}x{t}>"
    row = f"tensor<{seq}x{t}>"
    per_layer = [("wq", w_hh), ("wk", w_hh), ("wv", w_hh), ("wo", w_hh),
                 ("w1", w_hf), ("w3", w_hf), ("w2", w_fh),
                 ("n1", w_norm), ("n2", w_norm)]
    lines = []
    emit = lines.append
    # MACs per layer: 4 projections S*H*H, attention 2*heads*S*S*D, the MLP
    # 3*S*H*F, and the sum of squares of the two RMSNorms 2*S*H (acc + a*a).
    macs = layers * (4 * seq * hidden * hidden + 2 * heads * seq * seq * head_dim
                     + 3 * seq * hidden * ffn + 2 * seq * hidden)
    args = [f"%x: {act}"]
    if weights == "args":
        args += [f"%{name}_{l}: {ty}" for l in range(layers) for name, ty in per_layer]
    emit("#id2 = affine_map<(d0, d1) -> (d0, d1)>")
    emit("#row2 = affine_map<(d0, d1) -> (d0)>")
    emit("#col2 = affine_map<(d0, d1) -> (d1)>")
    emit("#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>")
    emit("module {")
    emit(f"  func.func @forward({', '.join(args)}) -> {act} {{")
    emit(f"    %zero = arith.constant 0.0 : {t}")
    emit(f"    %eps = arith.constant 1.0e-05 : {t}")
    emit(f"    %inv_h = arith.constant {1.0 / hidden:.8e} : {t}")
    emit(f"    %scale = arith.constant {head_dim ** -0.5:.8e} : {t}")
    emit(f"    %one = arith.constant 1.0 : {t}")
    cur = "%x"

    def matmul(name, a, b, ty):
        emit(f"    %{name}_e = tensor.empty() : {ty}")
        emit(f"    %{name}_f = linalg.fill ins(%zero : {t}) outs(%{name}_e : {ty}) -> {ty}")
        return f"%{name}_f"

    def rmsnorm(p, x, w):
        emit(f"    %{p}_se = tensor.empty() : {row}")
        emit(f"    %{p}_sf = linalg.fill ins(%zero : {t}) outs(%{p}_se : {row}) -> {row}")
        emit(f"    %{p}_ss = linalg.generic {{indexing_maps = [#id2, #row2], "
             f"iterator_types = [\"parallel\", \"reduction\"]}} ins({x} : {act}) "
             f"outs(%{p}_sf : {row}) {{")
        emit(f"    ^bb0(%a: {t}, %acc: {t}):")
        emit(f"      %sq = arith.mulf %a, %a : {t}")
        emit(f"      %s = arith.addf %acc, %sq : {t}")
        emit(f"      linalg.yield %s : {t}")
        emit(f"    }} -> {row}")
        emit(f"    %{p}_e = tensor.empty() : {act}")
        emit(f"    %{p} = linalg.generic {{indexing_maps = [#id2, #row2, #col2, #id2], "
             f"iterator_types = [\"parallel\", \"parallel\"]}} "
             f"ins({x}, %{p}_ss, {w} : {act}, {row}, {w_norm}) outs(%{p}_e : {act}) {{")
        emit(f"    ^bb0(%a: {t}, %ss: {t}, %g: {t}, %o: {t}):")
        emit(f"      %m = arith.mulf %ss, %inv_h : {t}")
        emit(f"      %v = arith.addf %m, %eps : {t}")
        emit(f"      %r = math.rsqrt %v : {t}")
        emit(f"      %n = arith.mulf %a, %r : {t}")
        emit(f"      %y = arith.mulf %n, %g : {t}")
        emit(f"      linalg.yield %y : {t}")
        emit(f"    }} -> {act}")
        return f"%{p}"

    def binary(p, op, a, b, ty, rank=2):
        ident = "#id2" if rank == 2 else "#id3"
        iters = ", ".join(['"parallel"'] * rank)
        emit(f"    %{p}_e = tensor.empty() : {ty}")
        emit(f"    %{p} = linalg.generic {{indexing_maps = [{ident}, {ident}, {ident}], "
             f"iterator_types = [{iters}]}} ins({a}, {b} : {ty}, {ty}) outs(%{p}_e : {ty}) {{")
        emit(f"    ^bb0(%a: {t}, %b: {t}, %o: {t}):")
        emit(f"      %r = arith.{op} %a, %b : {t}")
        emit(f"      linalg.yield %r : {t}")
        emit(f"    }} -> {ty}")
        return f"%{p}"

    for l in range(layers):
        if weights == "args":
            w = {name: f"%{name}_{l}" for name, _ in per_layer}
        else:
            w = {}
            for name, ty in per_layer:
                emit(f"    %{name}_{l} = arith.constant dense_resource<__elided__> : {ty}")
                w[name] = f"%{name}_{l}"
        p = f"l{l}"
        h1 = rmsnorm(f"{p}_norm1", cur, w["n1"])
        proj = {}
        for name in ("q", "k", "v"):
            init = matmul(f"{p}_{name}", h1, w[f"w{name}"], act)
            emit(f"    %{p}_{name} = linalg.matmul ins({h1}, {w['w' + name]} : {act}, {w_hh}) "
                 f"outs({init} : {act}) -> {act}")
            emit(f"    %{p}_{name}_s = tensor.expand_shape %{p}_{name} [[0], [1, 2]] "
                 f"output_shape [{seq}, {heads}, {head_dim}] : {act} into {shd}")
            emit(f"    %{p}_{name}_te = tensor.empty() : {hds if name == 'k' else hsd}")
            perm = "[1, 2, 0]" if name == "k" else "[1, 0, 2]"
            emit(f"    %{p}_{name}_t = linalg.transpose ins(%{p}_{name}_s : {shd}) "
                 f"outs(%{p}_{name}_te : {hds if name == 'k' else hsd}) permutation = {perm}")
            proj[name] = f"%{p}_{name}_t"
        init = matmul(f"{p}_sc", None, None, hss)
        emit(f"    %{p}_sc = linalg.batch_matmul ins({proj['q']}, {proj['k']} : {hsd}, {hds}) "
             f"outs({init} : {hss}) -> {hss}")
        emit(f"    %{p}_scl_e = tensor.empty() : {hss}")
        emit(f"    %{p}_scl = linalg.generic {{indexing_maps = [#id3, #id3], "
             f"iterator_types = [\"parallel\", \"parallel\", \"parallel\"]}} "
             f"ins(%{p}_sc : {hss}) outs(%{p}_scl_e : {hss}) {{")
        emit(f"    ^bb0(%a: {t}, %o: {t}):")
        emit(f"      %r = arith.mulf %a, %scale : {t}")
        emit(f"      linalg.yield %r : {t}")
        emit(f"    }} -> {hss}")
        emit(f"    %{p}_sm_e = tensor.empty() : {hss}")
        emit(f"    %{p}_sm = linalg.softmax dimension(2) ins(%{p}_scl : {hss}) "
             f"outs(%{p}_sm_e : {hss}) -> {hss}")
        init = matmul(f"{p}_ctx", None, None, hsd)
        emit(f"    %{p}_ctx = linalg.batch_matmul ins(%{p}_sm, {proj['v']} : {hss}, {hsd}) "
             f"outs({init} : {hsd}) -> {hsd}")
        emit(f"    %{p}_ctx_te = tensor.empty() : {shd}")
        emit(f"    %{p}_ctx_t = linalg.transpose ins(%{p}_ctx : {hsd}) outs(%{p}_ctx_te : {shd}) "
             f"permutation = [1, 0, 2]")
        emit(f"    %{p}_ctx_c = tensor.collapse_shape %{p}_ctx_t [[0], [1, 2]] : {shd} into {act}")
        init = matmul(f"{p}_o", None, None, act)
        emit(f"    %{p}_o = linalg.matmul ins(%{p}_ctx_c, {w['wo']} : {act}, {w_hh}) "
             f"outs({init} : {act}) -> {act}")
        r1 = binary(f"{p}_res1", "addf", cur, f"%{p}_o", act)
        h2 = rmsnorm(f"{p}_norm2", r1, w["n2"])
        for name in ("w1", "w3"):
            init = matmul(f"{p}_{name}", None, None, sf)
            emit(f"    %{p}_{name} = linalg.matmul ins({h2}, {w[name]} : {act}, {w_hf}) "
                 f"outs({init} : {sf}) -> {sf}")
        emit(f"    %{p}_act_e = tensor.empty() : {sf}")
        emit(f"    %{p}_act = linalg.generic {{indexing_maps = [#id2, #id2, #id2], "
             f"iterator_types = [\"parallel\", \"parallel\"]}} "
             f"ins(%{p}_w1, %{p}_w3 : {sf}, {sf}) outs(%{p}_act_e : {sf}) {{")
        emit(f"    ^bb0(%g: {t}, %u: {t}, %o: {t}):")
        emit(f"      %ng = arith.negf %g : {t}")
        emit(f"      %ex = math.exp %ng : {t}")
        emit(f"      %den = arith.addf %ex, %one : {t}")
        emit(f"      %sig = arith.divf %g, %den : {t}")
        emit(f"      %r = arith.mulf %sig, %u : {t}")
        emit(f"      linalg.yield %r : {t}")
        emit(f"    }} -> {sf}")
        init = matmul(f"{p}_w2", None, None, act)
        emit(f"    %{p}_w2 = linalg.matmul ins(%{p}_act, {w['w2']} : {sf}, {w_fh}) "
             f"outs({init} : {act}) -> {act}")
        cur = binary(f"{p}_res2", "addf", r1, f"%{p}_w2", act)
    emit(f"    return {cur} : {act}")
    emit("  }")
    emit("}")
    ops = count_ops(lines)
    out.write(f"// bench: llm layers {layers} hidden {hidden} seq {seq} heads {heads} "
              f"ffn {ffn} weights {weights} {dtype}\n")
    out.write(f"// bench: ops {ops}\n")
    out.write(f"// bench: macs {macs}\n")
    out.write("\n".join(lines))
    out.write("\n")


# The ops of one synthetic unit, payload ops included: tensor.empty, fill
# (+ its yield), matmul (+ mulf, addf, yield), generic (+ addf, maximumf,
# yield), arith.addi, arith.muli.
UNIT_OPS = 1 + 2 + 4 + 4 + 2
UNIT_DIM = 16


def synthetic(out, functions, units, chain):
    n = UNIT_DIM
    ty = f"tensor<{n}x{n}xf32>"
    calls = [f % chain != 0 for f in range(functions)]
    # Per function: func.func, the two constants, return, and one call
    # (every function but the first of its chain).
    ops = 1 + functions * (4 + units * UNIT_OPS) + sum(calls)
    out.write(f"// bench: synthetic functions {functions} units {units} chain {chain}\n")
    out.write(f"// bench: ops {ops}\n")
    out.write(f"// bench: macs {functions * units * n * n * n}\n")
    out.write("#id = affine_map<(d0, d1) -> (d0, d1)>\n")
    out.write("module {\n")
    for f in range(functions):
        body = [f"  func.func @f{f}(%a: {ty}, %b: {ty}, %i: index) -> ({ty}, index) {{",
                "    %zero = arith.constant 0.0 : f32",
                "    %c3 = arith.constant 3 : index"]
        cur, idx = "%a", "%i"
        if calls[f]:
            body.append(f"    %p:2 = func.call @f{f - 1}(%a, %b, %i) : ({ty}, {ty}, index) -> ({ty}, index)")
            cur, idx = "%p#0", "%p#1"
        for u in range(units):
            body += [
                f"    %e{u} = tensor.empty() : {ty}",
                f"    %z{u} = linalg.fill ins(%zero : f32) outs(%e{u} : {ty}) -> {ty}",
                f"    %m{u} = linalg.matmul ins({cur}, %b : {ty}, {ty}) outs(%z{u} : {ty}) -> {ty}",
                f"    %g{u} = linalg.generic {{indexing_maps = [#id, #id, #id], "
                f"iterator_types = [\"parallel\", \"parallel\"]}} ins(%m{u}, {cur} : {ty}, {ty}) "
                f"outs(%e{u} : {ty}) {{",
                "    ^bb0(%x: f32, %y: f32, %o: f32):",
                "      %s = arith.addf %x, %y : f32",
                "      %r = arith.maximumf %s, %zero : f32",
                "      linalg.yield %r : f32",
                f"    }} -> {ty}",
                f"    %j{u} = arith.addi {idx}, %c3 : index",
                f"    %k{u} = arith.muli %j{u}, %c3 : index",
            ]
            cur, idx = f"%g{u}", f"%k{u}"
        body += [f"    return {cur}, {idx} : {ty}, index", "  }"]
        out.write("\n".join(body))
        out.write("\n")
    out.write("}\n")


def count_ops(lines):
    """Ops in generated text: one per line that defines a value or is a
    yield/return (each generated op is on its own line)."""
    count = 2  # builtin.module, func.func
    for line in lines:
        s = line.strip()
        if s.startswith("%") or s.startswith("linalg.yield") or s.startswith("return"):
            count += 1
            # Named linalg ops carry a payload region of their own:
            # fill and transpose = yield; matmul / batch_matmul = mulf, addf,
            # yield.
            if "linalg.fill" in s:
                count += 1
            elif "linalg.matmul" in s or "linalg.batch_matmul" in s:
                count += 3
            elif "linalg.transpose" in s:
                count += 1  # its yield
    return count


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="kind", required=True)
    p = sub.add_parser("llm")
    p.add_argument("--layers", type=int, default=80)
    p.add_argument("--hidden", type=int, default=8192)
    p.add_argument("--seq", type=int, default=2048)
    p.add_argument("--heads", type=int, default=64)
    p.add_argument("--ffn", type=int, default=28672)
    p.add_argument("--weights", choices=["args", "elided"], default="args")
    p.add_argument("--dtype", default="bf16")
    s = sub.add_parser("synthetic")
    s.add_argument("--functions", type=int, default=2000)
    s.add_argument("--units", type=int, default=40)
    s.add_argument("--chain", type=int, default=8)
    parser.add_argument("-o", "--output", default="-")
    args = parser.parse_args()
    out = sys.stdout if args.output == "-" else open(args.output, "w")
    with out:
        if args.kind == "llm":
            llm(out, args.layers, args.hidden, args.seq, args.heads, args.ffn,
                args.weights, args.dtype)
        else:
            synthetic(out, args.functions, args.units, args.chain)


if __name__ == "__main__":
    main()
