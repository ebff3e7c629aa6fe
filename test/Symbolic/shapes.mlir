// RUN: cost-opt --cost-annotate -split-input-file %s | FileCheck %s
//
// A dynamic dimension is a symbol named after where it enters (an argument
// and a dimension, or the name cost.dim_names gives); every count that
// depends on one is an exact polynomial (docs/symbolic.md).

// ?x768 by 768x3072: FLOPs = N*3072*768*2 = 4718592*N, MACs 2359296*N.
// Bytes read: A N*768*4 = 3072*N, B 768*3072*4 = 9437184, C 3072*4*N =
// 12288*N: 15360*N + 9437184; written 12288*N.
// CHECK-LABEL: func.func @named
// CHECK: linalg.matmul
// CHECK-SAME: cost.bytes_read = "15360*N + 9437184"
// CHECK-SAME: cost.bytes_written = "12288*N"
// CHECK-SAME: cost.flops = "4718592*N"
// CHECK-SAME: cost.int_ops = 0 : i64
// CHECK-SAME: cost.macs = "2359296*N"
func.func @named(%a: tensor<?x768xf32> {cost.dim_names = ["N", ""]}, %b: tensor<768x3072xf32>) -> tensor<?x3072xf32> {
  %c0 = arith.constant 0 : index
  %zero = arith.constant 0.0 : f32
  %n = tensor.dim %a, %c0 : tensor<?x768xf32>
  %e = tensor.empty(%n) : tensor<?x3072xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<?x3072xf32>) -> tensor<?x3072xf32>
  %0 = linalg.matmul ins(%a, %b : tensor<?x768xf32>, tensor<768x3072xf32>) outs(%f : tensor<?x3072xf32>) -> tensor<?x3072xf32>
  return %0 : tensor<?x3072xf32>
}

// -----

// Without a name: <function>.arg<i>.d<j>. Two symbols multiply: an
// elementwise add of ?x? is d0*d1 FLOPs, and 3 f32 tensors of d0*d1
// elements move 4*d0*d1 bytes each (2 read, 1 written).
// CHECK-LABEL: func.func @unnamed
// CHECK: arith.addf
// CHECK-SAME: cost.bytes_read = "8*unnamed.arg0.d0*unnamed.arg0.d1"
// CHECK-SAME: cost.bytes_written = "4*unnamed.arg0.d0*unnamed.arg0.d1"
// CHECK-SAME: cost.flops = "unnamed.arg0.d0*unnamed.arg0.d1"
func.func @unnamed(%x: tensor<?x?xf32>) -> tensor<?x?xf32> {
  %0 = arith.addf %x, %x : tensor<?x?xf32>
  return %0 : tensor<?x?xf32>
}

// -----

// Sizes computed from symbols: an index argument S, affine.apply, arith on
// index values, collapse and slice. exp on tensor.empty(S*2 + 1) x
// tensor.empty(4*S): (2*S + 1)*(4*S) = 8*S^2 + 4*S transcendentals.
// CHECK-LABEL: func.func @derived
// CHECK: math.exp {{.*}}cost.transcendentals = "8*S^2 + 4*S"
// Collapse of [a*b] with a = 2*S + 1, b = 4*S: the same count.
// CHECK: math.exp {{.*}}cost.transcendentals = "8*S^2 + 4*S"
// extract_slice of S - 1 elements: S - 1 transcendentals.
// CHECK: math.exp {{.*}}cost.transcendentals = "S - 1"
func.func @derived(%s: index {cost.dim_names = "S"}) -> (tensor<?x?xf32>, tensor<?xf32>, tensor<?xf32>) {
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %rows = affine.apply affine_map<()[s0] -> (s0 * 2 + 1)>()[%s]
  %cols = arith.muli %s, %c4 : index
  %e = tensor.empty(%rows, %cols) : tensor<?x?xf32>
  %0 = math.exp %e : tensor<?x?xf32>
  %flat = tensor.collapse_shape %e [[0, 1]] : tensor<?x?xf32> into tensor<?xf32>
  %1 = math.exp %flat : tensor<?xf32>
  %len = arith.subi %s, %c1 : index
  %slice = tensor.extract_slice %flat[0] [%len] [1] : tensor<?xf32> to tensor<?xf32>
  %2 = math.exp %slice : tensor<?xf32>
  return %0, %1, %2 : tensor<?x?xf32>, tensor<?xf32>, tensor<?xf32>
}

// -----

// A quotient that does not divide exactly stays a factor of its own: a
// strided window's output size floor((H - 3)/2) + 1.
// CHECK-LABEL: func.func @quotient
// CHECK: math.exp {{.*}}cost.transcendentals = "floor((H - 3)/2) + 1"
// An exact one divides: (4*H + 8)/4 = H + 2.
// CHECK: math.exp {{.*}}cost.transcendentals = "H + 2"
func.func @quotient(%h: index {cost.dim_names = "H"}) -> (tensor<?xf32>, tensor<?xf32>) {
  %out = affine.apply affine_map<()[s0] -> ((s0 - 3) floordiv 2 + 1)>()[%h]
  %e = tensor.empty(%out) : tensor<?xf32>
  %0 = math.exp %e : tensor<?xf32>
  %exact = affine.apply affine_map<()[s0] -> ((s0 * 4 + 8) floordiv 4)>()[%h]
  %f = tensor.empty(%exact) : tensor<?xf32>
  %1 = math.exp %f : tensor<?xf32>
  return %0, %1 : tensor<?xf32>, tensor<?xf32>
}

