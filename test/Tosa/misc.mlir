// FFTs, resize, table, rescale and data movement, on the TOSA form and after
// the upstream lowering. TOSA/LOWERED lines mark where the lowering changes
// the work (docs/tosa.md).
//
// RUN: cost-opt --flops --format=json %s | FileCheck %s --check-prefixes=JSON,TOSA-JSON
// RUN: cost-opt --flops --format=json %tosa_lowering %s | FileCheck %s --check-prefixes=JSON,LOWERED-JSON
// RUN: cost-opt --cost-annotate %s | FileCheck %s --check-prefix=BYTES
//
// Counts are checked in the JSON report (--format=json, docs/json-schema.md):
// each function's "name", then its counts, one key a line, in schema order.

// fft2d as the specification defines it, a direct DFT: for each of the
// 1*4*8 = 32 outputs and each of the 4*8 = 32 inputs (1024 pairs):
// the angle (2 int mul, 2 int rem; 2 divides, 1 add, 1 multiply), cos and
// sin, and 4 MACs (real += vr*cos + vi*sin, imag += vi*cos - vr*sin).
// FLOPs = 1024*(8 + 4) = 12288, MACs = 4096, int OPs = 4096,
// transcendentals = 2048
// JSON: "name": "fft2d",
// JSON-NEXT: "flops": 12288,
// JSON-NEXT: "macs": 4096,
// JSON-NEXT: "int_ops": 4096,
// JSON-NEXT: "transcendentals": 2048,
func.func @fft2d(%r: tensor<1x4x8xf32>, %i: tensor<1x4x8xf32>) -> (tensor<1x4x8xf32>, tensor<1x4x8xf32>) {
  %0, %1 = tosa.fft2d %r, %i {inverse = false} : (tensor<1x4x8xf32>, tensor<1x4x8xf32>) -> (tensor<1x4x8xf32>, tensor<1x4x8xf32>)
  return %0, %1 : tensor<1x4x8xf32>, tensor<1x4x8xf32>
}

// rfft2d: outputs 1*4*(8/2 + 1) = 20, inputs 32: 640 pairs, 2 MACs each
// (real += vr*cos, imag -= vr*sin).
// FLOPs = 640*(4 + 4) = 5120, MACs = 1280, int OPs = 2560,
// transcendentals = 1280
// JSON: "name": "rfft2d",
// JSON-NEXT: "flops": 5120,
// JSON-NEXT: "macs": 1280,
// JSON-NEXT: "int_ops": 2560,
// JSON-NEXT: "transcendentals": 1280,
func.func @rfft2d(%r: tensor<1x4x8xf32>) -> (tensor<1x4x5xf32>, tensor<1x4x5xf32>) {
  %0, %1 = tosa.rfft2d %r : (tensor<1x4x8xf32>) -> (tensor<1x4x5xf32>, tensor<1x4x5xf32>)
  return %0, %1 : tensor<1x4x5xf32>, tensor<1x4x5xf32>
}

// resize BILINEAR, 4x4 -> 8x8 (scale 4/2), 2 channels: 1*8*8*2 = 128
// outputs, each v00*(1-dy)*(1-dx) + v01*(1-dy)*dx + v10*dy*(1-dx) + v11*dy*dx
// = 8 multiplies + 3 adds + 2 subtractions: 13*128 = 1664 FLOPs.
// The lowering interpolates in x then y (3 lerps of sub, 2 mul, add: 12)
// and computes dy, dx with 2 divides: 14*128 = 1792 FLOPs; its sample
// coordinates take 18 int OPs per output (per axis mul, add, floordiv, rem,
// add, and 2 clamps of max and min): 18*128 = 2304.
// TOSA-JSON: "name": "resize_bilinear",
// TOSA-JSON-NEXT: "flops": 1664,
// TOSA-JSON-NEXT: "macs": 0,
// TOSA-JSON-NEXT: "int_ops": 0,
// TOSA-JSON-NEXT: "transcendentals": 0,
// LOWERED-JSON: "name": "resize_bilinear",
// LOWERED-JSON-NEXT: "flops": 1792,
// LOWERED-JSON-NEXT: "macs": 0,
// LOWERED-JSON-NEXT: "int_ops": 2304,
// LOWERED-JSON-NEXT: "transcendentals": 0,
func.func @resize_bilinear(%x: tensor<1x4x4x2xf32>) -> tensor<1x8x8x2xf32> {
  %scale = tosa.const_shape {values = dense<[4, 2, 4, 2]> : tensor<4xindex>} : () -> !tosa.shape<4>
  %offset = tosa.const_shape {values = dense<0> : tensor<2xindex>} : () -> !tosa.shape<2>
  %border = tosa.const_shape {values = dense<[2, 2]> : tensor<2xindex>} : () -> !tosa.shape<2>
  %0 = tosa.resize %x, %scale, %offset, %border {mode = BILINEAR} : (tensor<1x4x4x2xf32>, !tosa.shape<4>, !tosa.shape<2>, !tosa.shape<2>) -> tensor<1x8x8x2xf32>
  return %0 : tensor<1x8x8x2xf32>
}

