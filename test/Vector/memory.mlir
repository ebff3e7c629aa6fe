// Vector memory ops move the bytes of the lanes they read or write: every
// lane, those a mask enables, one element along a broadcast dimension of a
// transfer. Rearranging lanes in registers is free.
// RUN: cost-opt --cost-annotate='target=none' %s | FileCheck %s
// RUN: cost-opt --flops --format=json --target=none %s | FileCheck %s --check-prefix=JSON
// Nothing is left uncounted, ub.poison included:
// JSON: "uncounted": [],
// JSON-NEXT: "unresolved": [],

// CHECK-LABEL: func.func @memory
func.func @memory(%m: memref<64x100xf32>, %i: index, %idx: vector<16xindex>, %pass: vector<16xf32>, %v: vector<4x8xf32>) -> (vector<4x8xf32>, vector<16xf32>) {
  %p = ub.poison : f32
  %t = arith.constant dense<true> : vector<16xi1>
  %c5 = arith.constant 5 : index
  %m5 = vector.create_mask %c5 : vector<16xi1>
  // A 4x8 transfer whose first dimension broadcasts: 8 elements read,
  // 8*4 = 32 bytes.
  // CHECK: vector.transfer_read
  // CHECK-SAME: cost.bytes_read = 32 : i64
  // CHECK-SAME: cost.bytes_written = 0 : i64
  // CHECK-SAME: cost.flops = 0 : i64
  %r = vector.transfer_read %m[%i, %i], %p {permutation_map = affine_map<(d0, d1) -> (0, d1)>} : memref<64x100xf32>, vector<4x8xf32>
  // Without broadcast: 4*8*4 = 128 bytes read.
  // CHECK: vector.transfer_read
  // CHECK-SAME: cost.bytes_read = 128 : i64
  %r2 = vector.transfer_read %m[%i, %i], %p : memref<64x100xf32>, vector<4x8xf32>
  // Masked by its own mask (5 of 16 lanes): 5*4 = 20 bytes.
  // CHECK: vector.transfer_read
  // CHECK-SAME: cost.bytes_read = 20 : i64
  %r3 = vector.transfer_read %m[%i, %i], %p, %m5 : memref<64x100xf32>, vector<16xf32>
  // Under vector.mask: the same.
  // CHECK: vector.mask
  // CHECK-SAME: cost.bytes_read = 0 : i64
  // CHECK-SAME: cost.bytes_written = 20 : i64
  vector.mask %m5 { vector.transfer_write %r3, %m[%i, %i] : vector<16xf32>, memref<64x100xf32> } : vector<16xi1>
  // An all-true gather: 16*4 = 64 bytes.
  // CHECK: vector.gather
  // CHECK-SAME: cost.bytes_read = 64 : i64
  %g = vector.gather %m[%i, %i] [%idx], %t, %pass : memref<64x100xf32>, vector<16xindex>, vector<16xi1>, vector<16xf32> into vector<16xf32>
  // CHECK: vector.scatter
  // CHECK-SAME: cost.bytes_written = 20 : i64
  vector.scatter %m[%i, %i] [%idx], %m5, %g : memref<64x100xf32>, vector<16xindex>, vector<16xi1>, vector<16xf32>
  // 5 enabled lanes each: 20 bytes.
  // CHECK: vector.maskedload
  // CHECK-SAME: cost.bytes_read = 20 : i64
  %l = vector.maskedload %m[%i, %i], %m5, %pass : memref<64x100xf32>, vector<16xi1>, vector<16xf32> into vector<16xf32>
  // CHECK: vector.maskedstore
  // CHECK-SAME: cost.bytes_written = 20 : i64
  vector.maskedstore %m[%i, %i], %m5, %l : memref<64x100xf32>, vector<16xi1>, vector<16xf32>
  // CHECK: vector.expandload
  // CHECK-SAME: cost.bytes_read = 20 : i64
  %e = vector.expandload %m[%i, %i], %m5, %pass : memref<64x100xf32>, vector<16xi1>, vector<16xf32> into vector<16xf32>
  // CHECK: vector.compressstore
  // CHECK-SAME: cost.bytes_written = 20 : i64
  vector.compressstore %m[%i, %i], %m5, %e : memref<64x100xf32>, vector<16xi1>, vector<16xf32>
  // Whole vectors: 4*8*4 = 128 bytes.
  // CHECK: vector.load
  // CHECK-SAME: cost.bytes_read = 128 : i64
  %ld = vector.load %m[%i, %i] : memref<64x100xf32>, vector<4x8xf32>
  // CHECK: vector.store
  // CHECK-SAME: cost.bytes_written = 128 : i64
  vector.store %ld, %m[%i, %i] : memref<64x100xf32>, vector<4x8xf32>
  // Lanes rearranged in registers: no bytes, no operations (an op that
  // costs nothing and touches no memory carries no attributes).
  // CHECK: vector.broadcast
  // CHECK-NOT: cost.
  // CHECK-SAME: vector<4x8xf32>
  %b = vector.broadcast %p : f32 to vector<4x8xf32>
  // CHECK-NEXT: vector.transpose
  // CHECK-NOT: cost.
  // CHECK-SAME: vector<8x4xf32>
  %tr = vector.transpose %b, [1, 0] : vector<4x8xf32> to vector<8x4xf32>
  // CHECK-NEXT: vector.shape_cast
  // CHECK-NOT: cost.
  // CHECK-SAME: vector<32xf32>
  %s = vector.shape_cast %tr : vector<8x4xf32> to vector<32xf32>
  // CHECK-NEXT: vector.extract
  // CHECK-NOT: cost.
  // CHECK-SAME: vector<32xf32>
  %x = vector.extract %s[3] : f32 from vector<32xf32>
  // CHECK-NEXT: vector.insert
  // CHECK-NOT: cost.
  // CHECK-SAME: vector<4x8xf32>
  %y = vector.insert %x, %v [1, 2] : f32 into vector<4x8xf32>
  return %y, %g : vector<4x8xf32>, vector<16xf32>
}
