// The linalg vectorizer with vector sizes larger than the matmul's (64 x
// 104 x 40 over 64 x 96 x 40): masked transfers and a masked reduction, but
// an unmasked multiply that computes the 8 padding columns too. The counts
// are the lanes executed; the padding is reported apart, and the counts
// less the padding's are the unvectorized form's (test/ControlFlow/
// lowering-pipeline.mlir: 497664 FLOPs, 245760 MACs, 99328 bytes read,
// 73728 written).
// RUN: %mlir_opt_bin --transform-preload-library=transform-library-paths=%S/Inputs/vectorize-matmul-masked.mlir --transform-interpreter %s -o %t.vec.mlir
// RUN: cost-opt --flops --format=json --target=none %t.vec.mlir | FileCheck %s
// RUN: FileCheck %s --check-prefix=IR < %t.vec.mlir
// IR: arith.mulf %{{.*}}, %{{.*}} : vector<64x104x40xf32>
// IR: vector.create_mask %{{.*}}, %{{.*}}, %{{.*}} : vector<64x104x40xi1>
// IR: vector.mask %{{.*}} { vector.multi_reduction <add>

// The multiply runs 64*104*40 = 266240 lanes (266240 FLOPs); the masked
// reduction 64*96*40 = 245760 adds of products (245760 FLOPs, 245760 MACs);
// the bias add 6144: 266240 + 245760 + 6144 = 518144.
// CHECK: "name": "mm",
// CHECK-NEXT: "flops": 518144,
// CHECK-NEXT: "macs": 245760,
// Bytes: A read once per (row, k), its columns a broadcast: 64*40*4 =
// 10240; B under its mask 40*96*4 = 15360; C under its mask 64*96*4 =
// 24576; the bias add reads 2*24576: 99328. Written: the fill 24576, C
// under its mask 24576, the add 24576: 73728.
// CHECK: "bytes_read": 99328,
// CHECK-NEXT: "bytes_written": 73728,
// CHECK: "unresolved": [],
// Padding lanes: the masks turn off 40*8 = 320 lanes of B, 64*8 = 512 of
// C read and 512 of C written, 64*8*40 = 20480 of the reduction (none of
// them executed); the multiply executes 64*8*40 = 20480 lanes on B's
// masked-off columns: 320 + 512 + 20480 + 20480 + 512 = 42304 lanes, and
// 20480 FLOPs on them. 518144 - 20480 = 497664.
// CHECK: "vector_padding": {
// CHECK-NEXT: "lanes": 42304,
// CHECK-NEXT: "flops": 20480,
// CHECK-NEXT: "macs": 0,
// CHECK-NEXT: "int_ops": 0,
// CHECK-NEXT: "transcendentals": 0,
// CHECK-NEXT: "bytes_read": 0,
// CHECK-NEXT: "bytes_written": 0,
// CHECK: "op": "arith.mulf",
// CHECK-NEXT: "loc":
// CHECK-NEXT: "lanes": 20480
// CHECK: "unknown": []
func.func @mm(%A: tensor<64x40xf32>, %B: tensor<40x96xf32>, %bias: tensor<64x96xf32>) -> tensor<64x96xf32> {
  %e = tensor.empty() : tensor<64x96xf32>
  %cst = arith.constant 0.0 : f32
  %z = linalg.fill ins(%cst : f32) outs(%e : tensor<64x96xf32>) -> tensor<64x96xf32>
  %m = linalg.matmul ins(%A, %B : tensor<64x40xf32>, tensor<40x96xf32>) outs(%z : tensor<64x96xf32>) -> tensor<64x96xf32>
  %r = linalg.add ins(%m, %bias : tensor<64x96xf32>, tensor<64x96xf32>) outs(%e : tensor<64x96xf32>) -> tensor<64x96xf32>
  return %r : tensor<64x96xf32>
}
