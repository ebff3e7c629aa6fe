// RUN: cost-opt --cost-annotate=target=none -split-input-file %s | FileCheck %s

// Loops multiply their body by the trip count ceil((ub - lb) / step); the
// ops in the body carry their own per-iteration cost.

// CHECK-LABEL: func.func @nest
func.func @nest(%m: memref<64x32xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %c32 = arith.constant 32 : index
  %c64 = arith.constant 64 : index
  // outer: 64 trips x inner (8 FLOPs, 32 bytes read, 32 written) = 512 FLOPs, 2048, 2048
  // CHECK: scf.for
  // inner: ceil(32/4) = 8 trips x (1 FLOP, 4 bytes read, 4 written) = 8, 32, 32
  // CHECK: scf.for
  // CHECK: memref.load
  // CHECK-SAME: cost.bytes_read = 4 : i64
  // CHECK-SAME: cost.bytes_written = 0 : i64
  // CHECK: arith.mulf
  // CHECK-SAME: cost.bytes_read = 0 : i64
  // CHECK-SAME: cost.bytes_written = 0 : i64
  // CHECK-SAME: cost.flops = 1 : i64
  // CHECK: memref.store
  // CHECK-SAME: cost.bytes_read = 0 : i64
  // CHECK-SAME: cost.bytes_written = 4 : i64
  // CHECK: {{^ *}}} {
  // CHECK-SAME: cost.bytes_read = 32 : i64
  // CHECK-SAME: cost.bytes_written = 32 : i64
  // CHECK-SAME: cost.flops = 8 : i64
  // CHECK-SAME: cost.int_ops = 0 : i64
  // CHECK-SAME: cost.macs = 0 : i64
  // CHECK-SAME: cost.transcendentals = 0 : i64
  // CHECK: {{^ *}}} {
  // CHECK-SAME: cost.bytes_read = 2048 : i64
  // CHECK-SAME: cost.bytes_written = 2048 : i64
  // CHECK-SAME: cost.flops = 512 : i64
  // CHECK-SAME: cost.int_ops = 0 : i64
  // CHECK-SAME: cost.macs = 0 : i64
  // CHECK-SAME: cost.transcendentals = 0 : i64
  scf.for %i = %c0 to %c64 step %c1 {
    scf.for %j = %c0 to %c32 step %c4 {
      %v = memref.load %m[%i, %j] : memref<64x32xf32>
      %w = arith.mulf %v, %v : f32
      memref.store %w, %m[%i, %j] : memref<64x32xf32>
    }
  }
  return
}

// -----

// CHECK-LABEL: func.func @affine_nest
func.func @affine_nest(%m: memref<10x10xf32>) {
  // ceil(10/3) = 4 trips x 10 trips = 40 iterations: 40 transcendentals, 40 loads x 4 bytes = 160 read
  // CHECK: affine.for
  // CHECK: affine.for
  // CHECK: {{^ *}}} {
  // CHECK-SAME: cost.bytes_read = 40 : i64
  // CHECK-SAME: cost.bytes_written = 0 : i64
  // CHECK-SAME: cost.flops = 0 : i64
  // CHECK-SAME: cost.int_ops = 0 : i64
  // CHECK-SAME: cost.macs = 0 : i64
  // CHECK-SAME: cost.transcendentals = 10 : i64
  // CHECK: {{^ *}}} {
  // CHECK-SAME: cost.bytes_read = 160 : i64
  // CHECK-SAME: cost.bytes_written = 0 : i64
  // CHECK-SAME: cost.flops = 0 : i64
  // CHECK-SAME: cost.int_ops = 0 : i64
  // CHECK-SAME: cost.macs = 0 : i64
  // CHECK-SAME: cost.transcendentals = 40 : i64
  affine.for %i = 0 to 10 step 3 {
    affine.for %j = 0 to 10 {
      %v = affine.load %m[%i, %j] : memref<10x10xf32>
      %e = math.exp %v : f32
    }
  }
  return
}

// -----

