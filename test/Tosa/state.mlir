// TOSA weights and state, and the op without a model (tosa.custom). No
// upstream lowering converts these (tosa.variable goes to ml_program through
// tosa-to-mlprogram; tosa.custom nowhere), so only the TOSA form is costed.
//
// RUN: cost-opt --flops --exact %s 2>&1 | FileCheck %s
// RUN: cost-opt --flops --format=json %s | FileCheck %s --check-prefix=JSON
// RUN: cost-opt --cost-annotate %s | FileCheck %s --check-prefix=ANNOTATE
//
// Counts are checked in the JSON report (--format=json, docs/json-schema.md):
// each function's "name", then its counts, one key a line, in schema order.

// Weights: a tosa.const is a parameter, counted from its type:
// 16*8 = 128 elements, 128*2 = 256 bytes of bf16, plus the 1-element zero
// point: 129 params, 258 bytes. Columns after the counts: bytes read,
// written, params, param bytes.
// MACs = 4*8*16 = 512, FLOPs = 1024
// JSON: "name": "weights",
// JSON-NEXT: "flops": 1024,
// JSON-NEXT: "macs": 512,
// JSON-NEXT: "int_ops": 0,
// JSON-NEXT: "transcendentals": 0,
// JSON-NEXT: "bytes_read": {{[0-9]+}},
// JSON-NEXT: "bytes_written": {{[0-9]+}},
// JSON-NEXT: "param_elements": 129,
// JSON-NEXT: "param_bytes": 258,
func.func @weights(%x: tensor<1x4x16xbf16>) -> tensor<1x4x8xf32> {
  %w = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x16x8xbf16>}> : () -> tensor<1x16x8xbf16>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xbf16>}> : () -> tensor<1xbf16>
  %0 = tosa.matmul %x, %w, %zp, %zp : (tensor<1x4x16xbf16>, tensor<1x16x8xbf16>, tensor<1xbf16>, tensor<1xbf16>) -> tensor<1x4x8xf32>
  return %0 : tensor<1x4x8xf32>
}

// State: tosa.variable is a parameter of the module total (4*8 = 32 f32,
// 128 bytes; variable_read names it by a string, not a symbol reference, so
// it is not attributed to the function); variable_write writes 128 bytes;
// variable_read is a name.
// scatter (in place): reads the 3 indices (12 bytes) and the 3 new rows
// of 4 (48), writes 48.
// ANNOTATE: tosa.variable_write
// ANNOTATE-SAME: cost.bytes_read = 0 : i64
// ANNOTATE-SAME: cost.bytes_written = 128 : i64
// ANNOTATE: tosa.scatter
// ANNOTATE-SAME: cost.bytes_read = 60 : i64
// ANNOTATE-SAME: cost.bytes_written = 48 : i64
// ANNOTATE-SAME: cost.flops = 0 : i64
tosa.variable @counter = dense<0.0> : tensor<4x8xf32>
func.func @state(%x: tensor<4x8xf32>, %v: tensor<1x16x4xf32>, %idx: tensor<1x3xi32>, %rows: tensor<1x3x4xf32>) -> tensor<1x16x4xf32> {
  %0 = tosa.variable_read @counter : tensor<4x8xf32>
  %1 = tosa.add %0, %x : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  tosa.variable_write @counter, %1 : tensor<4x8xf32>
  %2 = tosa.scatter %v, %idx, %rows : (tensor<1x16x4xf32>, tensor<1x3xi32>, tensor<1x3x4xf32>) -> tensor<1x16x4xf32>
  return %2 : tensor<1x16x4xf32>
}