// -----

// A size that cannot be traced to an argument is unresolved, with where it
// came from; never 0.
// CHECK-LABEL: func.func @untraceable
// CHECK: math.exp {{.*}}cost.unresolved = "the size result #0 of tensor.extract at {{.*}}shapes.mlir:[[@LINE+3]]:8: no rule traces a size through tensor.extract"
func.func @untraceable(%sizes: tensor<1xindex>) -> tensor<?xf32> {
  %c0 = arith.constant 0 : index
  %n = tensor.extract %sizes[%c0] : tensor<1xindex>
  %e = tensor.empty(%n) : tensor<?xf32>
  %0 = math.exp %e : tensor<?xf32>
  return %0 : tensor<?xf32>
}

// -----

// Calls: the callee's formula, its symbols replaced by what each call
// passes. @scale costs scale.arg0.d0 FLOPs (a multiply per element).
// CHECK-LABEL: func.func @scale
// CHECK: arith.mulf {{.*}}cost.flops = "scale.arg0.d0"
func.func @scale(%x: tensor<?xf32>) -> tensor<?xf32> {
  %0 = arith.mulf %x, %x : tensor<?xf32>
  return %0 : tensor<?xf32>
}
// A call with 8 elements costs 8; one with B elements, B; one with 2*B
// elements (a concatenation of two B tensors), 2*B.
// CHECK-LABEL: func.func @caller
// CHECK: call @scale{{.*}}cost.flops = 8 : i64
// CHECK: call @scale{{.*}}cost.flops = "B"
// CHECK: call @scale{{.*}}cost.flops = "2*B"
func.func @caller(%s: tensor<8xf32>, %d: tensor<?xf32> {cost.dim_names = ["B"]}) {
  %c = tensor.cast %s : tensor<8xf32> to tensor<?xf32>
  %0 = func.call @scale(%c) : (tensor<?xf32>) -> tensor<?xf32>
  %1 = func.call @scale(%d) : (tensor<?xf32>) -> tensor<?xf32>
  %cat = tensor.concat dim(0) %d, %d : (tensor<?xf32>, tensor<?xf32>) -> tensor<?xf32>
  %2 = func.call @scale(%cat) : (tensor<?xf32>) -> tensor<?xf32>
  return
}

// -----

// Branches with formulas: the larger counts when the coefficients show it
// (then: N + 8 FLOPs >= else: N FLOPs for every N >= 0; then reads x twice,
// 2*4*N B, and y twice, 2*8*4 = 64 B) ...
// CHECK-LABEL: func.func @branches
// CHECK: scf.if
// CHECK: {{^ *}}} {
// CHECK-SAME: cost.branches = [{{.*}}flops = "N + 8"{{.*}}flops = "N"{{.*}}]
// CHECK-SAME: cost.bytes_read = "8*N + 64"
// CHECK-SAME: cost.flops = "N + 8"
// ... and is unresolved when it depends on N (N FLOPs against 64).
// CHECK: scf.if
// CHECK: } {cost.unresolved = "which branch costs more depends on the values of shape symbols (bind them with --bind)"}
func.func @branches(%x: tensor<?xf32> {cost.dim_names = ["N"]}, %y: tensor<8xf32>, %z: tensor<64xf32>, %p: i1) {
  scf.if %p {
    %0 = arith.addf %x, %x : tensor<?xf32>
    %1 = arith.addf %y, %y : tensor<8xf32>
  } else {
    %0 = arith.addf %x, %x : tensor<?xf32>
  }
  scf.if %p {
    %0 = arith.addf %x, %x : tensor<?xf32>
  } else {
    %0 = arith.addf %z, %z : tensor<64xf32>
  }
  return
}

// -----

// Sizes that are negative or that a cast changes are unresolved, not
// counted: a -5 size; an i8 200 read unsigned is 200 (index_castui), an
// i64 300 truncated to i8 is not 300.
// CHECK-LABEL: func.func @casts
// CHECK: math.exp {{.*}}cost.unresolved = "dimension 0 has the negative size -5"
// CHECK: math.exp {{.*}}cost.transcendentals = 200 : i64
// CHECK: math.exp {{.*}}cost.unresolved = "the size result #0 of arith.trunci at {{.*}}: a truncation that changes the value"
func.func @casts() {
  %m5 = arith.constant -5 : index
  %e = tensor.empty(%m5) : tensor<?xf32>
  %0 = math.exp %e : tensor<?xf32>
  %b = arith.constant 200 : i8
  %u = arith.index_castui %b : i8 to index
  %f = tensor.empty(%u) : tensor<?xf32>
  %1 = math.exp %f : tensor<?xf32>
  %w = arith.constant 300 : i64
  %t = arith.trunci %w : i64 to i8
  %i = arith.index_cast %t : i8 to index
  %g = tensor.empty(%i) : tensor<?xf32>
  %2 = math.exp %g : tensor<?xf32>
  return
}