// resize NEAREST_NEIGHBOR only copies: 0. The lowering computes dy, dx
// (2 divides) and rounds by comparing them with 1/2 (2 compares): 4*128 =
// 512 FLOPs; per axis mul, add, floordiv, rem, select, add, max, min:
// 16*128 = 2048 int OPs.
// TOSA-JSON: "name": "resize_nearest",
// TOSA-JSON-NEXT: "flops": 0,
// TOSA-JSON-NEXT: "macs": 0,
// TOSA-JSON-NEXT: "int_ops": 0,
// TOSA-JSON-NEXT: "transcendentals": 0,
// LOWERED-JSON: "name": "resize_nearest",
// LOWERED-JSON-NEXT: "flops": 512,
// LOWERED-JSON-NEXT: "macs": 0,
// LOWERED-JSON-NEXT: "int_ops": 2048,
// LOWERED-JSON-NEXT: "transcendentals": 0,
func.func @resize_nearest(%x: tensor<1x4x4x2xf32>) -> tensor<1x8x8x2xf32> {
  %scale = tosa.const_shape {values = dense<[4, 2, 4, 2]> : tensor<4xindex>} : () -> !tosa.shape<4>
  %offset = tosa.const_shape {values = dense<0> : tensor<2xindex>} : () -> !tosa.shape<2>
  %border = tosa.const_shape {values = dense<[2, 2]> : tensor<2xindex>} : () -> !tosa.shape<2>
  %0 = tosa.resize %x, %scale, %offset, %border {mode = NEAREST_NEIGHBOR} : (tensor<1x4x4x2xf32>, !tosa.shape<4>, !tosa.shape<2>, !tosa.shape<2>) -> tensor<1x8x8x2xf32>
  return %0 : tensor<1x8x8x2xf32>
}

// table, int8: a lookup; its index, the value + 128, is address arithmetic
// (an `index` add feeding tensor.extract after lowering): 0 int OPs.
// JSON: "name": "table_i8",
// JSON-NEXT: "flops": 0,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 0,
// JSON-NEXT: "transcendentals": 0,
func.func @table_i8(%x: tensor<4x8xi8>, %t: tensor<256xi8>) -> tensor<4x8xi8> {
  %0 = tosa.table %x, %t : (tensor<4x8xi8>, tensor<256xi8>) -> tensor<4x8xi8>
  return %0 : tensor<4x8xi8>
}

// table, int16: index and fraction (add, shift, and), the next entry (add),
// the interpolation (shift, subtract, multiply, add): 8*32 = 256 int OPs.
// JSON: "name": "table_i16",
// JSON-NEXT: "flops": 0,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 256,
// JSON-NEXT: "transcendentals": 0,
func.func @table_i16(%x: tensor<4x8xi16>, %t: tensor<513xi16>) -> tensor<4x8xi32> {
  %0 = tosa.table %x, %t : (tensor<4x8xi16>, tensor<513xi16>) -> tensor<4x8xi32>
  return %0 : tensor<4x8xi32>
}

