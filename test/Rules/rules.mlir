// RUN: cost-opt --flops --exact --target=none --allow-unregistered-dialect --cost-rules=%S/Inputs/rules.yaml %s | FileCheck %s
// RUN: cost-opt --flops --format=json --target=none --allow-unregistered-dialect --cost-rules=%S/Inputs/rules.yaml %s | FileCheck %s --check-prefix=COUNTS
// RUN: cost-opt --flops --exact --target=none --allow-unregistered-dialect --cost-rules=%S/Inputs/rules.json %s | FileCheck %s
// RUN: cost-opt --flops --format=json --target=none --allow-unregistered-dialect --cost-rules=%S/Inputs/rules.json %s | FileCheck %s --check-prefix=COUNTS
// RUN: cost-opt --flops --target=none --format=json --allow-unregistered-dialect --cost-rules=%S/Inputs/rules.yaml %s | FileCheck %s --check-prefix=JSON
// RUN: cost-opt --allow-unregistered-dialect --pass-pipeline='builtin.module(cost-annotate{cost-rules=%S/Inputs/rules.yaml})' %s | FileCheck %s --check-prefix=ANNOTATE
// RUN: cost-opt --flops --exact --target=none --allow-unregistered-dialect %s | FileCheck %s --check-prefix=NORULES
// RUN: cost-opt --flops --format=json --target=none --allow-unregistered-dialect %s | FileCheck %s --check-prefix=NORULES-JSON

// Ops of an unregistered dialect, in generic form, costed by the rules of
// Inputs/rules.yaml (the same rules as JSON in Inputs/rules.json).
// Columns: function, FLOPs, MACs, int OPs, transcendentals, read, written.

// acme.gemm 4x8 by 8x16: outputs 4*16 = 64, reduction size A dim 1 = 8:
//   MACs = 64*8 = 512; FLOPs, not given, = 2 per MAC (f32 output) = 1024.
//   Bytes, not given: read A + B = (32 + 128)*4 = 640, written 64*4 = 256.
// acme.gelu on 4x16: 8*64 = 512 FLOPs, 64 transcendentals; read and written
//   64*4 = 256 each.
// acme.barrier: 3 int OPs, 64 bytes read (given), nothing written (no
//   results).
// acme.scale (matched by acme.*): 1 FLOP per input element, 4x16 + a
//   scalar f32 = 65; read 256 (the scalar is in a register), written 256.
// Total: FLOPs 1024 + 512 + 65 = 1601; MACs 512; int OPs 3;
//   transcendentals 64; read 640 + 256 + 64 + 256 = 1216; written
//   256 + 256 + 256 = 768.
// CHECK-LABEL: cost-opt report
// COUNTS: "name": "acme",
// COUNTS-NEXT: "flops": 1601,
// COUNTS-NEXT: "macs": 512,
// COUNTS-NEXT: "int_ops": 3,
// COUNTS-NEXT: "transcendentals": 64,
// COUNTS-NEXT: "bytes_read": 1216,
// COUNTS-NEXT: "bytes_written": 768,
// COUNTS-NEXT: "param_elements": 0,
// COUNTS-NEXT: "param_bytes": 0,
// COUNTS-NEXT: "ops_costed": 4,
// COUNTS-NEXT: "uncounted": [],
// COUNTS-NEXT: "unresolved": [],
//
// linalg.matmul 2x3 by 3x5, overridden: 1 FLOP per output = 10, no MACs;
// bytes by default from the operands: read (6 + 15 + 10)*4 = 124 (the
// rule reads every operand, init included), written 40.
// COUNTS: "name": "overridden",
// COUNTS-NEXT: "flops": 10,
// COUNTS-NEXT: "macs": 0,
// COUNTS-NEXT: "int_ops": 0,
// COUNTS-NEXT: "transcendentals": 0,
// COUNTS-NEXT: "bytes_read": 124,
// COUNTS-NEXT: "bytes_written": 40,
// COUNTS-NEXT: "param_elements": 0,
// COUNTS-NEXT: "param_bytes": 0,
// COUNTS-NEXT: "ops_costed": 1,
// COUNTS-NEXT: "uncounted": [],
// COUNTS-NEXT: "unresolved": [],
// CHECK: note: cost rules {{.*}}rules.{{yaml|json}}: costed 1 x acme.gemm, 1 x acme.gelu, 1 x acme.barrier, 1 x acme.scale, 1 x linalg.matmul
// CHECK: note: cost rules override the cost model of 1 x linalg.matmul

// JSON:      "rules": {
// JSON-NEXT:   "file": "{{.*}}rules.yaml",
// JSON-NEXT:   "costed": [
// JSON:        "overrides": [
// JSON-NEXT:     {
// JSON-NEXT:       "op": "linalg.matmul",
// JSON-NEXT:       "count": 1

// ANNOTATE: "acme.gemm"
// ANNOTATE-SAME: cost.flops = 1024 : i64
// ANNOTATE-SAME: cost.int_ops = 0 : i64
// ANNOTATE-SAME: cost.macs = 512 : i64
// ANNOTATE-SAME: cost.rule
// ANNOTATE: linalg.matmul {{.*}}cost.flops = 10 : i64{{.*}}cost.rule

// Without rules the acme ops are listed by name, never counted as zero.
// linalg.matmul by its built-in model: 2*3*5 = 30 MACs, 60 FLOPs.
// NORULES-JSON: "name": "overridden",
// NORULES-JSON-NEXT: "flops": 60,
// NORULES-JSON-NEXT: "macs": 30,
// NORULES-JSON-NEXT: "int_ops": 0,
// NORULES-JSON-NEXT: "transcendentals": 0,
// NORULES: warning: @acme: 1 x acme.gemm not costed (no cost model)
// NORULES: warning: @acme: 1 x acme.scale not costed (no cost model)

func.func @acme(%a: tensor<4x8xf32>, %b: tensor<8x16xf32>, %s: f32) -> tensor<4x16xf32> {
  %0 = "acme.gemm"(%a, %b) : (tensor<4x8xf32>, tensor<8x16xf32>) -> tensor<4x16xf32>
  %1 = "acme.gelu"(%0) : (tensor<4x16xf32>) -> tensor<4x16xf32>
  "acme.barrier"() : () -> ()
  %2 = "acme.scale"(%1, %s) : (tensor<4x16xf32>, f32) -> tensor<4x16xf32>
  return %2 : tensor<4x16xf32>
}

func.func @overridden(%a: tensor<2x3xf32>, %b: tensor<3x5xf32>, %c: tensor<2x5xf32>) -> tensor<2x5xf32> {
  %0 = linalg.matmul ins(%a, %b : tensor<2x3xf32>, tensor<3x5xf32>) outs(%c : tensor<2x5xf32>) -> tensor<2x5xf32>
  return %0 : tensor<2x5xf32>
}
