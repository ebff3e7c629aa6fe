// RUN: cost-opt --cost-annotate --cost-diagnostics=none --target=none -split-input-file %s | FileCheck %s
//
// Loop nests whose bounds depend on outer induction variables: a loop's body
// runs as many times as the iteration domain of the chain of loops from the
// nest's outermost loop down to it has integer points (docs/ops.md, "Affine
// counting"). A loop inside such a nest is annotated with its cost over one
// execution of the outermost loop. Each body op below is one FLOP.

// Triangular, N = 10: j in [0, i): sum_{i=0}^{9} i = N(N-1)/2 = 45; then
// j in [0, i + 1): N(N+1)/2 = 55. The inner loop's annotation is its cost
// over one run of the outer loop, the same.
// CHECK-LABEL: func.func @triangular
// CHECK: {{^ *}}} {
// CHECK-SAME: cost.flops = 45 : i64
// CHECK: {{^ *}}} {
// CHECK-SAME: cost.flops = 45 : i64
// CHECK: {{^ *}}} {
// CHECK-SAME: cost.flops = 55 : i64
// CHECK: {{^ *}}} {
// CHECK-SAME: cost.flops = 55 : i64
func.func @triangular(%x: f32) {
  affine.for %i = 0 to 10 {
    affine.for %j = 0 to affine_map<(d0) -> (d0)>(%i) {
      %y = arith.addf %x, %x : f32
    }
  }
  affine.for %i = 0 to 10 {
    affine.for %j = 0 to affine_map<(d0) -> (d0 + 1)>(%i) {
      %y = arith.addf %x, %x : f32
    }
  }
  return
}


// -----

// The same on scf.for, the bound an arith.addi of the outer induction
// variable: 10*11/2 = 55 FLOPs; the addi only bounds a loop: address
// arithmetic, 0 int OPs (docs/units.md).
// CHECK-LABEL: func.func @scf_triangular
// CHECK: {{^ *}}} {
// CHECK-SAME: cost.flops = 55 : i64
// CHECK-SAME: cost.int_ops = 0 : i64
// CHECK: {{^ *}}} {
// CHECK-SAME: cost.flops = 55 : i64
// CHECK-SAME: cost.int_ops = 0 : i64
func.func @scf_triangular(%x: f32) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c10 = arith.constant 10 : index
  scf.for %i = %c0 to %c10 step %c1 {
    %i1 = arith.addi %i, %c1 : index
    scf.for %j = %c0 to %i1 step %c1 {
      %y = arith.mulf %x, %x : f32
    }
  }
  return
}


// -----

// Bound maps of several results: lower max(2, 5) = 5, upper min(20, 13) =
// 13: 8 iterations.
// Dependent: i in {0, 6, 12, 18}; j from max(i - 2, 0) to
// min(i + 6, 17, 2i + 1): [0, 1) 1, [4, 12) 8, [10, 17) 7, [16, 17) 1:
// 1 + 8 + 7 + 1 = 17.
// affine.parallel inside a tile loop: i0 in {0, 4, 8}, i in
// [i0, min(i0 + 4, 10)): 4 + 4 + 2 = 10, times j in [0, 3): 30.
// CHECK-LABEL: func.func @min_max_maps
// CHECK: {{^ *}}} {
// CHECK-SAME: cost.flops = 8 : i64
// CHECK: {{^ *}}} {
// CHECK-SAME: cost.flops = 17 : i64
// CHECK: {{^ *}}} {
// CHECK-SAME: cost.flops = 17 : i64
// CHECK: {{^ *}}} {
// CHECK-SAME: cost.flops = 30 : i64
// CHECK: {{^ *}}} {
// CHECK-SAME: cost.flops = 30 : i64
func.func @min_max_maps(%x: f32) {
  affine.for %i = max affine_map<() -> (2, 5)>() to min affine_map<() -> (20, 13)>() {
    %y = arith.addf %x, %x : f32
  }
  affine.for %i = 0 to 20 step 6 {
    affine.for %j = max affine_map<(d0) -> (d0 - 2, 0)>(%i) to min affine_map<(d0) -> (d0 + 6, 17, 2 * d0 + 1)>(%i) {
      %y = arith.addf %x, %x : f32
    }
  }
  affine.for %i0 = 0 to 10 step 4 {
    affine.parallel (%i, %j) = (%i0, 0) to (min(%i0 + 4, 10), 3) {
      %y = arith.addf %x, %x : f32
    }
  }
  return
}