// rescale int32 -> int8, SINGLE_ROUND: input zero point subtracted (1),
// multiply, rounding add, shift (3), output zero point added (1), clamp to
// int8 (2): 7*32 = 224 int OPs.
// JSON: "name": "rescale",
// JSON-NEXT: "flops": 0,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 224,
// JSON-NEXT: "transcendentals": 0,
func.func @rescale(%x: tensor<4x8xi32>) -> tensor<4x8xi8> {
  %m = "tosa.const"() <{values = dense<1073741824> : tensor<1xi32>}> : () -> tensor<1xi32>
  %s = "tosa.const"() <{values = dense<30> : tensor<1xi8>}> : () -> tensor<1xi8>
  %iz = "tosa.const"() <{values = dense<0> : tensor<1xi32>}> : () -> tensor<1xi32>
  %oz = "tosa.const"() <{values = dense<-3> : tensor<1xi8>}> : () -> tensor<1xi8>
  %0 = tosa.rescale %x, %m, %s, %iz, %oz {scale32 = true, rounding_mode = SINGLE_ROUND, per_channel = false, input_unsigned = false, output_unsigned = false} : (tensor<4x8xi32>, tensor<1xi32>, tensor<1xi8>, tensor<1xi32>, tensor<1xi8>) -> tensor<4x8xi8>
  return %0 : tensor<4x8xi8>
}

// DOUBLE_ROUND adds its rounding adjustment (compare, add: 2 OPs) only for
// a shift above 31 (apply_scale_32 of the specification). Shift 30: as
// SINGLE_ROUND, 7*32 = 224 int OPs; the lowering emits SINGLE_ROUND too.
// JSON: "name": "rescale_double_round_small_shift",
// JSON-NEXT: "flops": 0,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 224,
func.func @rescale_double_round_small_shift(%x: tensor<4x8xi32>) -> tensor<4x8xi8> {
  %m = "tosa.const"() <{values = dense<1073741824> : tensor<1xi32>}> : () -> tensor<1xi32>
  %s = "tosa.const"() <{values = dense<30> : tensor<1xi8>}> : () -> tensor<1xi8>
  %iz = "tosa.const"() <{values = dense<0> : tensor<1xi32>}> : () -> tensor<1xi32>
  %oz = "tosa.const"() <{values = dense<-3> : tensor<1xi8>}> : () -> tensor<1xi8>
  %0 = tosa.rescale %x, %m, %s, %iz, %oz {scale32 = true, rounding_mode = DOUBLE_ROUND, per_channel = false, input_unsigned = false, output_unsigned = false} : (tensor<4x8xi32>, tensor<1xi32>, tensor<1xi8>, tensor<1xi32>, tensor<1xi8>) -> tensor<4x8xi8>
  return %0 : tensor<4x8xi8>
}

// Shift 40: the adjustment runs for every element, (7 + 2)*32 = 288.
// JSON: "name": "rescale_double_round_large_shift",
// JSON-NEXT: "flops": 0,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 288,
func.func @rescale_double_round_large_shift(%x: tensor<4x8xi32>) -> tensor<4x8xi8> {
  %m = "tosa.const"() <{values = dense<1073741824> : tensor<1xi32>}> : () -> tensor<1xi32>
  %s = "tosa.const"() <{values = dense<40> : tensor<1xi8>}> : () -> tensor<1xi8>
  %iz = "tosa.const"() <{values = dense<0> : tensor<1xi32>}> : () -> tensor<1xi32>
  %oz = "tosa.const"() <{values = dense<-3> : tensor<1xi8>}> : () -> tensor<1xi8>
  %0 = tosa.rescale %x, %m, %s, %iz, %oz {scale32 = true, rounding_mode = DOUBLE_ROUND, per_channel = false, input_unsigned = false, output_unsigned = false} : (tensor<4x8xi32>, tensor<1xi32>, tensor<1xi8>, tensor<1xi32>, tensor<1xi8>) -> tensor<4x8xi8>
  return %0 : tensor<4x8xi8>
}

