// vector.contract: its iteration domain read from its indexing maps, as a
// linalg op's; the add kind is a MAC per point, another combining kind a
// multiply and a combine; under vector.mask, the points the mask enables.
// RUN: cost-opt --cost-annotate='target=none' -split-input-file %s | FileCheck %s
// RUN: cost-opt --cost-annotate='target=none convention=exact' -split-input-file %s | FileCheck %s --check-prefix=EXACT

#mk = affine_map<(m, n, k) -> (m, k)>
#kn = affine_map<(m, n, k) -> (k, n)>
#mn = affine_map<(m, n, k) -> (m, n)>
// CHECK-LABEL: func.func @matmul
// EXACT-LABEL: func.func @matmul
func.func @matmul(%a: vector<4x8xf32>, %b: vector<8x16xf32>, %c: vector<4x16xf32>) -> vector<4x16xf32> {
  // M=4, N=16, K=8: MACs = 4*16*8 = 512; FLOPs = 2*512 = 1024; registers:
  // no bytes.
  // CHECK: vector.contract
  // CHECK-SAME: cost.bytes_read = 0 : i64
  // CHECK-SAME: cost.bytes_written = 0 : i64
  // CHECK-SAME: cost.flops = 1024 : i64
  // CHECK-SAME: cost.int_ops = 0 : i64
  // CHECK-SAME: cost.macs = 512 : i64
  // exact: the first add into each of the 4*16 = 64 outputs is not
  // counted: 1024 - 64 = 960.
  // EXACT: vector.contract
  // EXACT-SAME: cost.flops = 960 : i64
  // EXACT-SAME: cost.macs = 512 : i64
  %0 = vector.contract {indexing_maps = [#mk, #kn, #mn], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a, %b, %c : vector<4x8xf32>, vector<8x16xf32> into vector<4x16xf32>
  return %0 : vector<4x16xf32>
}

// -----

#mk = affine_map<(m, n, k) -> (m, k)>
#kn = affine_map<(m, n, k) -> (k, n)>
#mn = affine_map<(m, n, k) -> (m, n)>
// CHECK-LABEL: func.func @max_kind
// EXACT-LABEL: func.func @max_kind
func.func @max_kind(%a: vector<4x8xi32>, %b: vector<8x16xi32>, %c: vector<4x16xi32>) -> vector<4x16xi32> {
  // maxsi: a multiply and a max per point, integers, no MAC:
  // 2*4*16*8 = 1024 int OPs.
  // CHECK: vector.contract
  // CHECK-SAME: cost.flops = 0 : i64
  // CHECK-SAME: cost.int_ops = 1024 : i64
  // CHECK-SAME: cost.macs = 0 : i64
  // exact: the first max into each output is an assignment: 1024 - 64 = 960.
  // EXACT: vector.contract
  // EXACT-SAME: cost.int_ops = 960 : i64
  %0 = vector.contract {indexing_maps = [#mk, #kn, #mn], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<maxsi>} %a, %b, %c : vector<4x8xi32>, vector<8x16xi32> into vector<4x16xi32>
  return %0 : vector<4x16xi32>
}

// -----

#k = affine_map<(k) -> (k)>
#s = affine_map<(k) -> ()>
// CHECK-LABEL: func.func @dot
// EXACT-LABEL: func.func @dot
func.func @dot(%a: vector<32xbf16>, %b: vector<32xbf16>, %c: f32) -> f32 {
  // A dot product into a scalar: K = 32 MACs, 64 FLOPs.
  // CHECK: vector.contract
  // CHECK-SAME: cost.flops = 64 : i64
  // CHECK-SAME: cost.macs = 32 : i64
  // exact: 64 - 1 = 63.
  // EXACT: vector.contract
  // EXACT-SAME: cost.flops = 63 : i64
  %0 = vector.contract {indexing_maps = [#k, #k, #s], iterator_types = ["reduction"], kind = #vector.kind<add>} %a, %b, %c : vector<32xbf16>, vector<32xbf16> into f32
  return %0 : f32
}

// -----

#mk = affine_map<(m, n, k) -> (m, k)>
#kn = affine_map<(m, n, k) -> (k, n)>
#mn = affine_map<(m, n, k) -> (m, n)>
// CHECK-LABEL: func.func @masked
// EXACT-LABEL: func.func @masked
func.func @masked(%a: vector<4x8xf32>, %b: vector<8x16xf32>, %c: vector<4x16xf32>) -> vector<4x16xf32> {
  // The mask enables 3 x 10 x 6 of the 4 x 16 x 8 points: 180 MACs, 360
  // FLOPs; the other 332 points are not executed.
  %m = vector.constant_mask [3, 10, 6] : vector<4x16x8xi1>
  // CHECK: vector.mask
  // CHECK-SAME: cost.flops = 360 : i64
  // CHECK-SAME: cost.macs = 180 : i64
  // exact: 3*10 = 30 outputs get a first add: 360 - 30 = 330.
  // EXACT: vector.mask
  // EXACT-SAME: cost.flops = 330 : i64
  %0 = vector.mask %m { vector.contract {indexing_maps = [#mk, #kn, #mn], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a, %b, %c : vector<4x8xf32>, vector<8x16xf32> into vector<4x16xf32> } : vector<4x16x8xi1> -> vector<4x16xf32>
  return %0 : vector<4x16xf32>
}

// -----

#mk = affine_map<(m, n, k) -> (m, k)>
#kn = affine_map<(m, n, k) -> (k, n)>
#mn = affine_map<(m, n, k) -> (m, n)>
// CHECK-LABEL: func.func @create_mask
// EXACT-LABEL: func.func @create_mask
func.func @create_mask(%a: vector<4x8xf32>, %b: vector<8x16xf32>, %c: vector<4x16xf32>) -> vector<4x16xf32> {
  // vector.create_mask 2, 20, 8: 20 is clamped to the 16 of its dimension:
  // 2*16*8 = 256 MACs, 512 FLOPs.
  %c2 = arith.constant 2 : index
  %c20 = arith.constant 20 : index
  %c8 = arith.constant 8 : index
  %m = vector.create_mask %c2, %c20, %c8 : vector<4x16x8xi1>
  // CHECK: vector.mask
  // CHECK-SAME: cost.flops = 512 : i64
  // CHECK-SAME: cost.macs = 256 : i64
  // EXACT: vector.mask
  %0 = vector.mask %m { vector.contract {indexing_maps = [#mk, #kn, #mn], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a, %b, %c : vector<4x8xf32>, vector<8x16xf32> into vector<4x16xf32> } : vector<4x16x8xi1> -> vector<4x16xf32>
  return %0 : vector<4x16xf32>
}

// -----

#mk = affine_map<(m, n, k) -> (m, k)>
#kn = affine_map<(m, n, k) -> (k, n)>
#mn = affine_map<(m, n, k) -> (m, n)>
// CHECK-LABEL: func.func @data_mask
// EXACT-LABEL: func.func @data_mask
func.func @data_mask(%a: vector<4x8xf32>, %b: vector<8x16xf32>, %c: vector<4x16xf32>, %m: vector<4x16x8xi1>) -> vector<4x16xf32> {
  // A mask that is data enables lanes no one knows: unresolved, not 0.
  // CHECK: vector.mask
  // CHECK-SAME: cost.unresolved = "the lanes its mask enables are data (not a vector.create_mask, vector.constant_mask or splat constant)"
  // EXACT: vector.mask
  %0 = vector.mask %m { vector.contract {indexing_maps = [#mk, #kn, #mn], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a, %b, %c : vector<4x8xf32>, vector<8x16xf32> into vector<4x16xf32> } : vector<4x16x8xi1> -> vector<4x16xf32>
  return %0 : vector<4x16xf32>
}