// -----

// scf.for over an affine.min size (tiling on tensors): i in {0, 7, ..., 98}
// (15 tiles), j in [0, min(7, 100 - i)): 14 full tiles of 7 + one of 2 =
// 100 mulf; each iteration extracts (4 B read) and inserts (4 B written) one
// element: 400 B each way. The slices' sizes are the affine.min of the
// outer induction variable, not a loop bound: they are unresolved, listed
// with the reason (not counted as 0).
// CHECK-LABEL: func.func @scf_min_sizes
// CHECK: tensor.extract_slice
// CHECK-SAME: cost.unresolved = "the size result #0 of affine.min
// CHECK: {{^ *}}} {
// CHECK-SAME: cost.bytes_read = 400 : i64
// CHECK-SAME: cost.bytes_written = 400 : i64
// CHECK-SAME: cost.flops = 100 : i64
// CHECK: tensor.insert_slice
// CHECK-SAME: cost.unresolved =
// CHECK: {{^ *}}} {
// CHECK-SAME: cost.flops = 100 : i64
func.func @scf_min_sizes(%t: tensor<100xf32>) -> tensor<100xf32> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c7 = arith.constant 7 : index
  %c100 = arith.constant 100 : index
  %r = scf.for %i = %c0 to %c100 step %c7 iter_args(%acc = %t) -> tensor<100xf32> {
    %sz = affine.min affine_map<(d0) -> (7, 100 - d0)>(%i)
    %s = tensor.extract_slice %acc[%i] [%sz] [1] : tensor<100xf32> to tensor<?xf32>
    %s2 = scf.for %j = %c0 to %sz step %c1 iter_args(%a = %s) -> tensor<?xf32> {
      %v = tensor.extract %a[%j] : tensor<?xf32>
      %w = arith.mulf %v, %v : f32
      %u = tensor.insert %w into %a[%j] : tensor<?xf32>
      scf.yield %u : tensor<?xf32>
    }
    %u = tensor.insert_slice %s2 into %acc[%i] [%sz] [1] : tensor<?xf32> into tensor<100xf32>
    scf.yield %u : tensor<100xf32>
  }
  return %r : tensor<100xf32>
}


// -----

// Past the enumeration budget: counting k in [0, j) for j in [0, i), i in
// [0, 3000) enumerates 3000 values of i and sum_{i<3000} i = 4498500 of j,
// more than 2^22 = 4194304: unresolved, never a wrong number.
// CHECK-LABEL: func.func @budget
// CHECK: {{^ *}}} {
// CHECK-SAME: cost.unresolved = "counting the iteration domains of this function's loop nests enumerates more than 4194304 points of their outer dimensions; one iteration costs 1 FLOPs
func.func @budget(%x: f32) {
  affine.for %i = 0 to 3000 {
    affine.for %j = 0 to affine_map<(d0) -> (d0)>(%i) {
      affine.for %k = 0 to affine_map<(d0) -> (d0)>(%j) {
        %y = arith.addf %x, %x : f32
      }
    }
  }
  return
}


// -----

// scf.for unsigned on i8 from 0 to 255 (0xFF, -1 if read signed): 255
// iterations.
// CHECK-LABEL: func.func @unsigned
// CHECK: {{^ *}}} {
// CHECK-SAME: cost.flops = 255 : i64
func.func @unsigned(%x: f32) {
  %c0 = arith.constant 0 : i8
  %c1 = arith.constant 1 : i8
  %c255 = arith.constant 255 : i8
  scf.for unsigned %i = %c0 to %c255 step %c1 : i8 {
    %y = arith.addf %x, %x : f32
  }
  return
}
