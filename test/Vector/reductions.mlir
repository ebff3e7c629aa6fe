// vector.multi_reduction: every lane of the source combines into its
// group's accumulator (n - 1 combines per group of n, + 1 with the
// accumulator, which multi_reduction always has); an add of products is a
// MAC per lane. vector.reduction: n - 1 combines, + 1 with an accumulator.
// RUN: cost-opt --cost-annotate='target=none' -split-input-file %s | FileCheck %s
// RUN: cost-opt --cost-annotate='target=none convention=xla' -split-input-file %s | FileCheck %s --check-prefix=XLA

// CHECK-LABEL: func.func @multi_max
// XLA-LABEL: func.func @multi_max
func.func @multi_max(%a: vector<4x8x16xf32>, %acc: vector<4x16xf32>) -> vector<4x16xf32> {
  // 4*16 = 64 groups of 8: 64 * (8 - 1 + 1) = 512 FLOPs.
  // CHECK: vector.multi_reduction
  // CHECK-SAME: cost.flops = 512 : i64
  // CHECK-SAME: cost.macs = 0 : i64
  // xla: no first combine: 512 - 64 = 448.
  // XLA: vector.multi_reduction
  // XLA-SAME: cost.flops = 448 : i64
  %0 = vector.multi_reduction <maxnumf>, %a, %acc [1] : vector<4x8x16xf32> to vector<4x16xf32>
  return %0 : vector<4x16xf32>
}

// -----

// CHECK-LABEL: func.func @multi_dot
// XLA-LABEL: func.func @multi_dot
func.func @multi_dot(%a: vector<4x16x8xf32>, %b: vector<4x16x8xf32>, %acc: vector<4x16xf32>) -> vector<4x16xf32> {
  // What the linalg vectorizer makes of a matmul: a multiply of 4*16*8 =
  // 512 lanes (512 FLOPs) and an add reduction of the products: 512 adds,
  // each a MAC (512 FLOPs, 512 MACs); together 1024 FLOPs, as
  // vector.contract and linalg.matmul count them.
  // CHECK: arith.mulf
  // CHECK-SAME: cost.flops = 512 : i64
  // CHECK: vector.multi_reduction
  // CHECK-SAME: cost.flops = 512 : i64
  // CHECK-SAME: cost.macs = 512 : i64
  // XLA: arith.mulf
  // XLA: vector.multi_reduction
  %p = arith.mulf %a, %b : vector<4x16x8xf32>
  %0 = vector.multi_reduction <add>, %p, %acc [2] : vector<4x16x8xf32> to vector<4x16xf32>
  return %0 : vector<4x16xf32>
}

// -----

// CHECK-LABEL: func.func @reduce_all
// XLA-LABEL: func.func @reduce_all
func.func @reduce_all(%a: vector<2x3xi32>, %acc: i32) -> i32 {
  // Every dimension reduced into one scalar: 6 combines with the
  // accumulator.
  // CHECK: vector.multi_reduction
  // CHECK-SAME: cost.int_ops = 6 : i64
  // XLA: vector.multi_reduction
  // XLA-SAME: cost.int_ops = 5 : i64
  %0 = vector.multi_reduction <add>, %a, %acc [0, 1] : vector<2x3xi32> to i32
  return %0 : i32
}

// -----

// CHECK-LABEL: func.func @reduction
// XLA-LABEL: func.func @reduction
func.func @reduction(%v: vector<16xi32>, %s: i32, %f: vector<8xf32>) -> (i32, i32, f32) {
  // 16 lanes: 15 adds; with an accumulator 16.
  // CHECK: vector.reduction
  // CHECK-SAME: cost.int_ops = 15 : i64
  // CHECK: vector.reduction
  // CHECK-SAME: cost.int_ops = 16 : i64
  // XLA: vector.reduction
  %0 = vector.reduction <add>, %v : vector<16xi32> into i32
  %1 = vector.reduction <add>, %v, %s : vector<16xi32> into i32
  // Masked: the mask enables 5 lanes: 4 combines.
  // CHECK: vector.mask
  // CHECK-SAME: cost.flops = 4 : i64
  %c5 = arith.constant 5 : index
  %m = vector.create_mask %c5 : vector<8xi1>
  %2 = vector.mask %m { vector.reduction <maximumf>, %f : vector<8xf32> into f32 } : vector<8xi1> -> f32
  return %0, %1, %2 : i32, i32, f32
}

// -----

// CHECK-LABEL: func.func @dot_reduction
// XLA-LABEL: func.func @dot_reduction
func.func @dot_reduction(%a: vector<8xf32>, %b: vector<8xf32>, %acc: f32) -> (f32, f32) {
  // A dot product as the "dot" lowering of vector.contract makes it: 8
  // products (8 FLOPs), reduced by 7 adds; all 8 products are MACs.
  // CHECK: arith.mulf
  // CHECK-SAME: cost.flops = 8 : i64
  // CHECK: vector.reduction
  // CHECK-SAME: cost.flops = 7 : i64
  // CHECK-SAME: cost.macs = 8 : i64
  // XLA: vector.reduction
  // XLA-SAME: cost.flops = 7 : i64
  // XLA-SAME: cost.macs = 8 : i64
  %p = arith.mulf %a, %b : vector<8xf32>
  %0 = vector.reduction <add>, %p : vector<8xf32> into f32
  // With the accumulator: 8 adds, 8 MACs.
  // CHECK: vector.reduction
  // CHECK-SAME: cost.flops = 8 : i64
  // CHECK-SAME: cost.macs = 8 : i64
  // XLA: vector.reduction
  %1 = vector.reduction <add>, %p, %acc : vector<8xf32> into f32
  return %0, %1 : f32, f32
}
