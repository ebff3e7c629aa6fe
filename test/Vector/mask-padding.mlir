// Lanes a mask turns off are not executed: the counts leave them out, and
// the report gives them as padding lanes with no work on them.
// RUN: cost-opt --flops --format=json --target=none %s | FileCheck %s

#mk = affine_map<(m, n, k) -> (m, k)>
#kn = affine_map<(m, n, k) -> (k, n)>
#mn = affine_map<(m, n, k) -> (m, n)>
func.func @masked(%a: vector<4x8xf32>, %b: vector<8x16xf32>, %c: vector<4x16xf32>, %m: memref<100xf32>) -> vector<4x16xf32> {
  %c0 = arith.constant 0 : index
  %c3 = arith.constant 3 : index
  %p = arith.constant 0.0 : f32
  // 3 x 10 x 6 = 180 of the 4 x 16 x 8 = 512 points: 332 off.
  %mask = vector.constant_mask [3, 10, 6] : vector<4x16x8xi1>
  %0 = vector.mask %mask { vector.contract {indexing_maps = [#mk, #kn, #mn], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a, %b, %c : vector<4x8xf32>, vector<8x16xf32> into vector<4x16xf32> } : vector<4x16x8xi1> -> vector<4x16xf32>
  // 3 of 16 lanes read: 13 off; 12 bytes.
  %m3 = vector.create_mask %c3 : vector<16xi1>
  %r = vector.transfer_read %m[%c0], %p, %m3 : memref<100xf32>, vector<16xf32>
  vector.transfer_write %r, %m[%c0] {in_bounds = [true]} : vector<16xf32>, memref<100xf32>
  return %0 : vector<4x16xf32>
}
// FLOPs 2*180 = 360, MACs 180; read 3*4 = 12 B, written 16*4 = 64 B.
// CHECK: "name": "masked",
// CHECK-NEXT: "flops": 360,
// CHECK-NEXT: "macs": 180,
// CHECK: "bytes_read": 12,
// CHECK-NEXT: "bytes_written": 64,
// Padding: 332 + 13 = 345 lanes off, nothing counted on them.
// CHECK: "vector_padding": {
// CHECK-NEXT: "lanes": 345,
// CHECK-NEXT: "flops": 0,
// CHECK-NEXT: "macs": 0,
// CHECK: "ops": [
// CHECK-NEXT: {
// CHECK-NEXT: "op": "vector.mask",
// CHECK-NEXT: "loc":
// CHECK-NEXT: "lanes": 332
// CHECK: "op": "vector.transfer_read",
// CHECK-NEXT: "loc":
// CHECK-NEXT: "lanes": 13
// CHECK: "unknown": []
