// RUN: cost-opt --cost-annotate=target=none -split-input-file %s | FileCheck %s

// The textbook formula: a conv producing H x W x Cout from Cin channels with
// a K x K kernel is H*W*Cout*2*K^2*Cin FLOPs.
// CHECK-LABEL: func.func @conv2d_nchw
func.func @conv2d_nchw(%x: tensor<1x64x58x58xf32>, %w: tensor<128x64x3x3xf32>, %y: tensor<1x128x56x56xf32>) -> tensor<1x128x56x56xf32> {
  // H=W=56, Cout=128, K=3, Cin=64: MACs = 56*56*128*9*64 = 231211008; FLOPs = 2*MACs = 462422016
  // read = (64*58*58 + 128*64*9 + 128*56*56)*4 = (215296 + 73728 + 401408)*4 = 2761728
  // written = 401408*4 = 1605632
  // CHECK: linalg.conv_2d_nchw_fchw
  // CHECK-SAME: cost.bytes_read = 2761728 : i64
  // CHECK-SAME: cost.bytes_written = 1605632 : i64
  // CHECK-SAME: cost.flops = 462422016 : i64
  // CHECK-SAME: cost.int_ops = 0 : i64
  // CHECK-SAME: cost.macs = 231211008 : i64
  // CHECK-SAME: cost.transcendentals = 0 : i64
  %0 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %w : tensor<1x64x58x58xf32>, tensor<128x64x3x3xf32>) outs(%y : tensor<1x128x56x56xf32>) -> tensor<1x128x56x56xf32>
  return %0 : tensor<1x128x56x56xf32>
}

// -----

// Strides shrink the output, not the per-output work.
// CHECK-LABEL: func.func @conv2d_nhwc_strided
func.func @conv2d_nhwc_strided(%x: tensor<2x225x225x3xf32>, %w: tensor<7x7x3x64xf32>, %y: tensor<2x110x110x64xf32>) -> tensor<2x110x110x64xf32> {
  // N=2, H=W=110, Cout=64, K=7, Cin=3: MACs = 2*110*110*64*49*3 = 1548800*147 = 227673600; FLOPs = 455347200
  // read = (2*225*225*3 + 7*7*3*64 + 2*110*110*64)*4 = (303750 + 9408 + 1548800)*4 = 7447832
  // written = 1548800*4 = 6195200
  // CHECK: linalg.conv_2d_nhwc_hwcf
  // CHECK-SAME: cost.bytes_read = 7447832 : i64
  // CHECK-SAME: cost.bytes_written = 6195200 : i64
  // CHECK-SAME: cost.flops = 455347200 : i64
  // CHECK-SAME: cost.int_ops = 0 : i64
  // CHECK-SAME: cost.macs = 227673600 : i64
  // CHECK-SAME: cost.transcendentals = 0 : i64
  %0 = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>}
      ins(%x, %w : tensor<2x225x225x3xf32>, tensor<7x7x3x64xf32>) outs(%y : tensor<2x110x110x64xf32>) -> tensor<2x110x110x64xf32>
  return %0 : tensor<2x110x110x64xf32>
}

// -----

// Depthwise: each channel has its own K x K filter, no Cin sum.
// CHECK-LABEL: func.func @depthwise
func.func @depthwise(%x: tensor<1x32x114x114xf32>, %w: tensor<32x3x3xf32>, %y: tensor<1x32x112x112xf32>) -> tensor<1x32x112x112xf32> {
  // MACs = H*W*C*K^2 = 112*112*32*9 = 3612672; FLOPs = 7225344
  // read = (32*114*114 + 32*9 + 32*112*112)*4 = (415872 + 288 + 401408)*4 = 3270272
  // written = 401408*4 = 1605632
  // CHECK: linalg.depthwise_conv_2d_nchw_chw
  // CHECK-SAME: cost.bytes_read = 3270272 : i64
  // CHECK-SAME: cost.bytes_written = 1605632 : i64
  // CHECK-SAME: cost.flops = 7225344 : i64
  // CHECK-SAME: cost.int_ops = 0 : i64
  // CHECK-SAME: cost.macs = 3612672 : i64
  // CHECK-SAME: cost.transcendentals = 0 : i64
  %0 = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %w : tensor<1x32x114x114xf32>, tensor<32x3x3xf32>) outs(%y : tensor<1x32x112x112xf32>) -> tensor<1x32x112x112xf32>
  return %0 : tensor<1x32x112x112xf32>
}