// Per channel (the last dimension, 8 channels of 4 elements): shifts 32 and
// 40 exceed 31, the other six do not. TOSA: 7*32 + 2*(2 channels * 4) =
// 224 + 16 = 240. The lowering keeps DOUBLE_ROUND for the whole tensor when
// any shift exceeds 31 and selects by the shift at run time: (7 + 2)*32 =
// 288 (docs/tosa.md).
// JSON: "name": "rescale_double_round_per_channel",
// JSON-NEXT: "flops": 0,
// JSON-NEXT: "macs": 0,
// TOSA-JSON-NEXT: "int_ops": 240,
// LOWERED-JSON-NEXT: "int_ops": 288,
func.func @rescale_double_round_per_channel(%x: tensor<4x8xi32>) -> tensor<4x8xi8> {
  %m = "tosa.const"() <{values = dense<1073741824> : tensor<8xi32>}> : () -> tensor<8xi32>
  %s = "tosa.const"() <{values = dense<[30, 31, 32, 40, 2, 3, 4, 5]> : tensor<8xi8>}> : () -> tensor<8xi8>
  %iz = "tosa.const"() <{values = dense<0> : tensor<1xi32>}> : () -> tensor<1xi32>
  %oz = "tosa.const"() <{values = dense<-3> : tensor<1xi8>}> : () -> tensor<1xi8>
  %0 = tosa.rescale %x, %m, %s, %iz, %oz {scale32 = true, rounding_mode = DOUBLE_ROUND, per_channel = true, input_unsigned = false, output_unsigned = false} : (tensor<4x8xi32>, tensor<8xi32>, tensor<8xi8>, tensor<1xi32>, tensor<1xi8>) -> tensor<4x8xi8>
  return %0 : tensor<4x8xi8>
}

// A shift known only at run time (a function argument): the code computes
// the adjustment and selects it by the shift, so it counts for every
// element: (7 + 2)*32 = 288.
// TOSA-JSON: "name": "rescale_double_round_runtime_shift",
// TOSA-JSON-NEXT: "flops": 0,
// TOSA-JSON-NEXT: "macs": 0,
// TOSA-JSON-NEXT: "int_ops": 288,
func.func @rescale_double_round_runtime_shift(%x: tensor<4x8xi32>, %s: tensor<1xi8>) -> tensor<4x8xi8> {
  %m = "tosa.const"() <{values = dense<1073741824> : tensor<1xi32>}> : () -> tensor<1xi32>
  %iz = "tosa.const"() <{values = dense<0> : tensor<1xi32>}> : () -> tensor<1xi32>
  %oz = "tosa.const"() <{values = dense<-3> : tensor<1xi8>}> : () -> tensor<1xi8>
  %0 = tosa.rescale %x, %m, %s, %iz, %oz {scale32 = true, rounding_mode = DOUBLE_ROUND, per_channel = false, input_unsigned = false, output_unsigned = false} : (tensor<4x8xi32>, tensor<1xi32>, tensor<1xi8>, tensor<1xi32>, tensor<1xi8>) -> tensor<4x8xi8>
  return %0 : tensor<4x8xi8>
}

// apply_scale on scalars: multiply, rounding add, shift (3); DOUBLE_ROUND
// with the constant shift 30 adds nothing, with 40 the adjustment (2):
// 3 + 5 = 8.
// JSON: "name": "apply_scale_constant_shift",
// JSON-NEXT: "flops": 0,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 8,
func.func @apply_scale_constant_shift(%v: i32, %m: i32) -> (i32, i32) {
  %s30 = arith.constant 30 : i8
  %s40 = arith.constant 40 : i8
  %0 = tosa.apply_scale %v, %m, %s30 {rounding_mode = DOUBLE_ROUND} : (i32, i32, i8) -> i32
  %1 = tosa.apply_scale %v, %m, %s40 {rounding_mode = DOUBLE_ROUND} : (i32, i32, i8) -> i32
  return %0, %1 : i32, i32
}

