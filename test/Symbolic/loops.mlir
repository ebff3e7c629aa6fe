// RUN: cost-opt --cost-annotate -split-input-file %s | FileCheck %s
//
// Symbolic trip counts: ceil((ub - lb)/step) with bounds traced to shape
// symbols, times the body; nested loops multiply.

// Each body: one exp (1 transcendental) and a 4-byte load.
// scf.for 0 to N step 1: N iterations.
// CHECK-LABEL: func.func @scf_for
// CHECK: {{^ *}}} {
// CHECK-SAME: cost.bytes_read = "4*N"
// CHECK-SAME: cost.transcendentals = "N"
// scf.for 2 to N step 32: ceil((N - 2)/32) iterations (a tiled loop).
// CHECK: {{^ *}}} {
// CHECK-SAME: cost.bytes_read = "4*ceil((N - 2)/32)"
// CHECK-SAME: cost.transcendentals = "ceil((N - 2)/32)"
// scf.for 0 to N step 1 around scf.for 0 to 2*N step 2: N * N = N^2; the
// inner loop alone ceil(2*N/2) = N.
// CHECK: {{^ *}}} {
// CHECK-SAME: cost.bytes_read = "4*N"
// CHECK-SAME: cost.transcendentals = "N"
// CHECK: {{^ *}}} {
// CHECK-SAME: cost.bytes_read = "4*N^2"
// CHECK-SAME: cost.transcendentals = "N^2"
func.func @scf_for(%m: memref<?xf32>, %n: index {cost.dim_names = "N"}) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %c32 = arith.constant 32 : index
  scf.for %i = %c0 to %n step %c1 {
    %v = memref.load %m[%i] : memref<?xf32>
    %e = math.exp %v : f32
  }
  scf.for %i = %c2 to %n step %c32 {
    %v = memref.load %m[%i] : memref<?xf32>
    %e = math.exp %v : f32
  }
  %n2 = arith.muli %n, %c2 : index
  scf.for %i = %c0 to %n step %c1 {
    scf.for %j = %c0 to %n2 step %c2 {
      %v = memref.load %m[%j] : memref<?xf32>
      %e = math.exp %v : f32
    }
  }
  return
}

// -----

// affine.for with a bound map on the symbol (the memref's dimension): 0 to
// 4*M, step 2: ceil(4*M/2) = 2*M iterations (exact); and an inner loop of 3
// (3 exps and 3*4 = 12 bytes); 2*M*3 = 6*M exps and 2*M*12 = 24*M bytes.
// CHECK-LABEL: func.func @affine
// CHECK: {{^ *}}} {
// CHECK-SAME: cost.bytes_read = 12 : i64
// CHECK-SAME: cost.transcendentals = 3 : i64
// CHECK: {{^ *}}} {
// CHECK-SAME: cost.bytes_read = "24*M"
// CHECK-SAME: cost.transcendentals = "6*M"
func.func @affine(%m: memref<?xf32> {cost.dim_names = ["M"]}) {
  %c0 = arith.constant 0 : index
  %d = memref.dim %m, %c0 : memref<?xf32>
  affine.for %i = 0 to affine_map<()[s0] -> (s0 * 4)>()[%d] step 2 {
    affine.for %j = 0 to 3 {
      %v = affine.load %m[%j] : memref<?xf32>
      %e = math.exp %v : f32
    }
  }
  return
}

// -----

// scf.parallel over (0..R) x (0..C) and scf.forall over R: R*C and R
// iterations of one exp and a 4-byte load.
// CHECK-LABEL: func.func @parallel
// CHECK: scf.parallel
// CHECK: {{^ *}}} {
// CHECK-SAME: cost.bytes_read = "4*C*R"
// CHECK-SAME: cost.transcendentals = "C*R"
// CHECK: scf.forall
// CHECK: {{^ *}}} {
// CHECK-SAME: cost.bytes_read = "4*R"
// CHECK-SAME: cost.transcendentals = "R"
// affine.parallel over (0..R) x (0..2*C step 4): R * ceil(2*C/4), which is
// R * ceil(C/2) (the quotient reduced by the common factor 2).
// CHECK: affine.parallel
// CHECK: {{^ *}}} {
// CHECK-SAME: cost.bytes_read = "4*R*ceil(C/2)"
// CHECK-SAME: cost.transcendentals = "R*ceil(C/2)"
func.func @parallel(%m: memref<?x?xf32> {cost.dim_names = ["R", "C"]}) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r = memref.dim %m, %c0 : memref<?x?xf32>
  %c = memref.dim %m, %c1 : memref<?x?xf32>
  scf.parallel (%i, %j) = (%c0, %c0) to (%r, %c) step (%c1, %c1) {
    %v = memref.load %m[%i, %j] : memref<?x?xf32>
    %e = math.exp %v : f32
    scf.reduce
  }
  scf.forall (%i) in (%r) {
    %v = memref.load %m[%i, %c0] : memref<?x?xf32>
    %e = math.exp %v : f32
  }
  affine.parallel (%i, %j) = (0, 0) to (%r, symbol(%c) * 2) step (1, 4) {
    %v = affine.load %m[%i, %j] : memref<?x?xf32>
    %e = math.exp %v : f32
  }
  return
}

// -----

// A while loop's trip count is data: unresolved, with one iteration's cost
// (an exp: 1 transcendental; the compare: 1 FLOP).
// CHECK-LABEL: func.func @while
// CHECK: scf.while
// CHECK: cost.unresolved = "scf.while trip count is data-dependent; one iteration costs 1 FLOPs, 0 int OPs, 1 transcendentals, 0 bytes read, 0 bytes written"
func.func @while(%x: f32) -> f32 {
  %r = scf.while (%a = %x) : (f32) -> f32 {
    %e = math.exp %a : f32
    %zero = arith.constant 0.0 : f32
    %go = arith.cmpf olt, %e, %zero : f32
    scf.condition(%go) %e : f32
  } do {
  ^bb0(%b: f32):
    scf.yield %b : f32
  }
  return %r : f32
}
