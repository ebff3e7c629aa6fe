// The module total counts its root functions: without --entry, the
// functions with a body no other function calls, and the report says which
// (JSON "roots", text "Roots of the total"); --entry=NAME[,NAME] names them.
// Inlining keeps a public callee that nothing calls any more: it becomes a
// root, and the total grows, unless --entry names the true root.
//
// RUN: cost-opt --flops --format=json --target=none %s | FileCheck %s --check-prefix=CALLS
// RUN: %mlir_opt_bin --inline %s -o %t.inlined.mlir
// RUN: cost-opt --flops --format=json --target=none %t.inlined.mlir | FileCheck %s --check-prefix=INLINED
// RUN: cost-opt --flops --format=json --target=none --entry=main %s | FileCheck %s --check-prefix=ENTRY
// RUN: cost-opt --flops --format=json --target=none --entry=@main %t.inlined.mlir | FileCheck %s --check-prefix=ENTRY
// RUN: cost-opt --flops --target=none %s | FileCheck %s --check-prefix=TEXT
// RUN: cost-opt --flops --target=none --entry=main %t.inlined.mlir | FileCheck %s --check-prefix=TEXT-ENTRY
// The annotate pass takes the option too (entry=NAME):
// RUN: cost-opt --pass-pipeline='builtin.module(cost-report{entry=main target=none format=json})' %t.inlined.mlir -o /dev/null | FileCheck %s --check-prefix=ENTRY
// A name that is no function with a body is one error:
// RUN: not cost-opt --flops --target=none --entry=main,nope %s 2>&1 | FileCheck %s --check-prefix=UNKNOWN
// UNKNOWN: error: entry: no function with a body is named '@nope'; the functions are: @layer, @main
// UNKNOWN-NOT: error

// One matmul, M=4, N=16, K=8: MACs = 4*16*8 = 512, FLOPs = 2*512 = 1024.
// @main calls @layer twice: 2 * 1024 = 2048 FLOPs, 1024 MACs; @layer is
// called, so @main is the only root and the total is @main's.
// CALLS: "roots": [
// CALLS-NEXT: "main"
// CALLS-NEXT: ],
// CALLS: "total": {
// CALLS-NEXT: "flops": 2048,
// CALLS-NEXT: "macs": 1024,
// After inlining @main holds the two matmuls (2048 FLOPs) and @layer,
// public, stays, called by nothing: a root too, 2048 + 1024 = 3072 FLOPs,
// 1024 + 512 = 1536 MACs.
// INLINED: "roots": [
// INLINED-NEXT: "layer",
// INLINED-NEXT: "main"
// INLINED-NEXT: ],
// INLINED: "total": {
// INLINED-NEXT: "flops": 3072,
// INLINED-NEXT: "macs": 1536,
// --entry=main: @main alone, 2048 FLOPs, 1024 MACs before and after.
// ENTRY: "roots": [
// ENTRY-NEXT: "main"
// ENTRY-NEXT: ],
// ENTRY: "total": {
// ENTRY-NEXT: "flops": 2048,
// ENTRY-NEXT: "macs": 1024,
// TEXT: Roots of the total: @main (no other function calls them; --entry=NAME[,NAME] names others).
// TEXT-ENTRY: Roots of the total: @main (--entry).
func.func @layer(%x: tensor<4x8xf32>, %w: tensor<8x16xf32>, %o: tensor<4x16xf32>) -> tensor<4x16xf32> {
  %0 = linalg.matmul ins(%x, %w : tensor<4x8xf32>, tensor<8x16xf32>) outs(%o : tensor<4x16xf32>) -> tensor<4x16xf32>
  return %0 : tensor<4x16xf32>
}

func.func @main(%x: tensor<4x8xf32>, %w: tensor<8x16xf32>, %o: tensor<4x16xf32>) -> tensor<4x16xf32> {
  %0 = func.call @layer(%x, %w, %o) : (tensor<4x8xf32>, tensor<8x16xf32>, tensor<4x16xf32>) -> tensor<4x16xf32>
  %1 = func.call @layer(%x, %w, %0) : (tensor<4x8xf32>, tensor<8x16xf32>, tensor<4x16xf32>) -> tensor<4x16xf32>
  return %1 : tensor<4x16xf32>
}