// Data movement: no arithmetic; bytes are what each op reads and writes.
// concat: reads 2*4*8*4 = 256, writes 8*8*4 = 256
// BYTES: tosa.concat
// BYTES-SAME: cost.bytes_read = 256 : i64
// BYTES-SAME: cost.bytes_written = 256 : i64
// BYTES-SAME: cost.flops = 0 : i64
// pad: reads 4*8*4 = 128, writes 6*10*4 = 240
// BYTES: tosa.pad
// BYTES-SAME: cost.bytes_read = 128 : i64
// BYTES-SAME: cost.bytes_written = 240 : i64
// BYTES-SAME: cost.flops = 0 : i64
// reverse: 128 and 128
// BYTES: tosa.reverse
// BYTES-SAME: cost.bytes_read = 128 : i64
// BYTES-SAME: cost.bytes_written = 128 : i64
// BYTES-SAME: cost.flops = 0 : i64
// slice: reads and writes the 2x4 slice, 32 and 32
// BYTES: tosa.slice
// BYTES-SAME: cost.bytes_read = 32 : i64
// BYTES-SAME: cost.bytes_written = 32 : i64
// BYTES-SAME: cost.flops = 0 : i64
// tile: reads 128, writes 8*16*4 = 512
// BYTES: tosa.tile
// BYTES-SAME: cost.bytes_read = 128 : i64
// BYTES-SAME: cost.bytes_written = 512 : i64
// BYTES-SAME: cost.flops = 0 : i64
// transpose: 128 and 128
// BYTES: tosa.transpose
// BYTES-SAME: cost.bytes_read = 128 : i64
// BYTES-SAME: cost.bytes_written = 128 : i64
// BYTES-SAME: cost.flops = 0 : i64
// gather: reads the 3 indices (12) and the 3 gathered rows of 4 (48),
// writes 48
// BYTES: tosa.gather
// BYTES-SAME: cost.bytes_read = 60 : i64
// BYTES-SAME: cost.bytes_written = 48 : i64
// BYTES-SAME: cost.flops = 0 : i64
// reshape: a view, 0 bytes
// BYTES: tosa.reshape
// BYTES-SAME: cost.bytes_read = 0 : i64
// BYTES-SAME: cost.bytes_written = 0 : i64
// BYTES-SAME: cost.flops = 0 : i64
// The lowering of reverse computes each reversed index (2 index OPs per
// element): address arithmetic, free (docs/units.md), as in the TOSA form.
// TOSA-JSON: "name": "movement",
// TOSA-JSON-NEXT: "flops": 0,
// TOSA-JSON-NEXT: "macs": 0,
// TOSA-JSON-NEXT: "int_ops": 0,
// TOSA-JSON-NEXT: "transcendentals": 0,
// LOWERED-JSON: "name": "movement",
// LOWERED-JSON-NEXT: "flops": 0,
// LOWERED-JSON-NEXT: "macs": 0,
// LOWERED-JSON-NEXT: "int_ops": 0,
// LOWERED-JSON-NEXT: "transcendentals": 0,
func.func @movement(%x: tensor<4x8xf32>, %v: tensor<1x16x4xf32>, %idx: tensor<1x3xi32>) -> (tensor<8x8xf32>, tensor<6x10xf32>, tensor<4x8xf32>, tensor<2x4xf32>, tensor<8x16xf32>, tensor<8x4xf32>, tensor<1x3x4xf32>, tensor<32xf32>) {
  %0 = tosa.concat %x, %x {axis = 0 : i32} : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<8x8xf32>
  %p = tosa.const_shape {values = dense<[1, 1, 1, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
  %pv = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %1 = tosa.pad %x, %p, %pv : (tensor<4x8xf32>, !tosa.shape<4>, tensor<1xf32>) -> tensor<6x10xf32>
  %2 = tosa.reverse %x {axis = 1 : i32} : (tensor<4x8xf32>) -> tensor<4x8xf32>
  %st = tosa.const_shape {values = dense<[1, 2]> : tensor<2xindex>} : () -> !tosa.shape<2>
  %sz = tosa.const_shape {values = dense<[2, 4]> : tensor<2xindex>} : () -> !tosa.shape<2>
  %3 = tosa.slice %x, %st, %sz : (tensor<4x8xf32>, !tosa.shape<2>, !tosa.shape<2>) -> tensor<2x4xf32>
  %m = tosa.const_shape {values = dense<[2, 2]> : tensor<2xindex>} : () -> !tosa.shape<2>
  %4 = tosa.tile %x, %m : (tensor<4x8xf32>, !tosa.shape<2>) -> tensor<8x16xf32>
  %5 = tosa.transpose %x {perms = array<i32: 1, 0>} : (tensor<4x8xf32>) -> tensor<8x4xf32>
  %6 = tosa.gather %v, %idx : (tensor<1x16x4xf32>, tensor<1x3xi32>) -> tensor<1x3x4xf32>
  %s = tosa.const_shape {values = dense<32> : tensor<1xindex>} : () -> !tosa.shape<1>
  %7 = tosa.reshape %x, %s : (tensor<4x8xf32>, !tosa.shape<1>) -> tensor<32xf32>
  return %0, %1, %2, %3, %4, %5, %6, %7 : tensor<8x8xf32>, tensor<6x10xf32>, tensor<4x8xf32>, tensor<2x4xf32>, tensor<8x16xf32>, tensor<8x4xf32>, tensor<1x3x4xf32>, tensor<32xf32>
}