// A trip count from an index argument is a symbol (docs/symbolic.md): the
// loop costs body x n. One whose bound is data (loaded from memory) is
// unresolved, never 0 or 1; its body is still costed.
// CHECK-LABEL: func.func @dynamic_loop
func.func @dynamic_loop(%m: memref<?xf32>, %n: index, %bounds: memref<1xindex>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  // CHECK: scf.for
  // CHECK: arith.addf {{.*}}cost.flops = 1 : i64
  // 1 FLOP and 4 bytes read per iteration, n iterations.
  // CHECK: {{^ *}}} {
  // CHECK-SAME: cost.bytes_read = "4*dynamic_loop.arg1"
  // CHECK-SAME: cost.bytes_written = 0 : i64
  // CHECK-SAME: cost.flops = "dynamic_loop.arg1"
  // CHECK-SAME: cost.int_ops = 0 : i64
  // CHECK-SAME: cost.macs = 0 : i64
  // CHECK-SAME: cost.transcendentals = 0 : i64
  scf.for %i = %c0 to %n step %c1 {
    %v = memref.load %m[%i] : memref<?xf32>
    %w = arith.addf %v, %v : f32
  }
  %ub = memref.load %bounds[%c0] : memref<1xindex>
  // CHECK: scf.for
  // CHECK: arith.addf {{.*}}cost.flops = 1 : i64
  // CHECK: } {cost.unresolved = "the size result #0 of memref.load at {{.*}}loops.mlir:[[@LINE-3]]:9: no rule traces a size through memref.load; one iteration costs 1 FLOPs, 0 int OPs, 0 transcendentals, 4 bytes read, 0 bytes written"}
  scf.for %i = %c0 to %ub step %c1 {
    %v = memref.load %m[%i] : memref<?xf32>
    %w = arith.addf %v, %v : f32
  }
  return
}

// -----

// Branches: every branch is costed; the larger one counts.
// CHECK-LABEL: func.func @branches
func.func @branches(%c: i1, %x: f32) -> f32 {
  // then: 2 FLOPs; else: 1 transcendental -> ops 2 > 1, the then branch counts
  // cost.branches lists both, in region order.
  // CHECK: scf.if
  // CHECK: {{^ *}}} {
  // CHECK-SAME: cost.branches = [{
  // CHECK-SAME: bytes_read = 0 : i64
  // CHECK-SAME: bytes_written = 0 : i64
  // CHECK-SAME: flops = 2 : i64
  // CHECK-SAME: int_ops = 0 : i64
  // CHECK-SAME: macs = 0 : i64
  // CHECK-SAME: transcendentals = 0 : i64
  // CHECK-SAME: }, {
  // CHECK-SAME: bytes_read = 0 : i64
  // CHECK-SAME: bytes_written = 0 : i64
  // CHECK-SAME: flops = 0 : i64
  // CHECK-SAME: int_ops = 0 : i64
  // CHECK-SAME: macs = 0 : i64
  // CHECK-SAME: transcendentals = 1 : i64
  // CHECK-SAME: }]
  // CHECK-SAME: cost.bytes_read = 0 : i64
  // CHECK-SAME: cost.bytes_written = 0 : i64
  // CHECK-SAME: cost.flops = 2 : i64
  // CHECK-SAME: cost.int_ops = 0 : i64
  // CHECK-SAME: cost.macs = 0 : i64
  // CHECK-SAME: cost.transcendentals = 0 : i64
  %r = scf.if %c -> f32 {
    %a = arith.mulf %x, %x : f32
    %b = arith.addf %a, %x : f32
    scf.yield %b : f32
  } else {
    %e = math.exp %x : f32
    scf.yield %e : f32
  }
  return %r : f32
}

// -----

// CHECK-LABEL: func.func @while_loop
func.func @while_loop(%x: f32) -> f32 {
  // CHECK: scf.while
  // CHECK: {cost.unresolved = "scf.while trip count is data-dependent; one iteration costs 2 FLOPs, 0 int OPs, 0 transcendentals, 0 bytes read, 0 bytes written"}
  %r = scf.while (%v = %x) : (f32) -> f32 {
    %one = arith.constant 1.0 : f32
    %go = arith.cmpf olt, %v, %one : f32
    scf.condition(%go) %v : f32
  } do {
  ^bb0(%v: f32):
    %h = arith.mulf %v, %v : f32
    scf.yield %h : f32
  }
  return %r : f32
}