// Shape arithmetic on !tosa.shape values is compile-time metadata and
// identity forwards its input: no work, no bytes. tosa.apply_scale (the
// scalar op the lowering of rescale and of an i32 mul with a shift emits):
// multiply, rounding add, shift, and DOUBLE_ROUND's sign-dependent rounding
// adjustment (compare, add), which runs for its shift of 40 (above 31):
// 5 int OPs. The two tosa.const of slice_shape
// are 1-element i32 tensors: 2 params, 8 bytes.
// JSON: "name": "shapes",
// JSON-NEXT: "flops": 0,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 5,
// JSON-NEXT: "transcendentals": 0,
// JSON-NEXT: "bytes_read": 0,
// JSON-NEXT: "bytes_written": 0,
// JSON-NEXT: "param_elements": 2,
// JSON-NEXT: "param_bytes": 8,
func.func @shapes(%x: tensor<4x8xf32>, %v: i32, %m: i32) -> (tensor<4x8xf32>, !tosa.shape<1>, i32) {
  %0 = tosa.identity %x : (tensor<4x8xf32>) -> tensor<4x8xf32>
  %a = tosa.const_shape {values = dense<3> : tensor<1xindex>} : () -> !tosa.shape<1>
  %d = tosa.dim %x {axis = 1 : i32} : (tensor<4x8xf32>) -> !tosa.shape<1>
  %s1 = tosa.add_shape %a, %d : (!tosa.shape<1>, !tosa.shape<1>) -> !tosa.shape<1>
  %s2 = tosa.mul_shape %s1, %a : (!tosa.shape<1>, !tosa.shape<1>) -> !tosa.shape<1>
  %s3 = tosa.sub_shape %s2, %a : (!tosa.shape<1>, !tosa.shape<1>) -> !tosa.shape<1>
  %s4 = tosa.div_floor_shape %s3, %a : (!tosa.shape<1>, !tosa.shape<1>) -> !tosa.shape<1>
  %s5 = tosa.div_ceil_shape %s4, %a : (!tosa.shape<1>, !tosa.shape<1>) -> !tosa.shape<1>
  %s6 = tosa.mod_shape %s5, %a : (!tosa.shape<1>, !tosa.shape<1>) -> !tosa.shape<1>
  %s7 = tosa.max_shape %s6, %a : (!tosa.shape<1>, !tosa.shape<1>) -> !tosa.shape<1>
  %s8 = tosa.min_shape %s7, %a : (!tosa.shape<1>, !tosa.shape<1>) -> !tosa.shape<1>
  %s9 = tosa.exp2_shape %s8 : (!tosa.shape<1>) -> !tosa.shape<1>
  %s10 = tosa.log2_ceil_shape %s9 : (!tosa.shape<1>) -> !tosa.shape<1>
  %s11 = tosa.log2_floor_shape %s10 : (!tosa.shape<1>) -> !tosa.shape<1>
  %c2 = tosa.concat_shape %s11, %a : (!tosa.shape<1>, !tosa.shape<1>) -> !tosa.shape<2>
  %z = "tosa.const"() <{values = dense<0> : tensor<1xi32>}> : () -> tensor<1xi32>
  %o = "tosa.const"() <{values = dense<1> : tensor<1xi32>}> : () -> tensor<1xi32>
  %s12 = tosa.slice_shape %c2, %z, %o : (!tosa.shape<2>, tensor<1xi32>, tensor<1xi32>) -> !tosa.shape<1>
  %sh = arith.constant 40 : i8
  %r = tosa.apply_scale %v, %m, %sh {rounding_mode = DOUBLE_ROUND} : (i32, i32, i8) -> i32
  return %0, %s12, %r : tensor<4x8xf32>, !tosa.shape<1>, i32
}

// tosa.custom has no cost model: it is listed by name, never counted as 0.
// Module total: params 129 + 2 (functions) + 32 (tosa.variable) = 163,
// param bytes 258 + 8 + 128 = 394.
// CHECK: total {{.*}} 163 394{{ }}
// CHECK: warning: @custom: 1 x tosa.custom not costed (no cost model)
// ANNOTATE: tosa.custom %{{.*}} {cost.uncounted,
func.func @custom(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %0 = tosa.custom %x {domain_name = "example", operator_name = "gelu_tanh", implementation_attrs = ""} : (tensor<4x8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}
