// The padding convention. By default every kernel tap counts, including
// taps that land in padding (the lowering and PyTorch-side tools);
// --count-padded-taps=false (pass option count-padded-taps=false) counts
// only taps that land inside the input, as XLA does.
//
// RUN: cost-opt --flops --format=json %s | FileCheck %s --check-prefix=ALL-JSON
// RUN: cost-opt --flops --format=json --count-padded-taps=false %s | FileCheck %s --check-prefix=INSIDE-JSON
// RUN: cost-opt --pass-pipeline='builtin.module(cost-annotate{count-padded-taps=false})' %s | FileCheck %s --check-prefix=ANNOTATE
// RUN: cost-opt --pass-pipeline='builtin.module(cost-report{format=json count-padded-taps=false})' %s -o /dev/null | FileCheck %s --check-prefix=INSIDE-JSON
//
// Counts are checked in the JSON report (--format=json, docs/json-schema.md):
// each function's "name", then its counts, one key a line, in schema order.

// conv2d, 5x6 input, 3x3 kernel, stride 2, asymmetric padding
// top 0 / bottom 2, left 2 / right 1:
//   OH = (5 - 1 + 0 + 2 - (3 - 1))/2 + 1 = 3,  OW = (6 - 1 + 2 + 1 - 2)/2 + 1 = 4.
// Every tap: MACs = N*OH*OW*Cout*KH*KW*Cin = 1*3*4*3*3*3*2 = 648
// Taps inside, rows (input row = 2*oy + ky, valid 0..4):
//   oy=0: 0,1,2 -> 3;  oy=1: 2,3,4 -> 3;  oy=2: 4,5,6 -> 1;  total 7 (of 9)
// columns (input column = 2*ox + kx - 2, valid 0..5):
//   ox=0: -2,-1,0 -> 1;  ox=1: 0,1,2 -> 3;  ox=2: 2,3,4 -> 3;  ox=3: 4,5,6 -> 2;
//   total 9 (of 12)
// Inside: MACs = N*Cout*Cin*rows*columns = 1*3*2*7*9 = 378
// ALL-JSON: "name": "conv",
// ALL-JSON-NEXT: "flops": 1296,
// ALL-JSON-NEXT: "macs": 648,
// ALL-JSON-NEXT: "int_ops": 0,
// ALL-JSON-NEXT: "transcendentals": 0,
// INSIDE-JSON: "name": "conv",
// INSIDE-JSON-NEXT: "flops": 756,
// INSIDE-JSON-NEXT: "macs": 378,
// INSIDE-JSON-NEXT: "int_ops": 0,
// INSIDE-JSON-NEXT: "transcendentals": 0,
// ANNOTATE: tosa.conv2d
// ANNOTATE-SAME: cost.flops = 756 : i64
// ANNOTATE-SAME: cost.int_ops = 0 : i64
// ANNOTATE-SAME: cost.macs = 378 : i64
func.func @conv(%x: tensor<1x5x6x2xf32>, %w: tensor<3x3x3x2xf32>, %b: tensor<3xf32>) -> tensor<1x3x4x3xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %0 = tosa.conv2d %x, %w, %b, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 2, 2, 1>, stride = array<i64: 2, 2>} : (tensor<1x5x6x2xf32>, tensor<3x3x3x2xf32>, tensor<3xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x3x4x3xf32>
  return %0 : tensor<1x3x4x3xf32>
}

// Dilation 2 with padding 2 on every side, 5x5 input, 3x3 kernel:
//   OH = OW = (5 - 1 + 4 - 4)/1 + 1 = 5; input index = o + 2*k - 2.
//   o=0: -2,0,2 -> 2;  o=1: -1,1,3 -> 2;  o=2: 0,2,4 -> 3;  o=3: 1,3,5 -> 2;
//   o=4: 2,4,6 -> 2;  total 11 (of 15) per dimension.
// Depthwise, C=1, M=1: every tap 5*5*9 = 225 MACs; inside 11*11 = 121.
// ALL-JSON: "name": "depthwise_dilated",
// ALL-JSON-NEXT: "flops": 450,
// ALL-JSON-NEXT: "macs": 225,
// ALL-JSON-NEXT: "int_ops": 0,
// ALL-JSON-NEXT: "transcendentals": 0,
// INSIDE-JSON: "name": "depthwise_dilated",
// INSIDE-JSON-NEXT: "flops": 242,
// INSIDE-JSON-NEXT: "macs": 121,
// INSIDE-JSON-NEXT: "int_ops": 0,
// INSIDE-JSON-NEXT: "transcendentals": 0,
func.func @depthwise_dilated(%x: tensor<1x5x5x1xf32>, %w: tensor<3x3x1x1xf32>, %b: tensor<1xf32>) -> tensor<1x5x5x1xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %0 = tosa.depthwise_conv2d %x, %w, %b, %zp, %zp {acc_type = f32, dilation = array<i64: 2, 2>, pad = array<i64: 2, 2, 2, 2>, stride = array<i64: 1, 1>} : (tensor<1x5x5x1xf32>, tensor<3x3x1x1xf32>, tensor<1xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x5x5x1xf32>
  return %0 : tensor<1x5x5x1xf32>
}

// max_pool2d, 3x3 window, stride 1, padding 1 on every side, 4x4 input:
//   OH = OW = 4; taps inside per dimension: 2 + 3 + 3 + 2 = 10 (of 12).
// Every tap: N*OH*OW*C*9 = 1*4*4*2*9 = 288 FLOPs
// Inside: C*10*10 = 200 FLOPs
// ALL-JSON: "name": "max_pool",
// ALL-JSON-NEXT: "flops": 288,
// ALL-JSON-NEXT: "macs": 0,
// ALL-JSON-NEXT: "int_ops": 0,
// ALL-JSON-NEXT: "transcendentals": 0,
// INSIDE-JSON: "name": "max_pool",
// INSIDE-JSON-NEXT: "flops": 200,
// INSIDE-JSON-NEXT: "macs": 0,
// INSIDE-JSON-NEXT: "int_ops": 0,
// INSIDE-JSON-NEXT: "transcendentals": 0,
func.func @max_pool(%x: tensor<1x4x4x2xf32>) -> tensor<1x4x4x2xf32> {
  %0 = tosa.max_pool2d %x {kernel = array<i64: 3, 3>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x4x4x2xf32>) -> tensor<1x4x4x2xf32>
  return %0 : tensor<1x4x4x2xf32>
}
