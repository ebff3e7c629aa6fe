// Vector lane efficiency: vector<8xf32> along a dimension of 100 runs 13
// iterations of 8 lanes, 104 lanes per row: the last 4 lie past the end of
// the buffers. The counts are those of the lanes executed; the report gives
// the padding lanes, and the counts spent on them, apart: the vector counts
// less the padding are the scalar loops' exactly.
// RUN: cost-opt --flops --format=json --target=none %s | FileCheck %s --check-prefix=SCALAR
// RUN: %mlir_opt_bin --affine-super-vectorize=virtual-vector-size=8 %s -o %t.vec.mlir
// RUN: cost-opt --flops --format=json --target=none %t.vec.mlir | FileCheck %s --check-prefixes=VECTOR,PADDED
// RUN: %mlir_opt_bin --lower-affine %t.vec.mlir -o %t.scf.mlir
// RUN: cost-opt --flops --format=json --target=none %t.scf.mlir | FileCheck %s --check-prefixes=VECTOR,PADDED
// In a control-flow graph the loop is read from its header (constant
// start, compare with a constant bound, constant increment on the latch):
// RUN: %mlir_opt_bin --convert-scf-to-cf %t.scf.mlir -o %t.cf.mlir
// RUN: cost-opt --flops --format=json --target=none %t.cf.mlir | FileCheck %s --check-prefixes=VECTOR,PADDED
// RUN: FileCheck %s --check-prefix=GRAPH < %t.cf.mlir
// GRAPH: cf.cond_br
// GRAPH-NOT: scf.for
// RUN: cost-opt --flops --target=none %t.scf.mlir | FileCheck %s --check-prefix=TEXT
// RUN: FileCheck %s --check-prefix=VEC-IR < %t.vec.mlir
// VEC-IR: affine.for %{{.*}} = 0 to 100 step 8
// VEC-IR: vector.transfer_read {{.*}} : memref<64x100xf32>, vector<8xf32>

// Scalar: 64*100 = 6400 adds; read 2*6400*4 = 51200 B, written 25600 B.
// SCALAR: "name": "add",
// SCALAR-NEXT: "flops": 6400,
// SCALAR: "bytes_read": 51200,
// SCALAR-NEXT: "bytes_written": 25600,
// SCALAR-NOT: "vector_padding"
// Vector: 64 rows x 13 iterations x 8 lanes = 6656 lanes: 6656 FLOPs, read
// 2*6656*4 = 53248 B, written 26624 B.
// VECTOR: "name": "add",
// VECTOR-NEXT: "flops": 6656,
// VECTOR: "bytes_read": 53248,
// VECTOR-NEXT: "bytes_written": 26624,
// Padding: 64 rows x 4 lanes = 256 lanes for each of the two reads, the add
// and the write: 1024 lanes; on them 256 FLOPs (6656 - 256 = 6400), read
// 2*256*4 = 2048 B (53248 - 2048 = 51200), written 1024 B (26624 - 1024 =
// 25600).
// PADDED: "vector_padding": {
// PADDED-NEXT: "lanes": 1024,
// PADDED-NEXT: "flops": 256,
// PADDED-NEXT: "macs": 0,
// PADDED-NEXT: "int_ops": 0,
// PADDED-NEXT: "transcendentals": 0,
// PADDED-NEXT: "bytes_read": 2048,
// PADDED-NEXT: "bytes_written": 1024,
// PADDED-NEXT: "ops": [
// PADDED-NEXT: {
// PADDED-NEXT: "op": "vector.transfer_read",
// PADDED-NEXT: "loc":
// PADDED-NEXT: "lanes": 256
// PADDED: "op": "vector.transfer_read",
// PADDED: "op": "arith.addf",
// PADDED-NEXT: "loc":
// PADDED-NEXT: "lanes": 256
// PADDED: "op": "vector.transfer_write",
// PADDED-NEXT: "loc":
// PADDED-NEXT: "lanes": 256
// PADDED: "unknown": []
// TEXT: note: @add: 1024 vector lanes outside the data (masked off, or past the end of a buffer); the counts include, on them: flops 256 bytes_read 2048 bytes_written 1024
func.func @add(%a: memref<64x100xf32>, %b: memref<64x100xf32>, %c: memref<64x100xf32>) {
  affine.for %i = 0 to 64 {
    affine.for %j = 0 to 100 {
      %x = affine.load %a[%i, %j] : memref<64x100xf32>
      %y = affine.load %b[%i, %j] : memref<64x100xf32>
      %s = arith.addf %x, %y : f32
      affine.store %s, %c[%i, %j] : memref<64x100xf32>
    }
  }
  return
}
