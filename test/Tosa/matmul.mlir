// tosa.matmul on the TOSA form and after the upstream lowering (same CHECK
// lines), and the block-scaled matmul, which the lowering does not convert.
//
// RUN: cost-opt --flops --format=json %s | FileCheck %s --check-prefix=JSON
// RUN: cost-opt --flops --format=json %tosa_lowering %s | FileCheck %s --check-prefix=JSON
// RUN: cost-opt --cost-annotate %s | FileCheck %s --check-prefix=BYTES
//
// Counts are checked in the JSON report (--format=json, docs/json-schema.md):
// each function's "name", then its counts, one key a line, in schema order.
// Bytes are checked on the TOSA op only: the lowering materialises the
// accumulator (a fill, then a read-modify-write), which moves more.

// The FC formula: an [N,H,C] x [N,C,W] batch matmul is N*H*W*C MACs,
// 2 FLOPs each (H x W outputs, 2*I FLOPs each for I = C inputs).
// MACs = 2*4*5*8 = 320; FLOPs = 640
// read = (2*4*8 + 2*8*5)*4 = (64 + 80)*4 = 576; written = 2*4*5*4 = 160
// JSON: "name": "matmul",
// JSON-NEXT: "flops": 640,
// JSON-NEXT: "macs": 320,
// JSON-NEXT: "int_ops": 0,
// JSON-NEXT: "transcendentals": 0,
// BYTES: tosa.matmul
// BYTES-SAME: cost.bytes_read = 576 : i64
// BYTES-SAME: cost.bytes_written = 160 : i64
func.func @matmul(%a: tensor<2x4x8xf32>, %b: tensor<2x8x5xf32>) -> tensor<2x4x5xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %0 = tosa.matmul %a, %b, %zp, %zp : (tensor<2x4x8xf32>, tensor<2x8x5xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<2x4x5xf32>
  return %0 : tensor<2x4x5xf32>
}

// bf16 in, f32 out: still 2 FLOPs per MAC, bytes at each type's size.
// MACs = 1*16*32*64 = 32768; FLOPs = 65536
// read = (16*64 + 64*32)*2 = 6144; written = 16*32*4 = 2048
// JSON: "name": "matmul_bf16",
// JSON-NEXT: "flops": 65536,
// JSON-NEXT: "macs": 32768,
// JSON-NEXT: "int_ops": 0,
// JSON-NEXT: "transcendentals": 0,
// BYTES: tosa.matmul
// BYTES-SAME: cost.bytes_read = 6144 : i64
// BYTES-SAME: cost.bytes_written = 2048 : i64
func.func @matmul_bf16(%a: tensor<1x16x64xbf16>, %b: tensor<1x64x32xbf16>) -> tensor<1x16x32xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xbf16>}> : () -> tensor<1xbf16>
  %0 = tosa.matmul %a, %b, %zp, %zp : (tensor<1x16x64xbf16>, tensor<1x64x32xbf16>, tensor<1xbf16>, tensor<1xbf16>) -> tensor<1x16x32xf32>
  return %0 : tensor<1x16x32xf32>
}

// int8 with zero points 3: a MAC is 2 int OPs, and the two zero-point
// subtractions per MAC add 2 more (quantized_batch_matmul after lowering).
// MACs = 1*4*5*8 = 160; int OPs = 160*(2 + 2) = 640
// JSON: "name": "matmul_i8",
// JSON-NEXT: "flops": 0,
// JSON-NEXT: "macs": 160,
// JSON-NEXT: "int_ops": 640,
// JSON-NEXT: "transcendentals": 0,
func.func @matmul_i8(%a: tensor<1x4x8xi8>, %b: tensor<1x8x5xi8>) -> tensor<1x4x5xi32> {
  %zp = "tosa.const"() <{values = dense<3> : tensor<1xi8>}> : () -> tensor<1xi8>
  %0 = tosa.matmul %a, %b, %zp, %zp : (tensor<1x4x8xi8>, tensor<1x8x5xi8>, tensor<1xi8>, tensor<1xi8>) -> tensor<1x4x5xi32>
  return %0 : tensor<1x4x5xi32>
}
