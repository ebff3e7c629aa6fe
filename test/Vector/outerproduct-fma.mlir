// vector.outerproduct with an accumulator: an FMA per lane (1 MAC); without
// one: a multiply per lane. vector.fma: a MAC per lane. (The generic form:
// vector.outerproduct prints no attributes without an accumulator.)
// RUN: cost-opt --cost-annotate='target=none' --mlir-print-op-generic -split-input-file %s | FileCheck %s
// RUN: cost-opt --cost-annotate='target=none convention=macs-as-flops' --mlir-print-op-generic -split-input-file %s | FileCheck %s --check-prefix=MACS

// CHECK-LABEL: sym_name = "outer"
// MACS-LABEL: sym_name = "outer"
func.func @outer(%a: vector<4xf32>, %b: vector<8xf32>, %c: vector<4x8xf32>) -> (vector<4x8xf32>, vector<4x8xf32>) {
  // With an accumulator: 4*8 = 32 lanes, 32 MACs, 64 FLOPs.
  // CHECK: "vector.outerproduct"
  // CHECK-SAME: cost.bytes_read = 0 : i64
  // CHECK-SAME: cost.bytes_written = 0 : i64
  // CHECK-SAME: cost.flops = 64 : i64
  // CHECK-SAME: cost.macs = 32 : i64
  // macs-as-flops: a MAC is one FLOP: 32.
  // MACS: "vector.outerproduct"
  // MACS-SAME: cost.flops = 32 : i64
  // MACS-SAME: cost.macs = 32 : i64
  %0 = vector.outerproduct %a, %b, %c : vector<4xf32>, vector<8xf32>
  // Without: 32 multiplies, no MAC.
  // CHECK: "vector.outerproduct"
  // CHECK-SAME: cost.flops = 32 : i64
  // CHECK-SAME: cost.macs = 0 : i64
  // MACS: "vector.outerproduct"
  // MACS-SAME: cost.flops = 32 : i64
  // MACS-SAME: cost.macs = 0 : i64
  %1 = vector.outerproduct %a, %b : vector<4xf32>, vector<8xf32>
  return %0, %1 : vector<4x8xf32>, vector<4x8xf32>
}

// -----

// CHECK-LABEL: sym_name = "axpy_max"
// MACS-LABEL: sym_name = "axpy_max"
func.func @axpy_max(%a: vector<16xi32>, %s: i32, %c: vector<16xi32>) -> vector<16xi32> {
  // A vector times a scalar, combined by max into the accumulator: a
  // multiply and a max per lane, 2*16 = 32 integer OPs, no MAC.
  // CHECK: "vector.outerproduct"
  // CHECK-SAME: cost.flops = 0 : i64
  // CHECK-SAME: cost.int_ops = 32 : i64
  // CHECK-SAME: cost.macs = 0 : i64
  // MACS: "vector.outerproduct"
  // MACS-SAME: cost.int_ops = 32 : i64
  %0 = vector.outerproduct %a, %s, %c {kind = #vector.kind<maxsi>} : vector<16xi32>, i32
  return %0 : vector<16xi32>
}

// -----

// CHECK-LABEL: sym_name = "fma_chain"
// MACS-LABEL: sym_name = "fma_chain"
func.func @fma_chain(%a: vector<8xf32>, %b: vector<8xf32>, %x: vector<8xf32>, %y: vector<8xf32>, %c: vector<8xf32>) -> vector<8xf32> {
  // Each vector.fma: 8 lanes, 8 MACs, 16 FLOPs (MACs as FLOPs: 8).
  // CHECK: "vector.fma"
  // CHECK-SAME: cost.flops = 16 : i64
  // CHECK-SAME: cost.macs = 8 : i64
  // MACS: "vector.fma"
  // MACS-SAME: cost.flops = 8 : i64
  // MACS-SAME: cost.macs = 8 : i64
  %0 = vector.fma %a, %b, %c : vector<8xf32>
  // CHECK: "vector.fma"
  // CHECK-SAME: cost.flops = 16 : i64
  // CHECK-SAME: cost.macs = 8 : i64
  // MACS: "vector.fma"
  // MACS-SAME: cost.flops = 8 : i64
  // MACS-SAME: cost.macs = 8 : i64
  %1 = vector.fma %x, %y, %0 : vector<8xf32>
  return %1 : vector<8xf32>
}

// -----

// CHECK-LABEL: sym_name = "fma_loop"
// MACS-LABEL: sym_name = "fma_loop"
func.func @fma_loop(%a: memref<10x8xf32>, %b: memref<10x8xf32>, %init: vector<8xf32>) -> vector<8xf32> {
  // An fma chain carried through a loop: 10 iterations x 8 lanes = 80 MACs,
  // 160 FLOPs; reads 2 * 10 * 8 * 4 = 640 bytes.
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c10 = arith.constant 10 : index
  // CHECK: "scf.for"
  // CHECK: "vector.fma"
  // CHECK-SAME: cost.macs = 8 : i64
  // CHECK: cost.bytes_read = 640 : i64
  // CHECK-SAME: cost.flops = 160 : i64
  // CHECK-SAME: cost.macs = 80 : i64
  // MACS: "scf.for"
  // MACS: cost.flops = 80 : i64
  // MACS-SAME: cost.macs = 80 : i64
  %r = scf.for %i = %c0 to %c10 step %c1 iter_args(%acc = %init) -> vector<8xf32> {
    %x = vector.load %a[%i, %c0] : memref<10x8xf32>, vector<8xf32>
    %y = vector.load %b[%i, %c0] : memref<10x8xf32>, vector<8xf32>
    %n = vector.fma %x, %y, %acc : vector<8xf32>
    scf.yield %n : vector<8xf32>
  }
  return %r : vector<8xf32>
}
