// The layer options: separators, formulas, times, and bad values.
// RUN: cost-opt --flops --target=none --format=json --layers --layer-separators=. %s | FileCheck %s --check-prefix=SEP
// RUN: cost-opt --flops --format=json --layers --bind N=2 %s | FileCheck %s --check-prefix=TIME
// RUN: cost-opt --flops --target=none --format=json --layers %s | FileCheck %s --check-prefix=FORMULA
// RUN: cost-opt --flops --target=none --layers %s | FileCheck %s --check-prefix=TEXT
// RUN: not cost-opt --flops --layers=x %s 2>&1 | FileCheck %s --check-prefix=BADDEPTH
// RUN: not cost-opt --layers %s 2>&1 | FileCheck %s --check-prefix=NOFLOPS
// RUN: not cost-opt --flops --group-by=module %s 2>&1 | FileCheck %s --check-prefix=BADGROUP
// RUN: not cost-opt --pass-pipeline='builtin.module(cost-report{group-by=module})' %s 2>&1 | FileCheck %s --check-prefix=BADGROUP-PASS

// matmul Nx8 by 8x4: MACs N*4*8 = 32*N, FLOPs 64*N.
func.func @forward(%x: tensor<?x8xf32> {cost.dim_names = ["N", ""]}, %w: tensor<8x4xf32>, %o: tensor<?x4xf32> {cost.dim_names = ["N", ""]}) -> tensor<?x4xf32> {
  %0 = linalg.matmul ins(%x, %w : tensor<?x8xf32>, tensor<8x4xf32>) outs(%o : tensor<?x4xf32>) -> tensor<?x4xf32> loc("model/dense.1"("m.py":1:0))
  return %0 : tensor<?x4xf32>
}

// Split on '.' only: "model/dense" is one level.
// SEP:      "path": "model/dense",
// SEP-NEXT: "depth": 1,
// SEP:      "path": "model/dense.1",
// SEP-NEXT: "depth": 2,

// With N = 2: MACs 32*2 = 64, and a time (a number, not null).
// TIME:      "path": "model",
// TIME-NEXT: "depth": 1,
// TIME-NEXT: "flops": 128,
// TIME-NEXT: "macs": 64,
// TIME:      "time_s": {{[0-9.]+(e-?[0-9]+)?}}

// Unbound N: the counts are formulas, as everywhere in the report.
// FORMULA:      "path": "model",
// FORMULA-NEXT: "depth": 1,
// FORMULA-NEXT: "flops": {
// FORMULA-NEXT:   "formula": "64*N",
// FORMULA-NEXT:   "symbols": [
// FORMULA-NEXT:     "N"
// FORMULA-NEXT:   ]
// FORMULA-NEXT: },
// FORMULA-NEXT: "macs": {
// FORMULA-NEXT:   "formula": "32*N",
// FORMULA:      "time_s": null

// TEXT:      layer            FLOPs
// TEXT-NEXT: model           64*N FLOPs

// BADDEPTH: cost-opt: error: --layers=x: expected 'none', 'all' or a depth >= 0 (0: every level)
// BADGROUP: cost-opt: error: unknown --group-by 'module'; expected 'layer' or 'source'
// BADGROUP-PASS: error: unknown group-by 'module'; expected 'layer' or 'source'
// NOFLOPS: cost-opt: error: --layers needs --flops
