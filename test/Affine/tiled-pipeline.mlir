// The 64x96x40 matmul + bias of test/ControlFlow/lowering-pipeline.mlir,
// tiled (issue 18's tiling branch): --affine-loop-tile gives loops whose
// bounds are affine.min of the tile loop's induction variable, with partial
// tiles when the tile size does not divide a dimension. The counts are
// those of the untiled loops, at the affine and scf stages, for a tile size
// that divides every dimension (8) and one that divides none (7)
// (docs/ops.md, "Affine counting").
// RUN: %mlir_opt_bin --one-shot-bufferize='bufferize-function-boundaries function-boundary-type-conversion=identity-layout-map' %s | %mlir_opt_bin --convert-linalg-to-affine-loops -o %t.affine.mlir
// RUN: %mlir_opt_bin --affine-loop-tile=tile-size=7 %t.affine.mlir -o %t.tile7.mlir
// RUN: FileCheck %s --check-prefix=TILED < %t.tile7.mlir
// RUN: cost-opt --flops --format=json --target=none %t.tile7.mlir | FileCheck %s
// RUN: %mlir_opt_bin --lower-affine %t.tile7.mlir -o %t.tile7.scf.mlir
// RUN: cost-opt --flops --format=json --target=none %t.tile7.scf.mlir | FileCheck %s
// RUN: %mlir_opt_bin --affine-loop-tile=tile-size=8 %t.affine.mlir -o %t.tile8.mlir
// RUN: cost-opt --flops --format=json --target=none %t.tile8.mlir | FileCheck %s
// RUN: %mlir_opt_bin --lower-affine %t.tile8.mlir -o %t.tile8.scf.mlir
// RUN: cost-opt --flops --format=json --target=none %t.tile8.scf.mlir | FileCheck %s
//
// The cf stage (--convert-scf-to-cf) of the tiled loops is not counted yet:
// the graph's loops whose bounds are block arguments of outer loops are
// unresolved, listed with the reason, never counted silently.
// RUN: %mlir_opt_bin --convert-scf-to-cf %t.tile7.scf.mlir -o %t.tile7.cf.mlir
// RUN: cost-opt --flops --format=json --target=none --cost-diagnostics=none %t.tile7.cf.mlir | FileCheck %s --check-prefix=CF

// The tiled form really has partial tiles: min(d0 + 7, 64).
// TILED: affine_map<(d0) -> (d0 + 7, 64)>
// TILED: affine.for %{{.*}} = 0 to 64 step 7

// Tile 7: i0 in {0, 7, ..., 63} (10 tiles), i in [i0, min(i0 + 7, 64)):
// 9 full tiles of 7 + one of 1 = 64 points; j: 13*7 + 5 = 96;
// k: 5*7 + 5 = 40. The groups (i0, i), (j0, j), (k0, k) are independent:
// the matmul body runs 64*96*40 = 245760 times, the fill and add bodies
// 64*96 = 6144 times. Tile 8: 8*8 = 64, 12*8 = 96, 5*8 = 40, the same.
// MACs = 245760; FLOPs = 2*245760 + 6144 (bias add) = 497664.
// CHECK: "name": "mm",
// CHECK-NEXT: "flops": 497664,
// CHECK-NEXT: "macs": 245760,
// Bytes as the untiled loops: matmul iterations read 12 B, write 4 B; the
// add reads 8 B, writes 4 B; the fill writes 4 B:
// read 245760*12 + 6144*8 = 2949120 + 49152 = 2998272;
// written 6144*4 + 245760*4 + 6144*4 = 24576 + 983040 + 24576 = 1032192.
// CHECK: "bytes_read": 2998272,
// CHECK-NEXT: "bytes_written": 1032192,
// CHECK: "unresolved": [],

// CF: "name": "mm",
// CF: "unresolved": [
// CF-NEXT: {
// CF-NEXT: "op": "cf.cond_br",
// CF: "reason": "a loop of the control-flow graph whose trip count cannot be read from its header: a bound depends on the induction variable of an enclosing loop (block argument #0 of the enclosing loop header), as a tile's does; such nests are counted in their affine and scf forms (docs/ops.md, \"Affine counting\"), not yet in a control-flow graph; one iteration costs {{.*}}"
func.func @mm(%A: tensor<64x40xf32>, %B: tensor<40x96xf32>, %bias: tensor<64x96xf32>) -> tensor<64x96xf32> {
  %e = tensor.empty() : tensor<64x96xf32>
  %cst = arith.constant 0.0 : f32
  %z = linalg.fill ins(%cst : f32) outs(%e : tensor<64x96xf32>) -> tensor<64x96xf32>
  %m = linalg.matmul ins(%A, %B : tensor<64x40xf32>, tensor<40x96xf32>) outs(%z : tensor<64x96xf32>) -> tensor<64x96xf32>
  %r = linalg.add ins(%m, %bias : tensor<64x96xf32>, tensor<64x96xf32>) outs(%e : tensor<64x96xf32>) -> tensor<64x96xf32>
  return %r : tensor<64x96xf32>
}