// -----

// Grouped conv: G groups of Cin/G -> Cout/G channels.
// CHECK-LABEL: func.func @grouped
func.func @grouped(%x: tensor<1x4x8x10x10xf32>, %w: tensor<4x16x8x3x3xf32>, %y: tensor<1x4x16x8x8xf32>) -> tensor<1x4x16x8x8xf32> {
  // G=4, Cin/G=8, Cout/G=16, H=W=8, K=3: MACs = 4*16*8*8*8*9 = 294912; FLOPs = 589824
  // read = (3200 + 4608 + 4096)*4 = 47616; written = 4096*4 = 16384
  // CHECK: linalg.conv_2d_ngchw_gfchw
  // CHECK-SAME: cost.bytes_read = 47616 : i64
  // CHECK-SAME: cost.bytes_written = 16384 : i64
  // CHECK-SAME: cost.flops = 589824 : i64
  // CHECK-SAME: cost.int_ops = 0 : i64
  // CHECK-SAME: cost.macs = 294912 : i64
  // CHECK-SAME: cost.transcendentals = 0 : i64
  %0 = linalg.conv_2d_ngchw_gfchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %w : tensor<1x4x8x10x10xf32>, tensor<4x16x8x3x3xf32>) outs(%y : tensor<1x4x16x8x8xf32>) -> tensor<1x4x16x8x8xf32>
  return %0 : tensor<1x4x16x8x8xf32>
}

// -----

// CHECK-LABEL: func.func @conv1d_and_3d
func.func @conv1d_and_3d(%x1: tensor<1x34x8xf32>, %w1: tensor<3x8x16xf32>, %y1: tensor<1x32x16xf32>,
                         %x3: tensor<1x6x6x6x2xf32>, %w3: tensor<3x3x3x2x4xf32>, %y3: tensor<1x4x4x4x4xf32>) {
  // 1-D: W=32, Cout=16, K=3, Cin=8: MACs = 32*16*3*8 = 12288
  // read = (272 + 384 + 512)*4 = 4672; written = 2048
  // CHECK: linalg.conv_1d_nwc_wcf
  // CHECK-SAME: cost.bytes_read = 4672 : i64
  // CHECK-SAME: cost.bytes_written = 2048 : i64
  // CHECK-SAME: cost.flops = 24576 : i64
  // CHECK-SAME: cost.int_ops = 0 : i64
  // CHECK-SAME: cost.macs = 12288 : i64
  // CHECK-SAME: cost.transcendentals = 0 : i64
  %0 = linalg.conv_1d_nwc_wcf {dilations = dense<1> : tensor<1xi64>, strides = dense<1> : tensor<1xi64>}
      ins(%x1, %w1 : tensor<1x34x8xf32>, tensor<3x8x16xf32>) outs(%y1 : tensor<1x32x16xf32>) -> tensor<1x32x16xf32>
  // 3-D: D=H=W=4, Cout=4, K=3, Cin=2: MACs = 64*4*27*2 = 13824
  // read = (432 + 216 + 256)*4 = 3616; written = 1024
  // CHECK: linalg.conv_3d_ndhwc_dhwcf
  // CHECK-SAME: cost.bytes_read = 3616 : i64
  // CHECK-SAME: cost.bytes_written = 1024 : i64
  // CHECK-SAME: cost.flops = 27648 : i64
  // CHECK-SAME: cost.int_ops = 0 : i64
  // CHECK-SAME: cost.macs = 13824 : i64
  // CHECK-SAME: cost.transcendentals = 0 : i64
  %1 = linalg.conv_3d_ndhwc_dhwcf {dilations = dense<1> : tensor<3xi64>, strides = dense<1> : tensor<3xi64>}
      ins(%x3, %w3 : tensor<1x6x6x6x2xf32>, tensor<3x3x3x2x4xf32>) outs(%y3 : tensor<1x4x4x4x4xf32>) -> tensor<1x4x4x4x4xf32>
  return
}

