// The MX (block-scaled) ops. tosa-to-linalg does not convert them in
// MLIR 22; the formulas are derived in docs/tosa.md.
//
// RUN: cost-opt --flops --format=json %s | FileCheck %s --check-prefix=JSON
//
// Counts are checked in the JSON report (--format=json, docs/json-schema.md):
// each function's "name", then its counts, one key a line, in schema order.

// matmul_t_block_scaled: A [N,H,C] times B [N,W,C] transposed, blocks of 32
// along C. Per output and block: 32 MACs for the block's dot product, then
// the block sum times the product of the two scales, accumulated: 1 multiply
// and 1 MAC.
// MACs = N*H*W*(C + C/32) = 2*4*5*(64 + 2) = 2640
// FLOPs = 2*MACs + N*H*W*C/32 = 5280 + 2*4*5*2 = 5360
// read: f4E2M1FN is packed, half a byte per value; scales one byte each:
// 2*4*64/2 + 2*4*2 + 2*5*64/2 + 2*5*2 = 256 + 16 + 320 + 20 = 612
// written = 2*4*5*4 = 160
// JSON: "name": "matmul_mx",
// JSON-NEXT: "flops": 5360,
// JSON-NEXT: "macs": 2640,
// JSON-NEXT: "int_ops": 0,
// JSON-NEXT: "transcendentals": 0,
// JSON-NEXT: "bytes_read": 612,
// JSON-NEXT: "bytes_written": 160,
func.func @matmul_mx(%a: tensor<2x4x64xf4E2M1FN>, %sa: tensor<2x4x2xf8E8M0FNU>, %b: tensor<2x5x64xf4E2M1FN>, %sb: tensor<2x5x2xf8E8M0FNU>) -> tensor<2x4x5xf32> {
  %0 = tosa.matmul_t_block_scaled %a, %sa, %b, %sb {block_size = #tosa.block_size<BLOCK_SIZE_32>} : (tensor<2x4x64xf4E2M1FN>, tensor<2x4x2xf8E8M0FNU>, tensor<2x5x64xf4E2M1FN>, tensor<2x5x2xf8E8M0FNU>) -> tensor<2x4x5xf32>
  return %0 : tensor<2x4x5xf32>
}

// cast_to_block_scaled: per value, its magnitude, the running block maximum
// and the division by the scale (3 FLOPs); per block the shared exponent
// floor(log2(max)) - emax (1 transcendental + 2 FLOPs).
// 4*64 values in 4*2 blocks: FLOPs = 3*256 + 2*8 = 784; transcendentals = 8
// cast_from_block_scaled: one multiply per value: 256 FLOPs.
// Total FLOPs = 784 + 256 = 1040
// read = 256*4 (f32) + 256 (fp8) + 8 (scales) = 1288;
// written = 256 + 8 + 256*4 = 1288
// JSON: "name": "cast_mx",
// JSON-NEXT: "flops": 1040,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 0,
// JSON-NEXT: "transcendentals": 8,
// JSON-NEXT: "bytes_read": 1288,
// JSON-NEXT: "bytes_written": 1288,
func.func @cast_mx(%x: tensor<4x64xf32>) -> tensor<4x64xf32> {
  %d, %s = tosa.cast_to_block_scaled %x {block_size = #tosa.block_size<BLOCK_SIZE_32>} : (tensor<4x64xf32>) -> (tensor<4x64xf8E4M3FN>, tensor<4x2xf8E8M0FNU>)
  %y = tosa.cast_from_block_scaled %d, %s {block_size = #tosa.block_size<BLOCK_SIZE_32>} : (tensor<4x64xf8E4M3FN>, tensor<4x2xf8E8M0FNU>) -> tensor<4x64xf32>
  return %y : tensor<4x64xf32>
}
