// RUN: cost-opt --flops --exact --allow-unregistered-dialect %s | FileCheck %s
// RUN: cost-opt --flops --allow-unregistered-dialect %s | FileCheck %s --check-prefix=SI

// Functions are reported in module order, then the module total; ops without
// a model and unresolved ops are listed, never counted as zero.

// A 32x32 by 32x1 matmul: MACs = 32*1*32 = 1024, FLOPs = 2048;
// read = (32*32 + 32*1 + 32*1)*4 = 4352; written = 32*4 = 128.
func.func @second(%a: tensor<32x32xf32>, %b: tensor<32x1xf32>, %c: tensor<32x1xf32>) -> tensor<32x1xf32> {
  %0 = linalg.matmul ins(%a, %b : tensor<32x32xf32>, tensor<32x1xf32>) outs(%c : tensor<32x1xf32>) -> tensor<32x1xf32>
  return %0 : tensor<32x1xf32>
}

// A 1000x1000 f32 weight: 1000000 params, 4000000 bytes. The constant is
// the one op costed; the unknown op is not, nor the add whose operand's
// dynamic size comes out of it (the size of %x alone would be a symbol).
func.func @first(%x: tensor<?xf32>) -> tensor<?xf32> {
  %w = arith.constant dense<1.0> : tensor<1000x1000xf32>
  %u = "test.unknown"(%x) : (tensor<?xf32>) -> tensor<?xf32>
  %0 = linalg.add ins(%x, %u : tensor<?xf32>, tensor<?xf32>) outs(%x : tensor<?xf32>) -> tensor<?xf32>
  return %0 : tensor<?xf32>
}

// This file tests the text table itself (column order, row order, the rule
// before the total, SI units), so its rows are checked by position. Other
// tests check counts through --format=json, one key a line
// (docs/lit-checks.md).
// CHECK: cost-opt report: {{.*}}text.mlir
// CHECK: function FLOPs MACs int OPs transcendentals read written params param bytes costed not costed
// CHECK-NEXT: @second 2048 1024 0 0 4352 128 0 0 1 0
// CHECK-NEXT: @first 0 0 0 0 0 0 1000000 4000000 1 2
// CHECK-NEXT: ---
// CHECK-NEXT: total 2048 1024 0 0 4352 128 1000000 4000000 2 2
// CHECK-NEXT: Roots of the total: @second, @first (no other function calls them; --entry=NAME[,NAME] names others).
// CHECK-NEXT: warning: @first: 1 x test.unknown not costed (no cost model)
// CHECK-NEXT: warning: @first: linalg.add at {{.*}}text.mlir:20:8 unresolved: dynamic dimension 0 of result #0 of test.unknown at {{.*}}text.mlir:19:8: no rule traces a size through test.unknown
// CHECK-NEXT: note: totals leave out the ops listed above; they are lower bounds.

// SI: @second 2.05 KFLOPs 1.02 KMACs 0 OPs 0 4.35 KB 128 B 0 params 0 B
// SI: @first 0 FLOPs 0 MACs 0 OPs 0 0 B 0 B 1.00 M params 4.00 MB
