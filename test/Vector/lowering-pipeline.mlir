// The counts of a matmul + bias are the same at every stage of the vector
// branch of issue 18's pipeline: linalg on tensors, bufferized, affine
// loops, vectorized by the affine super-vectorizer (vector<8xf32> along the
// 96 columns: no padding), scf loops and a control-flow graph. The scalar
// branch is test/ControlFlow/lowering-pipeline.mlir: the same FLOPs and
// MACs.
// RUN: cost-opt --flops --format=json --target=none %s | FileCheck %s --check-prefixes=CHECK,TENSOR
// RUN: %mlir_opt_bin --one-shot-bufferize='bufferize-function-boundaries function-boundary-type-conversion=identity-layout-map' %s -o %t.buf.mlir
// RUN: %mlir_opt_bin --convert-linalg-to-affine-loops %t.buf.mlir -o %t.affine.mlir
// RUN: %mlir_opt_bin --affine-super-vectorize=virtual-vector-size=8 %t.affine.mlir -o %t.vec.mlir
// RUN: cost-opt --flops --format=json --target=none %t.vec.mlir | FileCheck %s --check-prefixes=CHECK,VECTOR
// RUN: %mlir_opt_bin --lower-affine %t.vec.mlir -o %t.scf.mlir
// RUN: cost-opt --flops --format=json --target=none %t.scf.mlir | FileCheck %s --check-prefixes=CHECK,VECTOR
// RUN: %mlir_opt_bin --convert-scf-to-cf %t.scf.mlir -o %t.cf.mlir
// RUN: cost-opt --flops --format=json --target=none %t.cf.mlir | FileCheck %s --check-prefixes=CHECK,VECTOR
// The stages really are what they say: vector ops in loops, then in a graph.
// RUN: FileCheck %s --check-prefix=VEC-IR < %t.vec.mlir
// VEC-IR: affine.for
// VEC-IR: arith.mulf {{.*}} : vector<8xf32>
// VEC-IR: arith.addf {{.*}} : vector<8xf32>
// RUN: FileCheck %s --check-prefix=GRAPH < %t.cf.mlir
// GRAPH: cf.cond_br
// GRAPH: arith.mulf {{.*}} : vector<8xf32>
// GRAPH-NOT: scf.for

// MACs = M*N*K = 64*96*40 = 245760; FLOPs = 2*245760 (matmul) + 64*96 =
// 6144 (bias add) = 497664. Vectorized: (64*96/8)*40 = 30720 iterations
// of an 8-lane multiply feeding an 8-lane add into the accumulator that a
// transfer_read takes from and a transfer_write puts back: 8 MACs each,
// 30720*8 = 245760.
// CHECK: "name": "mm",
// CHECK-NEXT: "flops": 497664,
// CHECK-NEXT: "macs": 245760,
// CHECK-NEXT: "int_ops": 0,
// CHECK-NEXT: "transcendentals": 0,
// tensors: read 99328, written 73728 (test/ControlFlow/lowering-pipeline.mlir).
// TENSOR-NEXT: "bytes_read": 99328,
// TENSOR-NEXT: "bytes_written": 73728,
// vectors: per matmul iteration the A element broadcast to 8 lanes (4 B:
// one element read), 8 of B and 8 of C (32 + 32 B), 8 of C written (32 B):
// 30720 * 68 = 2088960 read, 30720 * 32 = 983040 written; the bias add
// reads 2 * 32 B and writes 32 B per 768 vectors: 49152, 24576; the fill
// writes 24576. Read 2088960 + 49152 = 2138112; written 24576 + 983040 +
// 24576 = 1032192 (the scalar loops read 2998272: the broadcast A element
// is read once per vector, not once per lane).
// VECTOR-NEXT: "bytes_read": 2138112,
// VECTOR-NEXT: "bytes_written": 1032192,
// CHECK: "uncounted": [],
// CHECK-NEXT: "unresolved": [],
func.func @mm(%A: tensor<64x40xf32>, %B: tensor<40x96xf32>, %bias: tensor<64x96xf32>) -> tensor<64x96xf32> {
  %e = tensor.empty() : tensor<64x96xf32>
  %cst = arith.constant 0.0 : f32
  %z = linalg.fill ins(%cst : f32) outs(%e : tensor<64x96xf32>) -> tensor<64x96xf32>
  %m = linalg.matmul ins(%A, %B : tensor<64x40xf32>, tensor<40x96xf32>) outs(%z : tensor<64x96xf32>) -> tensor<64x96xf32>
  %r = linalg.add ins(%m, %bias : tensor<64x96xf32>, tensor<64x96xf32>) outs(%e : tensor<64x96xf32>) -> tensor<64x96xf32>
  return %r : tensor<64x96xf32>
}
