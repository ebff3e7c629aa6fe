// A scalable vector (vector<[4]xf32>) has 4*vscale lanes: its counts are
// formulas in the symbol vscale, never those of 4 lanes; --bind vscale=N
// gives the numbers of a machine.
// RUN: cost-opt --cost-annotate='target=none' %s | FileCheck %s
// RUN: cost-opt --flops --format=json --target=none %s | FileCheck %s --check-prefix=JSON
// RUN: cost-opt --flops --format=json --target=none --bind vscale=4 %s | FileCheck %s --check-prefix=BOUND

#mk = affine_map<(m, n, k) -> (m, k)>
#kn = affine_map<(m, n, k) -> (k, n)>
#mn = affine_map<(m, n, k) -> (m, n)>
// CHECK-LABEL: func.func @scalable
func.func @scalable(%a: vector<[4]xf32>, %b: vector<[4]xf32>, %m: memref<?xf32>, %i: index,
                    %x: vector<2x8xf32>, %y: vector<8x[4]xf32>, %z: vector<2x[4]xf32>) -> (vector<[4]xf32>, vector<2x[4]xf32>) {
  // 4*vscale lanes: 4*vscale MACs, 8*vscale FLOPs.
  // CHECK: vector.fma
  // CHECK-SAME: cost.flops = "8*vscale"
  // CHECK-SAME: cost.macs = "4*vscale"
  %0 = vector.fma %a, %b, %a : vector<[4]xf32>
  // CHECK: arith.addf
  // CHECK-SAME: cost.flops = "4*vscale"
  %1 = arith.addf %0, %b : vector<[4]xf32>
  // 4*vscale lanes of 4 bytes.
  // CHECK: vector.store
  // CHECK-SAME: cost.bytes_written = "16*vscale"
  vector.store %1, %m[%i] : memref<?xf32>, vector<[4]xf32>
  // M=2, N=4*vscale, K=8: 2*8*4*vscale = 64*vscale MACs, 128*vscale FLOPs.
  // CHECK: vector.contract
  // CHECK-SAME: cost.flops = "128*vscale"
  // CHECK-SAME: cost.macs = "64*vscale"
  %2 = vector.contract {indexing_maps = [#mk, #kn, #mn], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %x, %y, %z : vector<2x8xf32>, vector<8x[4]xf32> into vector<2x[4]xf32>
  return %1, %2 : vector<[4]xf32>, vector<2x[4]xf32>
}
// Total: FLOPs 8 + 4 + 128 = 140 per vscale, MACs 4 + 64 = 68.
// JSON: "flops": {
// JSON-NEXT: "formula": "140*vscale",
// JSON: "macs": {
// JSON-NEXT: "formula": "68*vscale",
// vscale = 4: 560 FLOPs, 272 MACs.
// BOUND: "flops": 560,
// BOUND-NEXT: "macs": 272,
