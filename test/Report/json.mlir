// RUN: cost-opt --flops --target=none --format=json %s | FileCheck %s

// The cost-opt-report/1 schema: keys in this order, integers as integers.
// Weights: a global (counted once in the total and in each function that
// uses it) and a function-local constant.

// 4096x4096 bf16: 16777216 params, 33554432 bytes.
ml_program.global private @embedding(dense_resource<__elided__> : tensor<4096x4096xbf16>) : tensor<4096x4096xbf16>

// CHECK:      "schema": "cost-opt-report/1",
// CHECK-NEXT: "file": "{{.*}}json.mlir",
// CHECK-NEXT: "convention": "default",
// The roots of the total: no function calls another, so all three.
// CHECK-NEXT: "roots": [
// CHECK-NEXT:   "uses_global",
// CHECK-NEXT:   "also_uses_global",
// CHECK-NEXT:   "local_constant"
// CHECK-NEXT: ],
// CHECK-NEXT: "functions": [
// CHECK-NEXT:   {
// CHECK-NEXT:     "name": "uses_global",
// exp over 16777216 elements: 16777216 transcendentals; read = written = 33554432
// CHECK-NEXT:     "flops": 0,
// CHECK-NEXT:     "macs": 0,
// CHECK-NEXT:     "int_ops": 0,
// CHECK-NEXT:     "transcendentals": 16777216,
// CHECK-NEXT:     "bytes_read": 33554432,
// CHECK-NEXT:     "bytes_written": 33554432,
// CHECK-NEXT:     "param_elements": 16777216,
// CHECK-NEXT:     "param_bytes": 33554432,
// global_load, exp:
// CHECK-NEXT:     "ops_costed": 2,
// CHECK-NEXT:     "uncounted": [],
// CHECK-NEXT:     "unresolved": [],
// CHECK-NEXT:     "branches": [],
// CHECK-NEXT:     "interface_defaults": [],
// No calls: inclusive equals the function's own counts.
// CHECK-NEXT:     "inclusive": {
// CHECK-NEXT:       "flops": 0,
// CHECK-NEXT:       "macs": 0,
// CHECK-NEXT:       "int_ops": 0,
// CHECK-NEXT:       "transcendentals": 16777216,
// CHECK-NEXT:       "bytes_read": 33554432,
// CHECK-NEXT:       "bytes_written": 33554432
// CHECK-NEXT:     },
// Per op name, what runs per call: one exp, 0 FLOPs, 33554432 + 33554432 =
// 67108864 bytes. (The global load moves nothing and is not listed.)
// CHECK-NEXT:     "op_kinds": [
// CHECK-NEXT:       {
// CHECK-NEXT:         "op": "math.exp",
// CHECK-NEXT:         "count": 1,
// CHECK-NEXT:         "flops": 0,
// CHECK-NEXT:         "bytes": 67108864
// CHECK-NEXT:       }
// CHECK-NEXT:     ]
// CHECK-NEXT:   },
func.func @uses_global() -> tensor<4096x4096xbf16> {
  %0 = ml_program.global_load_const @embedding : tensor<4096x4096xbf16>
  %1 = math.exp %0 : tensor<4096x4096xbf16>
  return %1 : tensor<4096x4096xbf16>
}

// CHECK-NEXT:   {
// CHECK-NEXT:     "name": "also_uses_global",
// CHECK:          "param_elements": 16777216,
func.func @also_uses_global() -> tensor<4096x4096xbf16> {
  %0 = ml_program.global_load_const @embedding : tensor<4096x4096xbf16>
  return %0 : tensor<4096x4096xbf16>
}

// A splat i8 constant of 10x10: 100 params, 100 bytes.
// CHECK:          "name": "local_constant",
// CHECK:          "param_elements": 100,
// CHECK-NEXT:     "param_bytes": 100,
func.func @local_constant() -> tensor<10x10xi8> {
  %c = arith.constant dense<3> : tensor<10x10xi8>
  return %c : tensor<10x10xi8>
}

// The global once, plus the local constant: 16777216 + 100 = 16777316 params,
// 33554432 + 100 = 33554532 bytes.
// CHECK:      "total": {
// CHECK-NEXT:   "flops": 0,
// CHECK-NEXT:   "macs": 0,
// CHECK-NEXT:   "int_ops": 0,
// CHECK-NEXT:   "transcendentals": 16777216,
// CHECK-NEXT:   "bytes_read": 33554432,
// CHECK-NEXT:   "bytes_written": 33554432,
// CHECK-NEXT:   "param_elements": 16777316,
// CHECK-NEXT:   "param_bytes": 33554532,
// CHECK-NEXT:   "ops_costed": 4,
