// A vectorized attention block counts the same FLOPs and MACs before and
// after MLIR lowers its vector.contract ops: to outer products (FMAs per
// lane) and to dot products (a multiply and an add reduction per output,
// then the add of the accumulator), and after --lower-vector-multi-reduction
// turns its row reductions into elementwise ops.
// RUN: cost-opt --flops --format=json --target=none %S/attention.mlir | FileCheck %s --check-prefixes=CHECK,ALL
// RUN: %mlir_opt_bin --transform-preload-library=transform-library-paths=%S/Inputs/lower-contraction-outerproduct.mlir --transform-interpreter %S/attention.mlir -o %t.outer.mlir
// RUN: cost-opt --flops --format=json --target=none %t.outer.mlir | FileCheck %s --check-prefixes=CHECK,ALL
// RUN: %mlir_opt_bin --transform-preload-library=transform-library-paths=%S/Inputs/lower-contraction-dot.mlir --transform-interpreter %S/attention.mlir -o %t.dot.mlir
// RUN: cost-opt --flops --format=json --target=none %t.dot.mlir | FileCheck %s --check-prefixes=CHECK,ALL
// RUN: %mlir_opt_bin --lower-vector-multi-reduction='lowering-strategy=inner-reduction' %t.outer.mlir -o %t.reductions.mlir
// RUN: cost-opt --flops --format=json --target=none %t.reductions.mlir | FileCheck %s --check-prefixes=CHECK,ALL
// The default strategy folds the row max's combine with its -inf
// accumulator (max(x, -inf) = x, 8 lanes): 8 FLOPs fewer, MACs the same.
// RUN: %mlir_opt_bin --lower-vector-multi-reduction %t.outer.mlir -o %t.parallel.mlir
// RUN: cost-opt --flops --format=json --target=none %t.parallel.mlir | FileCheck %s --check-prefixes=CHECK,FOLDED
// The lowered forms are what they say:
// RUN: FileCheck %s --check-prefix=OUTER-IR < %t.outer.mlir
// OUTER-IR-NOT: vector.contract
// OUTER-IR: vector.outerproduct
// RUN: FileCheck %s --check-prefix=DOT-IR < %t.dot.mlir
// DOT-IR-NOT: vector.contract
// DOT-IR: vector.reduction <add>
// RUN: FileCheck %s --check-prefix=RED-IR < %t.reductions.mlir
// RED-IR-NOT: vector.multi_reduction

// attention.mlir: FLOPs 2048 + 64 + 64 + 64 + 64 + 2048 = 4352, MACs 2 *
// 8*8*16 = 2048. Outer products: 16 + 8 outer products of 8x8 and 8x16
// lanes with an accumulator, 1 MAC each: 16*64 + 8*128 = 2048. Dot
// products: per output a multiply of K lanes (K FLOPs) and an add reduction
// of the K products (K - 1 adds, K MACs), then the accumulator's add (1
// FLOP per output): 2K FLOPs and K MACs per output, as the contraction.
// CHECK: "name": "attention",
// ALL-NEXT: "flops": 4352,
// FOLDED-NEXT: "flops": 4344,
// CHECK-NEXT: "macs": 2048,
// CHECK-NEXT: "int_ops": 0,
// CHECK-NEXT: "transcendentals": 64,
// CHECK: "uncounted": [],
// CHECK-NEXT: "unresolved": [],
