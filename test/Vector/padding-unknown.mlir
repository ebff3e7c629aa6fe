// Where the padding lanes cannot be computed, the report says so per op,
// with the reason, and never takes them as none; the counts are the lanes
// executed, as always.
// RUN: cost-opt --flops --format=json --target=none %s | FileCheck %s

func.func @dynamic(%m: memref<?xf32>, %n: index, %mask: vector<8xi1>) {
  %c0 = arith.constant 0 : index
  %c8 = arith.constant 8 : index
  %c96 = arith.constant 96 : index
  %p = arith.constant 0.0 : f32
  scf.for %i = %c0 to %c96 step %c8 {
    // The buffer's size is not known: 12 iterations x 8 lanes = 96 lanes
    // executed, 96*4 = 384 bytes, some of them maybe past its end.
    %v = vector.transfer_read %m[%i], %p : memref<?xf32>, vector<8xf32>
    // A mask computed from data: its enabled lanes are unknown (and the
    // op unresolved).
    vector.maskedstore %m[%i], %mask, %v : memref<?xf32>, vector<8xi1>, vector<8xf32>
  }
  return
}
// CHECK: "name": "dynamic",
// CHECK: "bytes_read": 384,
// CHECK: "unresolved": [
// CHECK-NEXT: {
// CHECK-NEXT: "op": "vector.maskedstore",
// CHECK-NEXT: "loc":
// CHECK-NEXT: "reason": "the lanes its mask enables are data (not a vector.create_mask, vector.constant_mask or splat constant)"
// CHECK: "vector_padding": {
// CHECK-NEXT: "lanes": 0,
// CHECK: "unknown": [
// CHECK-NEXT: {
// CHECK-NEXT: "op": "vector.transfer_read",
// CHECK-NEXT: "loc":
// CHECK-NEXT: "reason": "dimension 0 of the source is dynamic"
