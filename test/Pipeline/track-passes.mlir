// --cost-track-passes: the module's cost after every pass, on a TOSA ->
// linalg -> buffers -> loops pipeline. A lowering keeps FLOPs and MACs, so
// they are the same in every row; bytes change where the lowering
// materialises the padding (docs/tosa.md) and where loops load and store
// one element at a time.
//
// RUN: cost-opt --flops --target=none --format=json --cost-track-passes=fail-on-change \
// RUN:   --pass-pipeline='builtin.module(func.func(tosa-to-linalg-named,tosa-to-linalg,tosa-to-arith,tosa-to-tensor),one-shot-bufferize{bufferize-function-boundaries},func.func(convert-linalg-to-loops),canonicalize)' \
// RUN:   %s | FileCheck %s
// RUN: cost-opt --flops --target=none --exact --cost-track-passes \
// RUN:   --pass-pipeline='builtin.module(func.func(tosa-to-linalg-named,tosa-to-linalg),canonicalize)' \
// RUN:   %s | FileCheck %s --check-prefix=TEXT
// RUN: not cost-opt --flops --cost-track-passes=sometimes %s 2>&1 | FileCheck %s --check-prefix=BAD

// conv: OH = OW = (8 + 1 + 1 - 3)/1 + 1 = 8; MACs N*OH*OW*Cout*KH*KW*Cin =
// 1*8*8*4*3*3*3 = 6912. matmul: MACs B*M*N*K = 2*4*5*8 = 320.
// Module: MACs 6912 + 320 = 7232, FLOPs 2*7232 = 14464.
func.func @forward(%x: tensor<1x8x8x3xf32>, %a: tensor<2x4x8xf32>, %b: tensor<2x8x5xf32>) -> (tensor<1x8x8x4xf32>, tensor<2x4x5xf32>) {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %w = "tosa.const"() <{values = dense<0.5> : tensor<4x3x3x3xf32>}> : () -> tensor<4x3x3x3xf32>
  %bias = "tosa.const"() <{values = dense<0.0> : tensor<4xf32>}> : () -> tensor<4xf32>
  %0 = tosa.conv2d %x, %w, %bias, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x3xf32>, tensor<4x3x3x3xf32>, tensor<4xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x4xf32>
  %1 = tosa.matmul %a, %b, %zp, %zp : (tensor<2x4x8xf32>, tensor<2x8x5xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<2x4x5xf32>
  return %0, %1 : tensor<1x8x8x4xf32>, tensor<2x4x5xf32>
}

// One row per pass, in pipeline order; the nested pipelines give one row per
// pass (on func.func), taken once the pass has run on every function.
// FLOPs 14464 and MACs 7232 in every row.
// CHECK:      "passes": [
// The input: conv reads (8*8*3 + 4*3*3*3 + 4)*4 = 1216 B, writes 8*8*4*4 =
// 1024 B; matmul reads (2*4*8 + 2*8*5)*4 = 576 B, writes 2*4*5*4 = 160 B:
// read 1216 + 576 = 1792, written 1024 + 160 = 1184.
// CHECK-NEXT: {
// CHECK-NEXT:   "pass": "input",
// CHECK-NEXT:   "anchor": "builtin.module",
// CHECK-NEXT:   "flops": 14464,
// CHECK-NEXT:   "macs": 7232,
// CHECK-NEXT:   "int_ops": 0,
// CHECK-NEXT:   "transcendentals": 0,
// CHECK-NEXT:   "bytes_read": 1792,
// CHECK-NEXT:   "bytes_written": 1184,
// CHECK-NEXT:   "ops_uncounted": 0,
// CHECK-NEXT:   "ops_unresolved": 0,
// CHECK-NEXT:   "time_s": null,
// CHECK-NEXT:   "changes_work": false
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT:   "pass": "tosa-to-linalg-named",
// CHECK-NEXT:   "anchor": "func.func",
// CHECK-NEXT:   "flops": 14464,
// CHECK-NEXT:   "macs": 7232,
// CHECK-NEXT:   "int_ops": 0,
// CHECK-NEXT:   "transcendentals": 0,
// CHECK-NEXT:   "bytes_read": {{[0-9]+}},
// CHECK-NEXT:   "bytes_written": {{[0-9]+}},
// CHECK-NEXT:   "ops_uncounted": 0,
// CHECK-NEXT:   "ops_unresolved": 0,
// CHECK-NEXT:   "time_s": null,
// CHECK-NEXT:   "changes_work": false
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT:   "pass": "tosa-to-linalg",
// CHECK-NEXT:   "anchor": "func.func",
// CHECK-NEXT:   "flops": 14464,
// CHECK-NEXT:   "macs": 7232,
// CHECK-NEXT:   "int_ops": 0,
// CHECK-NEXT:   "transcendentals": 0,
// CHECK-NEXT:   "bytes_read": {{[0-9]+}},
// CHECK-NEXT:   "bytes_written": {{[0-9]+}},
// CHECK-NEXT:   "ops_uncounted": 0,
// CHECK-NEXT:   "ops_unresolved": 0,
// CHECK-NEXT:   "time_s": null,
// CHECK-NEXT:   "changes_work": false
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT:   "pass": "tosa-to-arith",
// CHECK-NEXT:   "anchor": "func.func",
// CHECK-NEXT:   "flops": 14464,
// CHECK-NEXT:   "macs": 7232,
// CHECK-NEXT:   "int_ops": 0,
// CHECK-NEXT:   "transcendentals": 0,
// CHECK-NEXT:   "bytes_read": {{[0-9]+}},
// CHECK-NEXT:   "bytes_written": {{[0-9]+}},
// CHECK-NEXT:   "ops_uncounted": 0,
// CHECK-NEXT:   "ops_unresolved": 0,
// CHECK-NEXT:   "time_s": null,
// CHECK-NEXT:   "changes_work": false
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT:   "pass": "tosa-to-tensor",
// CHECK-NEXT:   "anchor": "func.func",
// CHECK-NEXT:   "flops": 14464,
// CHECK-NEXT:   "macs": 7232,
// CHECK-NEXT:   "int_ops": 0,
// CHECK-NEXT:   "transcendentals": 0,
// CHECK-NEXT:   "bytes_read": {{[0-9]+}},
// CHECK-NEXT:   "bytes_written": {{[0-9]+}},
// CHECK-NEXT:   "ops_uncounted": 0,
// CHECK-NEXT:   "ops_unresolved": 0,
// CHECK-NEXT:   "time_s": null,
// CHECK-NEXT:   "changes_work": false
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT:   "pass": "one-shot-bufferize",
// CHECK-NEXT:   "anchor": "builtin.module",
// CHECK-NEXT:   "flops": 14464,
// CHECK-NEXT:   "macs": 7232,
// CHECK-NEXT:   "int_ops": 0,
// CHECK-NEXT:   "transcendentals": 0,
// CHECK-NEXT:   "bytes_read": {{[0-9]+}},
// CHECK-NEXT:   "bytes_written": {{[0-9]+}},
// CHECK-NEXT:   "ops_uncounted": 0,
// CHECK-NEXT:   "ops_unresolved": 0,
// CHECK-NEXT:   "time_s": null,
// CHECK-NEXT:   "changes_work": false
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT:   "pass": "convert-linalg-to-loops",
// CHECK-NEXT:   "anchor": "func.func",
// CHECK-NEXT:   "flops": 14464,
// CHECK-NEXT:   "macs": 7232,
// CHECK-NEXT:   "int_ops": 0,
// CHECK-NEXT:   "transcendentals": 0,
// CHECK-NEXT:   "bytes_read": {{[0-9]+}},
// CHECK-NEXT:   "bytes_written": {{[0-9]+}},
// CHECK-NEXT:   "ops_uncounted": 0,
// CHECK-NEXT:   "ops_unresolved": 0,
// CHECK-NEXT:   "time_s": null,
// CHECK-NEXT:   "changes_work": false
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT:   "pass": "canonicalize",
// CHECK-NEXT:   "anchor": "builtin.module",
// CHECK-NEXT:   "flops": 14464,
// CHECK-NEXT:   "macs": 7232,
// CHECK-NEXT:   "int_ops": 0,
// CHECK-NEXT:   "transcendentals": 0,
// CHECK-NEXT:   "bytes_read": {{[0-9]+}},
// CHECK-NEXT:   "bytes_written": {{[0-9]+}},
// CHECK-NEXT:   "ops_uncounted": 0,
// CHECK-NEXT:   "ops_unresolved": 0,
// CHECK-NEXT:   "time_s": null,
// CHECK-NEXT:   "changes_work": false
// CHECK-NEXT: }
// CHECK-NEXT: ],

// The text table: tosa-to-linalg-named lowers the conv to a pad (reads
// 8*8*3*4 = 768, writes 10*10*3*4 = 1200), a bias broadcast (reads 4*4 = 16,
// writes 8*8*4*4 = 1024) and the conv on the padded input (reads 1200 +
// 432 + 1024 = 2656: input, weights and the initialised accumulator,
// writes 1024), and the matmul to a fill (writes 160) and a batch_matmul
// (reads 576 + 160 = 736, writes 160): read 768 + 16 + 2656 + 736 = 4176
// (+2384 on 1792, +133.0%), written 1200 + 1024 + 1024 + 160 + 160 = 3568
// (+2384 on 1184, +201.4%).
// TEXT:      Cost after each pass
// TEXT-NEXT: pass                                on  FLOPs  MACs  int OPs  transc.  read  written  uncounted  unresolved  change
// TEXT-NEXT:   input                 builtin.module  14464  7232        0        0  1792     1184          0           0
// TEXT-NEXT:   tosa-to-linalg-named       func.func  14464  7232        0        0  4176     3568          0           0  read +2384 (+133.0%), written +2384 (+201.4%)
// TEXT-NEXT:   tosa-to-linalg             func.func  14464  7232        0        0  4176     3568          0           0  -
// TEXT-NEXT:   canonicalize          builtin.module  14464  7232        0        0  4176     3568          0           0  -
// TEXT-NOT:  '!'

// BAD: cost-opt: error: --cost-track-passes=sometimes: expected no value or 'fail-on-change'
