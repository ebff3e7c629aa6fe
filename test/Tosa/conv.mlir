// TOSA convolutions, costed on the TOSA form and after the upstream lowering
// (tosa-to-linalg-named etc.): the same CHECK lines hold for both, except
// where docs/tosa.md states that the lowering changes the work (LOWERED/TOSA).
//
// RUN: cost-opt --flops --exact %s | FileCheck %s --check-prefixes=CHECK,TOSA
// RUN: cost-opt --flops --exact %tosa_lowering %s | FileCheck %s --check-prefixes=CHECK,LOWERED
// RUN: cost-opt --cost-annotate=target=none %s | FileCheck %s --check-prefix=ANNOTATE
//
// Report columns: function, FLOPs, MACs, int OPs, transcendentals, ...

// The textbook conv: H*W*Cout*K^2*Cin MACs, 2 FLOPs each; the bias
// initialises the accumulator and costs no operation.
// OH = (8 + 1 + 0 - 3)/2 + 1 = 4, OW = 4.
// MACs = N*OH*OW*Cout*KH*KW*Cin = 1*4*4*4*3*3*3 = 1728; FLOPs = 2*1728 = 3456
// CHECK: @conv2d 3456 1728 0 0{{ }}
// ANNOTATE-LABEL: func.func @conv2d
// read = input + weight + bias = (8*8*3 + 4*3*3*3 + 4)*4 = (192 + 108 + 4)*4
// = 1216 (zero points are scalars of the op, not data);
// written = 4*4*4*4 = 256
// ANNOTATE: tosa.conv2d {{.*}} {acc_type = f32, cost.bytes_read = 1216 : i64, cost.bytes_written = 256 : i64, cost.flops = 3456 : i64, cost.int_ops = 0 : i64, cost.macs = 1728 : i64, cost.transcendentals = 0 : i64
func.func @conv2d(%x: tensor<1x8x8x3xf32>, %w: tensor<4x3x3x3xf32>, %b: tensor<4xf32>) -> tensor<1x4x4x4xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %0 = tosa.conv2d %x, %w, %b, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x8x8x3xf32>, tensor<4x3x3x3xf32>, tensor<4xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x4xf32>
  return %0 : tensor<1x4x4x4xf32>
}

// int8 with a non-zero input zero point: each tap also subtracts both zero
// points (the lowering's conv_2d_nhwc_fhwc_q), 2 more int OPs per tap.
// MACs = 1*6*6*4*3*3*3 = 3888; int OPs = 3888*(2 + 2) = 15552
// CHECK: @conv2d_i8_zp 0 3888 15552 0{{ }}
func.func @conv2d_i8_zp(%x: tensor<1x8x8x3xi8>, %w: tensor<4x3x3x3xi8>, %b: tensor<4xi32>) -> tensor<1x6x6x4xi32> {
  %izp = "tosa.const"() <{values = dense<-128> : tensor<1xi8>}> : () -> tensor<1xi8>
  %wzp = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %0 = tosa.conv2d %x, %w, %b, %izp, %wzp {acc_type = i32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x3xi8>, tensor<4x3x3x3xi8>, tensor<4xi32>, tensor<1xi8>, tensor<1xi8>) -> tensor<1x6x6x4xi32>
  return %0 : tensor<1x6x6x4xi32>
}

// int8 with zero zero points: a plain integer MAC, 2 int OPs.
// MACs = 3888; int OPs = 2*3888 = 7776
// CHECK: @conv2d_i8 0 3888 7776 0{{ }}
func.func @conv2d_i8(%x: tensor<1x8x8x3xi8>, %w: tensor<4x3x3x3xi8>, %b: tensor<4xi32>) -> tensor<1x6x6x4xi32> {
  %zp = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %0 = tosa.conv2d %x, %w, %b, %zp, %zp {acc_type = i32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x3xi8>, tensor<4x3x3x3xi8>, tensor<4xi32>, tensor<1xi8>, tensor<1xi8>) -> tensor<1x6x6x4xi32>
  return %0 : tensor<1x6x6x4xi32>
}

// Dilation 2: the 3x3 kernel spans 5x5 input positions but still has 9
// taps. OH = OW = (9 - 1 - 2*(3 - 1))/1 + 1 = 5.
// MACs = 1*5*5*2*3*3*4 = 1800; FLOPs = 3600
// CHECK: @conv2d_dilated 3600 1800 0 0{{ }}
func.func @conv2d_dilated(%x: tensor<1x9x9x4xf32>, %w: tensor<2x3x3x4xf32>, %b: tensor<2xf32>) -> tensor<1x5x5x2xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %0 = tosa.conv2d %x, %w, %b, %zp, %zp {acc_type = f32, dilation = array<i64: 2, 2>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x9x9x4xf32>, tensor<2x3x3x4xf32>, tensor<2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x5x5x2xf32>
  return %0 : tensor<1x5x5x2xf32>
}

// Depthwise, multiplier 2: H*W*C*M*K^2 MACs, no Cin sum.
// MACs = 1*8*8*3*2*3*3 = 3456; FLOPs = 6912.
// The lowering accumulates from zero and adds the bias afterwards: one more
// FLOP per output, 1*8*8*6 = 384 -> 7296 (docs/tosa.md).
// TOSA: @depthwise 6912 3456 0 0{{ }}
// LOWERED: @depthwise 7296 3456 0 0{{ }}
func.func @depthwise(%x: tensor<1x8x8x3xf32>, %w: tensor<3x3x3x2xf32>, %b: tensor<6xf32>) -> tensor<1x8x8x6xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %0 = tosa.depthwise_conv2d %x, %w, %b, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x3xf32>, tensor<3x3x3x2xf32>, tensor<6xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x6xf32>
  return %0 : tensor<1x8x8x6xf32>
}

// conv3d: D*H*W*Cout*KD*KH*KW*Cin MACs.
// OD = 4 - 2 + 1 = 3, OH = OW = 8 - 3 + 1 = 6.
// MACs = 1*3*6*6*4*2*3*3*3 = 23328; FLOPs = 46656
// CHECK: @conv3d 46656 23328 0 0{{ }}
func.func @conv3d(%x: tensor<1x4x8x8x3xf32>, %w: tensor<4x2x3x3x3xf32>, %b: tensor<4xf32>) -> tensor<1x3x6x6x4xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %0 = tosa.conv3d %x, %w, %b, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1, 1>, pad = array<i64: 0, 0, 0, 0, 0, 0>, stride = array<i64: 1, 1, 1>} : (tensor<1x4x8x8x3xf32>, tensor<4x2x3x3x3xf32>, tensor<4xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x3x6x6x4xf32>
  return %0 : tensor<1x3x6x6x4xf32>
}
