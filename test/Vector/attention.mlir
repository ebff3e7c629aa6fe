// A vectorized attention block: S = Q K^T (vector.contract), a softmax over
// the rows of S (multi_reductions, exp, divide), O = P V (vector.contract).
// It reported 0 MACs before the contraction had a model.
// RUN: cost-opt --cost-annotate='target=none' %s | FileCheck %s
// RUN: cost-opt --flops --format=json --target=none %s | FileCheck %s --check-prefix=JSON

#qk_q = affine_map<(s, t, d) -> (s, d)>
#qk_k = affine_map<(s, t, d) -> (t, d)>
#qk_s = affine_map<(s, t, d) -> (s, t)>
#pv_p = affine_map<(s, d, t) -> (s, t)>
#pv_v = affine_map<(s, d, t) -> (t, d)>
#pv_o = affine_map<(s, d, t) -> (s, d)>
// CHECK-LABEL: func.func @attention
func.func @attention(%q: vector<8x16xf32>, %k: vector<8x16xf32>, %v: vector<8x16xf32>) -> vector<8x16xf32> {
  %zero = arith.constant dense<0.0> : vector<8x8xf32>
  %zero_o = arith.constant dense<0.0> : vector<8x16xf32>
  %zero_row = arith.constant dense<0.0> : vector<8xf32>
  %ninf = arith.constant dense<0xFF800000> : vector<8xf32>
  // S: 8 queries x 8 keys x 16 features = 1024 MACs, 2048 FLOPs.
  // CHECK: vector.contract
  // CHECK-SAME: cost.flops = 2048 : i64
  // CHECK-SAME: cost.macs = 1024 : i64
  %s = vector.contract {indexing_maps = [#qk_q, #qk_k, #qk_s], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %q, %k, %zero : vector<8x16xf32>, vector<8x16xf32> into vector<8x8xf32>
  // Row max: 8 rows x 8 lanes = 64 combines.
  // CHECK: vector.multi_reduction
  // CHECK-SAME: cost.flops = 64 : i64
  // CHECK-SAME: cost.macs = 0 : i64
  %max = vector.multi_reduction <maximumf>, %s, %ninf [1] : vector<8x8xf32> to vector<8xf32>
  %maxb = vector.broadcast %max : vector<8xf32> to vector<8x8xf32>
  %maxt = vector.transpose %maxb, [1, 0] : vector<8x8xf32> to vector<8x8xf32>
  // 64 subtractions, 64 exponentials.
  // CHECK: arith.subf
  // CHECK-SAME: cost.flops = 64 : i64
  %d = arith.subf %s, %maxt : vector<8x8xf32>
  // CHECK: math.exp
  // CHECK-SAME: cost.transcendentals = 64 : i64
  %e = math.exp %d : vector<8x8xf32>
  // Row sum: 64 adds, of no products: no MAC.
  // CHECK: vector.multi_reduction
  // CHECK-SAME: cost.flops = 64 : i64
  // CHECK-SAME: cost.macs = 0 : i64
  %sum = vector.multi_reduction <add>, %e, %zero_row [1] : vector<8x8xf32> to vector<8xf32>
  %sumb = vector.broadcast %sum : vector<8xf32> to vector<8x8xf32>
  %sumt = vector.transpose %sumb, [1, 0] : vector<8x8xf32> to vector<8x8xf32>
  // CHECK: arith.divf
  // CHECK-SAME: cost.flops = 64 : i64
  %p = arith.divf %e, %sumt : vector<8x8xf32>
  // O: 8 queries x 16 features x 8 keys = 1024 MACs, 2048 FLOPs.
  // CHECK: vector.contract
  // CHECK-SAME: cost.flops = 2048 : i64
  // CHECK-SAME: cost.macs = 1024 : i64
  %o = vector.contract {indexing_maps = [#pv_p, #pv_v, #pv_o], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %p, %v, %zero_o : vector<8x8xf32>, vector<8x16xf32> into vector<8x16xf32>
  return %o : vector<8x16xf32>
}
// FLOPs 2048 + 64 + 64 + 64 + 64 + 2048 = 4352; MACs 1024 + 1024 = 2048;
// 64 exponentials; all in registers.
// JSON: "name": "attention",
// JSON-NEXT: "flops": 4352,
// JSON-NEXT: "macs": 2048,
// JSON-NEXT: "int_ops": 0,
// JSON-NEXT: "transcendentals": 64,
// JSON-NEXT: "bytes_read": 0,
// JSON-NEXT: "bytes_written": 0,
// JSON: "uncounted": [],
// JSON-NEXT: "unresolved": [],