// -----

// Quantized conv: integer MACs, plus the two zero-point subtractions.
// CHECK-LABEL: func.func @conv_q
func.func @conv_q(%x: tensor<1x10x10x8xi8>, %w: tensor<3x3x8x16xi8>, %zx: i32, %zw: i32, %y: tensor<1x8x8x16xi32>) -> tensor<1x8x8x16xi32> {
  // MACs = 8*8*16*9*8 = 73728; int OPs = 4*MACs = 294912 (subi, subi, muli, addi)
  // read = 800*1 + 1152*1 + 1024*4 = 6048; written = 4096
  // CHECK: linalg.conv_2d_nhwc_hwcf_q
  // CHECK-SAME: cost.bytes_read = 6048 : i64
  // CHECK-SAME: cost.bytes_written = 4096 : i64
  // CHECK-SAME: cost.flops = 0 : i64
  // CHECK-SAME: cost.int_ops = 294912 : i64
  // CHECK-SAME: cost.macs = 73728 : i64
  // CHECK-SAME: cost.transcendentals = 0 : i64
  %0 = linalg.conv_2d_nhwc_hwcf_q {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %w, %zx, %zw : tensor<1x10x10x8xi8>, tensor<3x3x8x16xi8>, i32, i32) outs(%y : tensor<1x8x8x16xi32>) -> tensor<1x8x8x16xi32>
  return %0 : tensor<1x8x8x16xi32>
}

// -----

// Pooling: one op per window tap; the window operand only gives the shape
// and is not read.
// CHECK-LABEL: func.func @pooling
func.func @pooling(%x: tensor<1x16x32x32xf32>, %win: tensor<2x2xf32>, %y: tensor<1x16x16x16xf32>, %gwin: tensor<32x32xf32>, %g: tensor<1x16x1x1xf32>) {
  // max: C*OH*OW*K^2 = 16*16*16*4 = 16384 FLOPs, no MACs
  // read = (16384 + 4096)*4 = 81920 (input and the running max); written = 16384
  // CHECK: linalg.pooling_nchw_max
  // CHECK-SAME: cost.bytes_read = 81920 : i64
  // CHECK-SAME: cost.bytes_written = 16384 : i64
  // CHECK-SAME: cost.flops = 16384 : i64
  // CHECK-SAME: cost.int_ops = 0 : i64
  // CHECK-SAME: cost.macs = 0 : i64
  // CHECK-SAME: cost.transcendentals = 0 : i64
  %0 = linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>}
      ins(%x, %win : tensor<1x16x32x32xf32>, tensor<2x2xf32>) outs(%y : tensor<1x16x16x16xf32>) -> tensor<1x16x16x16xf32>
  // global sum: C*32*32 = 16384 adds, not MACs (no multiply)
  // read = (16384 + 16)*4 = 65600; written = 64
  // CHECK: linalg.pooling_nchw_sum
  // CHECK-SAME: cost.bytes_read = 65600 : i64
  // CHECK-SAME: cost.bytes_written = 64 : i64
  // CHECK-SAME: cost.flops = 16384 : i64
  // CHECK-SAME: cost.int_ops = 0 : i64
  // CHECK-SAME: cost.macs = 0 : i64
  // CHECK-SAME: cost.transcendentals = 0 : i64
  %1 = linalg.pooling_nchw_sum {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %gwin : tensor<1x16x32x32xf32>, tensor<32x32xf32>) outs(%g : tensor<1x16x1x1xf32>) -> tensor<1x16x1x1xf32>
  return
}
