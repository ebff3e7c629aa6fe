// tosa.transpose_conv2d: tosa-to-linalg does not convert it; upstream
// pipelines first run tosa-optional-decompositions, which rewrites it as a
// conv2d over a zero-padded input with the kernel reversed. That conv also
// multiplies the padding zeros, so the lowered form counts more MACs than
// the operator does (docs/tosa.md).
//
// RUN: cost-opt --flops --format=json %s | FileCheck %s --check-prefix=TOSA-JSON
// RUN: cost-opt --flops --format=json --count-padded-taps=false %s | FileCheck %s --check-prefix=TOSA-JSON
// RUN: cost-opt --flops --format=json --pass-pipeline='builtin.module(func.func(tosa-optional-decompositions,tosa-to-linalg-named,tosa-to-linalg,tosa-to-arith,tosa-to-tensor))' %s | FileCheck %s --check-prefix=LOWERED-JSON
//
// Counts are checked in the JSON report (--format=json, docs/json-schema.md):
// each function's "name", then its counts, one key a line, in schema order.

// Every input element times every kernel tap, scattered into the output:
// N*IH*IW*Cin*Cout*KH*KW MACs (what fvcore and thop count for
// ConvTranspose). OH = (IH - 1)*stride + KH = 3*1 + 3 = 6.
// MACs = 1*4*4*3*2*3*3 = 864; FLOPs = 1728. Every tap lands inside the
// output, so --count-padded-taps=false gives the same.
// TOSA-JSON: "name": "stride1",
// TOSA-JSON-NEXT: "flops": 1728,
// TOSA-JSON-NEXT: "macs": 864,
// TOSA-JSON-NEXT: "int_ops": 0,
// TOSA-JSON-NEXT: "transcendentals": 0,
// The decomposition: conv2d with 3x3 taps over the input padded by 2 on each
// side, 6x6 outputs: MACs = 1*6*6*2*3*3*3 = 1944, FLOPs = 3888; the kernel
// reversal costs 1 index OP per weight element and dimension reversed
// (size - 1 - i; size - 1 is a constant, folded): 1*2*54 = 108 int OPs.
// LOWERED-JSON: "name": "stride1",
// LOWERED-JSON-NEXT: "flops": 3888,
// LOWERED-JSON-NEXT: "macs": 1944,
// LOWERED-JSON-NEXT: "int_ops": 108,
// LOWERED-JSON-NEXT: "transcendentals": 0,
func.func @stride1(%x: tensor<1x4x4x3xf32>, %w: tensor<2x3x3x3xf32>, %b: tensor<2xf32>) -> tensor<1x6x6x2xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %0 = tosa.transpose_conv2d %x, %w, %b, %zp, %zp {acc_type = f32, out_pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x3xf32>, tensor<2x3x3x3xf32>, tensor<2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x6x6x2xf32>
  return %0 : tensor<1x6x6x2xf32>
}

// Stride 2: the same 864 MACs, the output grows to
// OH = (4 - 1)*2 + 3 = 9.
// TOSA-JSON: "name": "stride2",
// TOSA-JSON-NEXT: "flops": 1728,
// TOSA-JSON-NEXT: "macs": 864,
// TOSA-JSON-NEXT: "int_ops": 0,
// TOSA-JSON-NEXT: "transcendentals": 0,
// The decomposition pads the kernel to 4x4 (a multiple of the stride),
// splits it into 2x2 phase kernels as 2*4 = 8 output channels, pads the
// input by 1 to 6x6 and runs a stride-1 conv2d: 5x5 outputs,
// MACs = 1*5*5*8*2*2*3 = 2400. Its 10x10 result is interleaved, sliced to
// 9x9 and the bias added: 9*9*2 = 162 FLOPs; FLOPs = 2*2400 + 162 = 4962.
// Reversing the padded kernel (2*4*4*3 = 96 elements, 2 dims, 1 index OP
// each): 96*2*1 = 192 int OPs.
// LOWERED-JSON: "name": "stride2",
// LOWERED-JSON-NEXT: "flops": 4962,
// LOWERED-JSON-NEXT: "macs": 2400,
// LOWERED-JSON-NEXT: "int_ops": 192,
// LOWERED-JSON-NEXT: "transcendentals": 0,
func.func @stride2(%x: tensor<1x4x4x3xf32>, %w: tensor<2x3x3x3xf32>, %b: tensor<2xf32>) -> tensor<1x9x9x2xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %0 = tosa.transpose_conv2d %x, %w, %b, %zp, %zp {acc_type = f32, out_pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 2, 2>} : (tensor<1x4x4x3xf32>, tensor<2x3x3x3xf32>, tensor<2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x9x9x2xf32>
  return %0 : tensor<1x9x9x2xf32>
}
