// The counts of a matmul + bias are the same at every stage of MLIR's own
// lowering to scalar loops and unstructured control flow (the scalar branch
// of issue 18's pipeline): linalg on tensors, bufferized, affine loops, scf
// loops (lower-affine), and a control-flow graph (convert-scf-to-cf), whose
// loops are read from their headers and latches (docs/ops.md, "Control-flow
// graphs").
// RUN: cost-opt --flops --format=json --target=none %s | FileCheck %s --check-prefixes=CHECK,TENSOR
// RUN: %mlir_opt_bin --one-shot-bufferize='bufferize-function-boundaries function-boundary-type-conversion=identity-layout-map' %s -o %t.buf.mlir
// RUN: cost-opt --flops --format=json --target=none %t.buf.mlir | FileCheck %s --check-prefixes=CHECK,TENSOR
// RUN: %mlir_opt_bin --convert-linalg-to-affine-loops %t.buf.mlir -o %t.affine.mlir
// RUN: cost-opt --flops --format=json --target=none %t.affine.mlir | FileCheck %s --check-prefixes=CHECK,LOOPS
// RUN: %mlir_opt_bin --lower-affine %t.affine.mlir -o %t.scf.mlir
// RUN: cost-opt --flops --format=json --target=none %t.scf.mlir | FileCheck %s --check-prefixes=CHECK,LOOPS
// RUN: %mlir_opt_bin --convert-scf-to-cf %t.scf.mlir -o %t.cf.mlir
// RUN: cost-opt --flops --format=json --target=none %t.cf.mlir | FileCheck %s --check-prefixes=CHECK,LOOPS
// The graph form really is one: its loops are blocks and branches.
// RUN: FileCheck %s --check-prefix=GRAPH < %t.cf.mlir
// GRAPH: cf.cond_br
// GRAPH-NOT: scf.for

// MACs = M*N*K = 64*96*40 = 245760; FLOPs = 2*245760 (matmul)
// + 64*96 = 6144 (bias add) = 497664; no integer OP in any form: the loops'
// own compare and increment are their control, free in scf.for and in the
// graph alike.
// CHECK: "name": "mm",
// CHECK-NEXT: "flops": 497664,
// CHECK-NEXT: "macs": 245760,
// CHECK-NEXT: "int_ops": 0,
// CHECK-NEXT: "transcendentals": 0,
// Bytes differ by design between a tensor op (each operand once) and loops
// (every element access):
// tensors: read A 64*40*4 + B 40*96*4 + C 64*96*4 = 10240 + 15360 + 24576
//   = 50176 for the matmul, 2 * 24576 = 49152 for the add: 99328; written
//   24576 (fill) + 24576 (matmul) + 24576 (add) = 73728.
// TENSOR-NEXT: "bytes_read": 99328,
// TENSOR-NEXT: "bytes_written": 73728,
// loops: per matmul iteration load C, A, B (12 B) and store C (4 B):
//   245760 * 12 = 2949120 read, 983040 written; the bias add reads 8 B and
//   writes 4 B per element: 6144 * 8 = 49152, 24576; the fill writes 24576.
//   Read 2949120 + 49152 = 2998272; written 24576 + 983040 + 24576 = 1032192.
// LOOPS-NEXT: "bytes_read": 2998272,
// LOOPS-NEXT: "bytes_written": 1032192,
// CHECK: "unresolved": [],
func.func @mm(%A: tensor<64x40xf32>, %B: tensor<40x96xf32>, %bias: tensor<64x96xf32>) -> tensor<64x96xf32> {
  %e = tensor.empty() : tensor<64x96xf32>
  %cst = arith.constant 0.0 : f32
  %z = linalg.fill ins(%cst : f32) outs(%e : tensor<64x96xf32>) -> tensor<64x96xf32>
  %m = linalg.matmul ins(%A, %B : tensor<64x40xf32>, tensor<40x96xf32>) outs(%z : tensor<64x96xf32>) -> tensor<64x96xf32>
  %r = linalg.add ins(%m, %bias : tensor<64x96xf32>, tensor<64x96xf32>) outs(%e : tensor<64x96xf32>) -> tensor<64x96xf32>
  return %r : tensor<64x96xf32>
}
