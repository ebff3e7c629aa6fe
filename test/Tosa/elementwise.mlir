// Every elementwise TOSA op, on 4x8 tensors (32 elements), costed on the
// TOSA form and after the upstream lowering through the same CHECK lines.
// TOSA/LOWERED lines mark where the lowering changes the work
// (docs/tosa.md).
//
// RUN: cost-opt --flops --format=json %s | FileCheck %s --check-prefixes=JSON,TOSA-JSON
// RUN: cost-opt --flops --format=json %tosa_lowering %s | FileCheck %s --check-prefixes=JSON,LOWERED-JSON
// RUN: cost-opt --cost-annotate %s | FileCheck %s --check-prefix=BYTES
//
// Counts are checked in the JSON report (--format=json, docs/json-schema.md):
// each function's "name", then its counts, one key a line, in schema order.


// one add per element: 32 FLOPs
// JSON: "name": "add_f32",
// JSON-NEXT: "flops": 32,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 0,
// JSON-NEXT: "transcendentals": 0,
func.func @add_f32(%a: tensor<4x8xf32>, %b: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %0 = tosa.add %a, %b : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// one sub per element: 32 FLOPs
// JSON: "name": "sub_f32",
// JSON-NEXT: "flops": 32,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 0,
// JSON-NEXT: "transcendentals": 0,
func.func @sub_f32(%a: tensor<4x8xf32>, %b: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %0 = tosa.sub %a, %b : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// one maximum per element: 32 FLOPs
// JSON: "name": "maximum_f32",
// JSON-NEXT: "flops": 32,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 0,
// JSON-NEXT: "transcendentals": 0,
func.func @maximum_f32(%a: tensor<4x8xf32>, %b: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %0 = tosa.maximum %a, %b : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// one minimum per element: 32 FLOPs
// JSON: "name": "minimum_f32",
// JSON-NEXT: "flops": 32,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 0,
// JSON-NEXT: "transcendentals": 0,
func.func @minimum_f32(%a: tensor<4x8xf32>, %b: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %0 = tosa.minimum %a, %b : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// one multiply per element: 32 FLOPs
// JSON: "name": "mul_f32",
// JSON-NEXT: "flops": 32,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 0,
// JSON-NEXT: "transcendentals": 0,
func.func @mul_f32(%a: tensor<4x8xf32>, %b: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %s = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %0 = tosa.mul %a, %b, %s : (tensor<4x8xf32>, tensor<4x8xf32>, tensor<1xi8>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// broadcast: the output shape 4x8 counts, 32 FLOPs (bytes: 4 + 8 inputs read, 32 written)
// JSON: "name": "add_broadcast",
// JSON-NEXT: "flops": 32,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 0,
// JSON-NEXT: "transcendentals": 0,
// BYTES-LABEL: func.func @add_broadcast
// BYTES: tosa.add
// BYTES-SAME: cost.bytes_read = 48 : i64
// BYTES-SAME: cost.bytes_written = 128 : i64
func.func @add_broadcast(%a: tensor<4x1xf32>, %b: tensor<1x8xf32>) -> tensor<4x8xf32> {
  %0 = tosa.add %a, %b : (tensor<4x1xf32>, tensor<1x8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// nan_mode = IGNORE is one maxNum per element: 32 FLOPs. The lowering builds it
// from maximumf, two NaN tests and two selects: 5*32 = 160 FLOPs.
// TOSA-JSON: "name": "maximum_ignore",
// TOSA-JSON-NEXT: "flops": 32,
// TOSA-JSON-NEXT: "macs": 0,
// TOSA-JSON-NEXT: "int_ops": 0,
// TOSA-JSON-NEXT: "transcendentals": 0,
// LOWERED-JSON: "name": "maximum_ignore",
// LOWERED-JSON-NEXT: "flops": 160,
// LOWERED-JSON-NEXT: "macs": 0,
// LOWERED-JSON-NEXT: "int_ops": 0,
// LOWERED-JSON-NEXT: "transcendentals": 0,
func.func @maximum_ignore(%a: tensor<4x8xf32>, %b: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %0 = tosa.maximum %a, %b {nan_mode = #tosa.nan_mode<IGNORE>} : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// round up: 1 FLOP per element, 32
// JSON: "name": "ceil_f32",
// JSON-NEXT: "flops": 32,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 0,
// JSON-NEXT: "transcendentals": 0,
func.func @ceil_f32(%a: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %0 = tosa.ceil %a : (tensor<4x8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// round down: 1 FLOP per element, 32
// JSON: "name": "floor_f32",
// JSON-NEXT: "flops": 32,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 0,
// JSON-NEXT: "transcendentals": 0,
func.func @floor_f32(%a: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %0 = tosa.floor %a : (tensor<4x8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// divide 1 by x: 1 FLOP per element, 32
// JSON: "name": "reciprocal_f32",
// JSON-NEXT: "flops": 32,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 0,
// JSON-NEXT: "transcendentals": 0,
func.func @reciprocal_f32(%a: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %0 = tosa.reciprocal %a : (tensor<4x8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// clear the sign: 1 FLOP per element, 32
// JSON: "name": "abs_f32",
// JSON-NEXT: "flops": 32,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 0,
// JSON-NEXT: "transcendentals": 0,
func.func @abs_f32(%a: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %0 = tosa.abs %a : (tensor<4x8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// negate: 1 FLOP per element, 32
// JSON: "name": "negate_f32",
// JSON-NEXT: "flops": 32,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 0,
// JSON-NEXT: "transcendentals": 0,
func.func @negate_f32(%a: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %z = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %0 = tosa.negate %a, %z, %z : (tensor<4x8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// one transcendental per element: 32
// JSON: "name": "exp",
// JSON-NEXT: "flops": 0,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 0,
// JSON-NEXT: "transcendentals": 32,
func.func @exp(%a: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %0 = tosa.exp %a : (tensor<4x8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// one transcendental per element: 32
// JSON: "name": "log",
// JSON-NEXT: "flops": 0,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 0,
// JSON-NEXT: "transcendentals": 32,
func.func @log(%a: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %0 = tosa.log %a : (tensor<4x8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// one transcendental per element: 32
// JSON: "name": "sin",
// JSON-NEXT: "flops": 0,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 0,
// JSON-NEXT: "transcendentals": 32,
func.func @sin(%a: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %0 = tosa.sin %a : (tensor<4x8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// one transcendental per element: 32
// JSON: "name": "cos",
// JSON-NEXT: "flops": 0,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 0,
// JSON-NEXT: "transcendentals": 32,
func.func @cos(%a: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %0 = tosa.cos %a : (tensor<4x8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// one transcendental per element: 32
// JSON: "name": "tanh",
// JSON-NEXT: "flops": 0,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 0,
// JSON-NEXT: "transcendentals": 32,
func.func @tanh(%a: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %0 = tosa.tanh %a : (tensor<4x8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// one transcendental per element: 32
// JSON: "name": "erf",
// JSON-NEXT: "flops": 0,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 0,
// JSON-NEXT: "transcendentals": 32,
func.func @erf(%a: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %0 = tosa.erf %a : (tensor<4x8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// one transcendental per element: 32
// JSON: "name": "rsqrt",
// JSON-NEXT: "flops": 0,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 0,
// JSON-NEXT: "transcendentals": 32,
func.func @rsqrt(%a: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %0 = tosa.rsqrt %a : (tensor<4x8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// one transcendental per element: 32
// JSON: "name": "pow",
// JSON-NEXT: "flops": 0,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 0,
// JSON-NEXT: "transcendentals": 32,
func.func @pow(%a: tensor<4x8xf32>, %b: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %0 = tosa.pow %a, %b : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// 1/(1 + exp(-x)): negate, add, divide (3 FLOPs) and one exp per element:
// 3*32 = 96 FLOPs, 32 transcendentals
// JSON: "name": "sigmoid",
// JSON-NEXT: "flops": 96,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 0,
// JSON-NEXT: "transcendentals": 32,
func.func @sigmoid(%a: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %0 = tosa.sigmoid %a : (tensor<4x8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// a max with the lower bound and a min with the upper: 2*32 = 64 FLOPs
// JSON: "name": "clamp_f32",
// JSON-NEXT: "flops": 64,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 0,
// JSON-NEXT: "transcendentals": 0,
func.func @clamp_f32(%a: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %0 = tosa.clamp %a {min_val = 0.0 : f32, max_val = 6.0 : f32} : (tensor<4x8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// a select of f32 values: 1 FLOP per element, 32
// JSON: "name": "select_f32",
// JSON-NEXT: "flops": 32,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 0,
// JSON-NEXT: "transcendentals": 0,
func.func @select_f32(%c: tensor<4x8xi1>, %a: tensor<4x8xf32>, %b: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %0 = tosa.select %c, %a, %b : (tensor<4x8xi1>, tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// a floating-point compare per element: 32 FLOPs
// JSON: "name": "equal_f32",
// JSON-NEXT: "flops": 32,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 0,
// JSON-NEXT: "transcendentals": 0,
func.func @equal_f32(%a: tensor<4x8xf32>, %b: tensor<4x8xf32>) -> tensor<4x8xi1> {
  %0 = tosa.equal %a, %b : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xi1>
  return %0 : tensor<4x8xi1>
}

// an integer compare per element: 32 int OPs
// JSON: "name": "equal_i32",
// JSON-NEXT: "flops": 0,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 32,
// JSON-NEXT: "transcendentals": 0,
func.func @equal_i32(%a: tensor<4x8xi32>, %b: tensor<4x8xi32>) -> tensor<4x8xi1> {
  %0 = tosa.equal %a, %b : (tensor<4x8xi32>, tensor<4x8xi32>) -> tensor<4x8xi1>
  return %0 : tensor<4x8xi1>
}

// a floating-point compare per element: 32 FLOPs
// JSON: "name": "greater_f32",
// JSON-NEXT: "flops": 32,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 0,
// JSON-NEXT: "transcendentals": 0,
func.func @greater_f32(%a: tensor<4x8xf32>, %b: tensor<4x8xf32>) -> tensor<4x8xi1> {
  %0 = tosa.greater %a, %b : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xi1>
  return %0 : tensor<4x8xi1>
}

// an integer compare per element: 32 int OPs
// JSON: "name": "greater_i32",
// JSON-NEXT: "flops": 0,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 32,
// JSON-NEXT: "transcendentals": 0,
func.func @greater_i32(%a: tensor<4x8xi32>, %b: tensor<4x8xi32>) -> tensor<4x8xi1> {
  %0 = tosa.greater %a, %b : (tensor<4x8xi32>, tensor<4x8xi32>) -> tensor<4x8xi1>
  return %0 : tensor<4x8xi1>
}

// a floating-point compare per element: 32 FLOPs
// JSON: "name": "greater_equal_f32",
// JSON-NEXT: "flops": 32,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 0,
// JSON-NEXT: "transcendentals": 0,
func.func @greater_equal_f32(%a: tensor<4x8xf32>, %b: tensor<4x8xf32>) -> tensor<4x8xi1> {
  %0 = tosa.greater_equal %a, %b : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xi1>
  return %0 : tensor<4x8xi1>
}

// an integer compare per element: 32 int OPs
// JSON: "name": "greater_equal_i32",
// JSON-NEXT: "flops": 0,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 32,
// JSON-NEXT: "transcendentals": 0,
func.func @greater_equal_i32(%a: tensor<4x8xi32>, %b: tensor<4x8xi32>) -> tensor<4x8xi1> {
  %0 = tosa.greater_equal %a, %b : (tensor<4x8xi32>, tensor<4x8xi32>) -> tensor<4x8xi1>
  return %0 : tensor<4x8xi1>
}

// a conversion is no arithmetic: 0
// JSON: "name": "cast_f32_to_f16",
// JSON-NEXT: "flops": 0,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 0,
// JSON-NEXT: "transcendentals": 0,
func.func @cast_f32_to_f16(%a: tensor<4x8xf32>) -> tensor<4x8xf16> {
  %0 = tosa.cast %a : (tensor<4x8xf32>) -> tensor<4x8xf16>
  return %0 : tensor<4x8xf16>
}

// a conversion is no arithmetic: 0. The lowering rounds (roundeven), clamps
// (maximumf, cmpf + select): 3 FLOPs + 1 int OP per element, 96 and 32.
// TOSA-JSON: "name": "cast_f32_to_i32",
// TOSA-JSON-NEXT: "flops": 0,
// TOSA-JSON-NEXT: "macs": 0,
// TOSA-JSON-NEXT: "int_ops": 0,
// TOSA-JSON-NEXT: "transcendentals": 0,
// LOWERED-JSON: "name": "cast_f32_to_i32",
// LOWERED-JSON-NEXT: "flops": 96,
// LOWERED-JSON-NEXT: "macs": 0,
// LOWERED-JSON-NEXT: "int_ops": 32,
// LOWERED-JSON-NEXT: "transcendentals": 0,
func.func @cast_f32_to_i32(%a: tensor<4x8xf32>) -> tensor<4x8xi32> {
  %0 = tosa.cast %a : (tensor<4x8xf32>) -> tensor<4x8xi32>
  return %0 : tensor<4x8xi32>
}

// one integer add per element: 32 int OPs
// JSON: "name": "add_i32",
// JSON-NEXT: "flops": 0,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 32,
// JSON-NEXT: "transcendentals": 0,
func.func @add_i32(%a: tensor<4x8xi32>, %b: tensor<4x8xi32>) -> tensor<4x8xi32> {
  %0 = tosa.add %a, %b : (tensor<4x8xi32>, tensor<4x8xi32>) -> tensor<4x8xi32>
  return %0 : tensor<4x8xi32>
}

// one integer sub per element: 32 int OPs
// JSON: "name": "sub_i32",
// JSON-NEXT: "flops": 0,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 32,
// JSON-NEXT: "transcendentals": 0,
func.func @sub_i32(%a: tensor<4x8xi32>, %b: tensor<4x8xi32>) -> tensor<4x8xi32> {
  %0 = tosa.sub %a, %b : (tensor<4x8xi32>, tensor<4x8xi32>) -> tensor<4x8xi32>
  return %0 : tensor<4x8xi32>
}

// one integer maximum per element: 32 int OPs
// JSON: "name": "maximum_i32",
// JSON-NEXT: "flops": 0,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 32,
// JSON-NEXT: "transcendentals": 0,
func.func @maximum_i32(%a: tensor<4x8xi32>, %b: tensor<4x8xi32>) -> tensor<4x8xi32> {
  %0 = tosa.maximum %a, %b : (tensor<4x8xi32>, tensor<4x8xi32>) -> tensor<4x8xi32>
  return %0 : tensor<4x8xi32>
}

// one integer minimum per element: 32 int OPs
// JSON: "name": "minimum_i32",
// JSON-NEXT: "flops": 0,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 32,
// JSON-NEXT: "transcendentals": 0,
func.func @minimum_i32(%a: tensor<4x8xi32>, %b: tensor<4x8xi32>) -> tensor<4x8xi32> {
  %0 = tosa.minimum %a, %b : (tensor<4x8xi32>, tensor<4x8xi32>) -> tensor<4x8xi32>
  return %0 : tensor<4x8xi32>
}

// one integer intdiv per element: 32 int OPs
// JSON: "name": "intdiv_i32",
// JSON-NEXT: "flops": 0,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 32,
// JSON-NEXT: "transcendentals": 0,
func.func @intdiv_i32(%a: tensor<4x8xi32>, %b: tensor<4x8xi32>) -> tensor<4x8xi32> {
  %0 = tosa.intdiv %a, %b : (tensor<4x8xi32>, tensor<4x8xi32>) -> tensor<4x8xi32>
  return %0 : tensor<4x8xi32>
}

// one integer bitwise_and per element: 32 int OPs
// JSON: "name": "bitwise_and_i32",
// JSON-NEXT: "flops": 0,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 32,
// JSON-NEXT: "transcendentals": 0,
func.func @bitwise_and_i32(%a: tensor<4x8xi32>, %b: tensor<4x8xi32>) -> tensor<4x8xi32> {
  %0 = tosa.bitwise_and %a, %b : (tensor<4x8xi32>, tensor<4x8xi32>) -> tensor<4x8xi32>
  return %0 : tensor<4x8xi32>
}

// one integer bitwise_or per element: 32 int OPs
// JSON: "name": "bitwise_or_i32",
// JSON-NEXT: "flops": 0,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 32,
// JSON-NEXT: "transcendentals": 0,
func.func @bitwise_or_i32(%a: tensor<4x8xi32>, %b: tensor<4x8xi32>) -> tensor<4x8xi32> {
  %0 = tosa.bitwise_or %a, %b : (tensor<4x8xi32>, tensor<4x8xi32>) -> tensor<4x8xi32>
  return %0 : tensor<4x8xi32>
}

// one integer bitwise_xor per element: 32 int OPs
// JSON: "name": "bitwise_xor_i32",
// JSON-NEXT: "flops": 0,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 32,
// JSON-NEXT: "transcendentals": 0,
func.func @bitwise_xor_i32(%a: tensor<4x8xi32>, %b: tensor<4x8xi32>) -> tensor<4x8xi32> {
  %0 = tosa.bitwise_xor %a, %b : (tensor<4x8xi32>, tensor<4x8xi32>) -> tensor<4x8xi32>
  return %0 : tensor<4x8xi32>
}

// one integer logical_left_shift per element: 32 int OPs
// JSON: "name": "logical_left_shift_i32",
// JSON-NEXT: "flops": 0,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 32,
// JSON-NEXT: "transcendentals": 0,
func.func @logical_left_shift_i32(%a: tensor<4x8xi32>, %b: tensor<4x8xi32>) -> tensor<4x8xi32> {
  %0 = tosa.logical_left_shift %a, %b : (tensor<4x8xi32>, tensor<4x8xi32>) -> tensor<4x8xi32>
  return %0 : tensor<4x8xi32>
}

// one integer logical_right_shift per element: 32 int OPs
// JSON: "name": "logical_right_shift_i32",
// JSON-NEXT: "flops": 0,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 32,
// JSON-NEXT: "transcendentals": 0,
func.func @logical_right_shift_i32(%a: tensor<4x8xi32>, %b: tensor<4x8xi32>) -> tensor<4x8xi32> {
  %0 = tosa.logical_right_shift %a, %b : (tensor<4x8xi32>, tensor<4x8xi32>) -> tensor<4x8xi32>
  return %0 : tensor<4x8xi32>
}

// one integer bitwise_not per element: 32 int OPs
// JSON: "name": "bitwise_not_i32",
// JSON-NEXT: "flops": 0,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 32,
// JSON-NEXT: "transcendentals": 0,
func.func @bitwise_not_i32(%a: tensor<4x8xi32>) -> tensor<4x8xi32> {
  %0 = tosa.bitwise_not %a : (tensor<4x8xi32>) -> tensor<4x8xi32>
  return %0 : tensor<4x8xi32>
}

// one integer clz per element: 32 int OPs
// JSON: "name": "clz_i32",
// JSON-NEXT: "flops": 0,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 32,
// JSON-NEXT: "transcendentals": 0,
func.func @clz_i32(%a: tensor<4x8xi32>) -> tensor<4x8xi32> {
  %0 = tosa.clz %a : (tensor<4x8xi32>) -> tensor<4x8xi32>
  return %0 : tensor<4x8xi32>
}

// one logical_and per element: 32 int OPs
// JSON: "name": "logical_and",
// JSON-NEXT: "flops": 0,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 32,
// JSON-NEXT: "transcendentals": 0,
func.func @logical_and(%a: tensor<4x8xi1>, %b: tensor<4x8xi1>) -> tensor<4x8xi1> {
  %0 = tosa.logical_and %a, %b : (tensor<4x8xi1>, tensor<4x8xi1>) -> tensor<4x8xi1>
  return %0 : tensor<4x8xi1>
}

// one logical_or per element: 32 int OPs
// JSON: "name": "logical_or",
// JSON-NEXT: "flops": 0,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 32,
// JSON-NEXT: "transcendentals": 0,
func.func @logical_or(%a: tensor<4x8xi1>, %b: tensor<4x8xi1>) -> tensor<4x8xi1> {
  %0 = tosa.logical_or %a, %b : (tensor<4x8xi1>, tensor<4x8xi1>) -> tensor<4x8xi1>
  return %0 : tensor<4x8xi1>
}

// one logical_xor per element: 32 int OPs
// JSON: "name": "logical_xor",
// JSON-NEXT: "flops": 0,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 32,
// JSON-NEXT: "transcendentals": 0,
func.func @logical_xor(%a: tensor<4x8xi1>, %b: tensor<4x8xi1>) -> tensor<4x8xi1> {
  %0 = tosa.logical_xor %a, %b : (tensor<4x8xi1>, tensor<4x8xi1>) -> tensor<4x8xi1>
  return %0 : tensor<4x8xi1>
}

// one logical_not per element: 32 int OPs
// JSON: "name": "logical_not",
// JSON-NEXT: "flops": 0,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 32,
// JSON-NEXT: "transcendentals": 0,
func.func @logical_not(%a: tensor<4x8xi1>) -> tensor<4x8xi1> {
  %0 = tosa.logical_not %a : (tensor<4x8xi1>) -> tensor<4x8xi1>
  return %0 : tensor<4x8xi1>
}

// integer abs: 0 - x and a max, 2*32 = 64 int OPs
// JSON: "name": "abs_i32",
// JSON-NEXT: "flops": 0,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 64,
// JSON-NEXT: "transcendentals": 0,
func.func @abs_i32(%a: tensor<4x8xi32>) -> tensor<4x8xi32> {
  %0 = tosa.abs %a : (tensor<4x8xi32>) -> tensor<4x8xi32>
  return %0 : tensor<4x8xi32>
}

// integer negate: zero-point sum minus x, clamped to int8 (max, min):
// 3*32 = 96 int OPs
// JSON: "name": "negate_i8",
// JSON-NEXT: "flops": 0,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 96,
// JSON-NEXT: "transcendentals": 0,
func.func @negate_i8(%a: tensor<4x8xi8>) -> tensor<4x8xi8> {
  %z = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %0 = tosa.negate %a, %z, %z : (tensor<4x8xi8>, tensor<1xi8>, tensor<1xi8>) -> tensor<4x8xi8>
  return %0 : tensor<4x8xi8>
}

// shift 0: one multiply per element, 32 int OPs
// JSON: "name": "mul_i32",
// JSON-NEXT: "flops": 0,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 32,
// JSON-NEXT: "transcendentals": 0,
func.func @mul_i32(%a: tensor<4x8xi32>, %b: tensor<4x8xi32>) -> tensor<4x8xi32> {
  %s = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %0 = tosa.mul %a, %b, %s : (tensor<4x8xi32>, tensor<4x8xi32>, tensor<1xi8>) -> tensor<4x8xi32>
  return %0 : tensor<4x8xi32>
}

// shift 3: multiply, add the rounding constant, shift (the lowering's
// tosa.apply_scale): 3*32 = 96 int OPs
// JSON: "name": "mul_i32_shift",
// JSON-NEXT: "flops": 0,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 96,
// JSON-NEXT: "transcendentals": 0,
func.func @mul_i32_shift(%a: tensor<4x8xi32>, %b: tensor<4x8xi32>) -> tensor<4x8xi32> {
  %s = "tosa.const"() <{values = dense<3> : tensor<1xi8>}> : () -> tensor<1xi8>
  %0 = tosa.mul %a, %b, %s : (tensor<4x8xi32>, tensor<4x8xi32>, tensor<1xi8>) -> tensor<4x8xi32>
  return %0 : tensor<4x8xi32>
}

// one shift per element: 32 int OPs
// JSON: "name": "arithmetic_right_shift",
// JSON-NEXT: "flops": 0,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 32,
// JSON-NEXT: "transcendentals": 0,
func.func @arithmetic_right_shift(%a: tensor<4x8xi32>, %b: tensor<4x8xi32>) -> tensor<4x8xi32> {
  %0 = tosa.arithmetic_right_shift %a, %b {round = false} : (tensor<4x8xi32>, tensor<4x8xi32>) -> tensor<4x8xi32>
  return %0 : tensor<4x8xi32>
}

// round: the shift, then the last bit shifted out added when the shift is
// positive (shift - 1, shift, and, compare, select, add): 7*32 = 224 int OPs
// JSON: "name": "arithmetic_right_shift_round",
// JSON-NEXT: "flops": 0,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 224,
// JSON-NEXT: "transcendentals": 0,
func.func @arithmetic_right_shift_round(%a: tensor<4x8xi32>, %b: tensor<4x8xi32>) -> tensor<4x8xi32> {
  %0 = tosa.arithmetic_right_shift %a, %b {round = true} : (tensor<4x8xi32>, tensor<4x8xi32>) -> tensor<4x8xi32>
  return %0 : tensor<4x8xi32>
}

// a select of integers: 32 int OPs
// JSON: "name": "select_i32",
// JSON-NEXT: "flops": 0,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 32,
// JSON-NEXT: "transcendentals": 0,
func.func @select_i32(%c: tensor<4x8xi1>, %a: tensor<4x8xi32>, %b: tensor<4x8xi32>) -> tensor<4x8xi32> {
  %0 = tosa.select %c, %a, %b : (tensor<4x8xi1>, tensor<4x8xi32>, tensor<4x8xi32>) -> tensor<4x8xi32>
  return %0 : tensor<4x8xi32>
}

// max and min: 2*32 = 64 int OPs
// JSON: "name": "clamp_i8",
// JSON-NEXT: "flops": 0,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 64,
// JSON-NEXT: "transcendentals": 0,
func.func @clamp_i8(%a: tensor<4x8xi8>) -> tensor<4x8xi8> {
  %0 = tosa.clamp %a {min_val = -128 : i8, max_val = 127 : i8} : (tensor<4x8xi8>) -> tensor<4x8xi8>
  return %0 : tensor<4x8xi8>
}
