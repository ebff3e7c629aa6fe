// TOSA pooling on the TOSA form and after the upstream lowering.
//
// RUN: cost-opt --flops --format=json %s | FileCheck %s --check-prefixes=JSON,TOSA-JSON
// RUN: cost-opt --flops --format=json %tosa_lowering %s | FileCheck %s --check-prefixes=JSON,LOWERED-JSON
//
// Counts are checked in the JSON report (--format=json, docs/json-schema.md):
// each function's "name", then its counts, one key a line, in schema order.

// max_pool2d: one max per window tap, every tap counted (the padding ones
// too, as the lowering's pooling_nhwc_max over the padded input does).
// OH = (9 + 1 + 1 - 3)/2 + 1 = 5, OW = 5; taps = 3*3.
// FLOPs = N*OH*OW*C*KH*KW = 1*5*5*3*9 = 675
// JSON: "name": "max_pool",
// JSON-NEXT: "flops": 675,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 0,
// JSON-NEXT: "transcendentals": 0,
func.func @max_pool(%x: tensor<1x9x9x3xf32>) -> tensor<1x5x5x3xf32> {
  %0 = tosa.max_pool2d %x {kernel = array<i64: 3, 3>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 2, 2>} : (tensor<1x9x9x3xf32>) -> tensor<1x5x5x3xf32>
  return %0 : tensor<1x5x5x3xf32>
}

// nan_mode = IGNORE is still one max per tap (a maxNum); the lowering
// builds it from maximumf, a NaN test and a select: 3 FLOPs per tap.
// OH = OW = (8 - 2)/2 + 1 = 4; taps = 2*2.
// On the TOSA op: 1*4*4*3*4 = 192
// After lowering: 192*3 = 576
// TOSA-JSON: "name": "max_pool_ignore",
// TOSA-JSON-NEXT: "flops": 192,
// TOSA-JSON-NEXT: "macs": 0,
// TOSA-JSON-NEXT: "int_ops": 0,
// TOSA-JSON-NEXT: "transcendentals": 0,
// LOWERED-JSON: "name": "max_pool_ignore",
// LOWERED-JSON-NEXT: "flops": 576,
// LOWERED-JSON-NEXT: "macs": 0,
// LOWERED-JSON-NEXT: "int_ops": 0,
// LOWERED-JSON-NEXT: "transcendentals": 0,
func.func @max_pool_ignore(%x: tensor<1x8x8x3xf32>) -> tensor<1x4x4x3xf32> {
  %0 = tosa.max_pool2d %x {kernel = array<i64: 2, 2>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 2, 2>, nan_mode = #tosa.nan_mode<IGNORE>} : (tensor<1x8x8x3xf32>) -> tensor<1x4x4x3xf32>
  return %0 : tensor<1x4x4x3xf32>
}

// avg_pool2d: one add per tap, one divide per output.
// FLOPs = 1*4*4*3*(2*2) + 1*4*4*3 = 192 + 48 = 240
// The lowering also computes each output's divisor from its position. With
// no padding, the position terms (2 subi once, 2 subi and 4 muli per
// output) are left unused: index math that addresses nothing, free
// (docs/units.md); the divisor itself (2 maxsi and 1 muli of constants) is
// a constant, folded: 0 int OPs, as in the TOSA form.
// TOSA-JSON: "name": "avg_pool",
// TOSA-JSON-NEXT: "flops": 240,
// TOSA-JSON-NEXT: "macs": 0,
// TOSA-JSON-NEXT: "int_ops": 0,
// TOSA-JSON-NEXT: "transcendentals": 0,
// LOWERED-JSON: "name": "avg_pool",
// LOWERED-JSON-NEXT: "flops": 240,
// LOWERED-JSON-NEXT: "macs": 0,
// LOWERED-JSON-NEXT: "int_ops": 0,
// LOWERED-JSON-NEXT: "transcendentals": 0,
func.func @avg_pool(%x: tensor<1x8x8x3xf32>) -> tensor<1x4x4x3xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %0 = tosa.avg_pool2d %x, %zp, %zp {acc_type = f32, kernel = array<i64: 2, 2>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 2, 2>} : (tensor<1x8x8x3xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x3xf32>
  return %0 : tensor<1x4x4x3xf32>
}

// int8 avg_pool2d, zero points 0: one add per tap; per output the division
// as a fixed-point scale (multiply, round, shift: 3 OPs) and the clamp to
// int8 (2 OPs).
// int OPs = 192 + 48*(3 + 2) = 432
// The lowering also computes, per output, the divisor and its fixed-point
// reciprocal (subi, ctlz, subi, shli, divui, addi); without padding all of
// them act on constants and fold: 432, as in the TOSA form.
// TOSA-JSON: "name": "avg_pool_i8",
// TOSA-JSON-NEXT: "flops": 0,
// TOSA-JSON-NEXT: "macs": 0,
// TOSA-JSON-NEXT: "int_ops": 432,
// TOSA-JSON-NEXT: "transcendentals": 0,
// LOWERED-JSON: "name": "avg_pool_i8",
// LOWERED-JSON-NEXT: "flops": 0,
// LOWERED-JSON-NEXT: "macs": 0,
// LOWERED-JSON-NEXT: "int_ops": 432,
// LOWERED-JSON-NEXT: "transcendentals": 0,
func.func @avg_pool_i8(%x: tensor<1x8x8x3xi8>) -> tensor<1x4x4x3xi8> {
  %zp = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %0 = tosa.avg_pool2d %x, %zp, %zp {acc_type = i32, kernel = array<i64: 2, 2>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 2, 2>} : (tensor<1x8x8x3xi8>, tensor<1xi8>, tensor<1xi8>) -> tensor<1x4x4x3xi8>
  return %0 : tensor<1x4x4x3xi8>
}
