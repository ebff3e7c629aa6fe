// RUN: cost-opt --cost-annotate=target=none -split-input-file %s | FileCheck %s

// CHECK-LABEL: func.func @data_movement
func.func @data_movement(%s: f32, %a: tensor<16x32xf32>, %t: tensor<32x16xf32>, %v: tensor<32xf32>) {
  // fill: no arithmetic; the scalar is a register; writes 16*32*4 = 2048 bytes
  // CHECK: linalg.fill
  // CHECK-SAME: cost.bytes_read = 0 : i64
  // CHECK-SAME: cost.bytes_written = 2048 : i64
  // CHECK-SAME: cost.flops = 0 : i64
  // CHECK-SAME: cost.int_ops = 0 : i64
  // CHECK-SAME: cost.macs = 0 : i64
  // CHECK-SAME: cost.transcendentals = 0 : i64
  %0 = linalg.fill ins(%s : f32) outs(%a : tensor<16x32xf32>) -> tensor<16x32xf32>
  // copy: reads and writes 2048 bytes
  // CHECK: linalg.copy
  // CHECK-SAME: cost.bytes_read = 2048 : i64
  // CHECK-SAME: cost.bytes_written = 2048 : i64
  // CHECK-SAME: cost.flops = 0 : i64
  // CHECK-SAME: cost.int_ops = 0 : i64
  // CHECK-SAME: cost.macs = 0 : i64
  // CHECK-SAME: cost.transcendentals = 0 : i64
  %1 = linalg.copy ins(%0 : tensor<16x32xf32>) outs(%a : tensor<16x32xf32>) -> tensor<16x32xf32>
  // transpose: reads and writes 2048 bytes
  // CHECK: linalg.transpose
  // CHECK-SAME: cost.bytes_read = 2048 : i64
  // CHECK-SAME: cost.bytes_written = 2048 : i64
  // CHECK-SAME: cost.flops = 0 : i64
  // CHECK-SAME: cost.int_ops = 0 : i64
  // CHECK-SAME: cost.macs = 0 : i64
  // CHECK-SAME: cost.transcendentals = 0 : i64
  %2 = linalg.transpose ins(%1 : tensor<16x32xf32>) outs(%t : tensor<32x16xf32>) permutation = [1, 0]
  // broadcast: reads 32*4 = 128, writes 2048
  // CHECK: linalg.broadcast
  // CHECK-SAME: cost.bytes_read = 128 : i64
  // CHECK-SAME: cost.bytes_written = 2048 : i64
  // CHECK-SAME: cost.flops = 0 : i64
  // CHECK-SAME: cost.int_ops = 0 : i64
  // CHECK-SAME: cost.macs = 0 : i64
  // CHECK-SAME: cost.transcendentals = 0 : i64
  %3 = linalg.broadcast ins(%v : tensor<32xf32>) outs(%a : tensor<16x32xf32>) dimensions = [0]
  return
}

// -----

// CHECK-LABEL: func.func @named_elementwise
func.func @named_elementwise(%a: tensor<64x64xf32>, %b: tensor<64x64xf32>, %c: tensor<64x64xf32>) {
  // add: 64*64 = 4096 FLOPs; read 2*16384, written 16384 (the init is not read)
  // CHECK: linalg.add
  // CHECK-SAME: cost.bytes_read = 32768 : i64
  // CHECK-SAME: cost.bytes_written = 16384 : i64
  // CHECK-SAME: cost.flops = 4096 : i64
  // CHECK-SAME: cost.int_ops = 0 : i64
  // CHECK-SAME: cost.macs = 0 : i64
  // CHECK-SAME: cost.transcendentals = 0 : i64
  %0 = linalg.add ins(%a, %b : tensor<64x64xf32>, tensor<64x64xf32>) outs(%c : tensor<64x64xf32>) -> tensor<64x64xf32>
  // exp: 4096 transcendentals, not FLOPs
  // CHECK: linalg.exp
  // CHECK-SAME: cost.bytes_read = 16384 : i64
  // CHECK-SAME: cost.bytes_written = 16384 : i64
  // CHECK-SAME: cost.flops = 0 : i64
  // CHECK-SAME: cost.int_ops = 0 : i64
  // CHECK-SAME: cost.macs = 0 : i64
  // CHECK-SAME: cost.transcendentals = 4096 : i64
  %1 = linalg.exp ins(%0 : tensor<64x64xf32>) outs(%c : tensor<64x64xf32>) -> tensor<64x64xf32>
  // elementwise kind=mul: 4096 FLOPs
  // CHECK: linalg.elementwise
  // CHECK-SAME: cost.bytes_read = 32768 : i64
  // CHECK-SAME: cost.bytes_written = 16384 : i64
  // CHECK-SAME: cost.flops = 4096 : i64
  // CHECK-SAME: cost.int_ops = 0 : i64
  // CHECK-SAME: cost.macs = 0 : i64
  // CHECK-SAME: cost.transcendentals = 0 : i64
  %2 = linalg.elementwise kind=#linalg.elementwise_kind<mul> ins(%0, %1 : tensor<64x64xf32>, tensor<64x64xf32>) outs(%c : tensor<64x64xf32>) -> tensor<64x64xf32>
  return
}

// -----

// A GELU written as linalg.generic: x * 0.5 * (1 + erf(x / sqrt(2))).
// CHECK-LABEL: func.func @gelu
func.func @gelu(%x: tensor<8x768xf32>, %y: tensor<8x768xf32>) -> tensor<8x768xf32> {
  %half = arith.constant 0.5 : f32
  %one = arith.constant 1.0 : f32
  %rsqrt2 = arith.constant 0.70710678 : f32
  // per element: mulf, erf, addf, mulf, mulf = 4 FLOPs + 1 transcendental
  // 8*768 = 6144 elements: 24576 FLOPs, 6144 transcendentals
  // read = 6144*4 = 24576 (the init is not read); written = 24576
  // CHECK: linalg.generic
  // CHECK-SAME: cost.bytes_read = 24576 : i64
  // CHECK-SAME: cost.bytes_written = 24576 : i64
  // CHECK-SAME: cost.flops = 24576 : i64
  // CHECK-SAME: cost.int_ops = 0 : i64
  // CHECK-SAME: cost.macs = 0 : i64
  // CHECK-SAME: cost.transcendentals = 6144 : i64
  %0 = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i, j)>],
                       iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<8x768xf32>) outs(%y : tensor<8x768xf32>) {
  ^bb0(%in: f32, %out: f32):
    %s = arith.mulf %in, %rsqrt2 : f32
    %e = math.erf %s : f32
    %p = arith.addf %e, %one : f32
    %h = arith.mulf %in, %half : f32
    %r = arith.mulf %h, %p : f32
    linalg.yield %r : f32
  } -> tensor<8x768xf32>
  return %0 : tensor<8x768xf32>
}

// -----

// CHECK-LABEL: func.func @reduce_and_map
func.func @reduce_and_map(%x: tensor<16x64xf32>, %acc: tensor<16xf32>, %y: tensor<16x64xf32>) {
  // reduce: 16*64 = 1024 adds (each element is added once, into the init)
  // read = 4096 + 64 (the init is read); written = 64
  // CHECK: linalg.reduce
  // CHECK-SAME: cost.bytes_read = 4160 : i64
  // CHECK-SAME: cost.bytes_written = 64 : i64
  // CHECK-SAME: cost.flops = 1024 : i64
  // CHECK-SAME: cost.int_ops = 0 : i64
  // CHECK-SAME: cost.macs = 0 : i64
  // CHECK-SAME: cost.transcendentals = 0 : i64
  %0 = linalg.reduce ins(%x : tensor<16x64xf32>) outs(%acc : tensor<16xf32>) dimensions = [1]
    (%in: f32, %init: f32) {
      %s = arith.addf %in, %init : f32
      linalg.yield %s : f32
    }
  // map with tanh: 1024 transcendentals
  // CHECK: linalg.map
  // CHECK-SAME: cost.bytes_read = 4096 : i64
  // CHECK-SAME: cost.bytes_written = 4096 : i64
  // CHECK-SAME: cost.flops = 0 : i64
  // CHECK-SAME: cost.int_ops = 0 : i64
  // CHECK-SAME: cost.macs = 0 : i64
  // CHECK-SAME: cost.transcendentals = 1024 : i64
  %1 = linalg.map ins(%x : tensor<16x64xf32>) outs(%y : tensor<16x64xf32>)
    (%in: f32, %out: f32) {
      %t = math.tanh %in : f32
      linalg.yield %t : f32
    }
  return
}

// -----

// linalg.softmax as its decomposition: per element maxnumf, subf, exp, addf,
// divf = 4 FLOPs + 1 transcendental.
// CHECK-LABEL: func.func @softmax
func.func @softmax(%x: tensor<2x16x32xf32>, %y: tensor<2x16x32xf32>) -> tensor<2x16x32xf32> {
  // 2*16*32 = 1024 elements: 4096 FLOPs, 1024 transcendentals; 4096 bytes each way
  // CHECK: linalg.softmax
  // CHECK-SAME: cost.bytes_read = 4096 : i64
  // CHECK-SAME: cost.bytes_written = 4096 : i64
  // CHECK-SAME: cost.flops = 4096 : i64
  // CHECK-SAME: cost.int_ops = 0 : i64
  // CHECK-SAME: cost.macs = 0 : i64
  // CHECK-SAME: cost.transcendentals = 1024 : i64
  %0 = linalg.softmax dimension(2) ins(%x : tensor<2x16x32xf32>) outs(%y : tensor<2x16x32xf32>) -> tensor<2x16x32xf32>
  return %0 : tensor<2x16x32xf32>
}

// -----

// CHECK-LABEL: func.func @relayout
func.func @relayout(%src: tensor<128x256xf32>, %dst: tensor<16x8x8x32xf32>) -> tensor<128x256xf32> {
  // pack: reads 128*256*4 = 131072, writes 16*8*8*32*4 = 131072
  // CHECK: linalg.pack
  // CHECK-SAME: cost.bytes_read = 131072 : i64
  // CHECK-SAME: cost.bytes_written = 131072 : i64
  // CHECK-SAME: cost.flops = 0 : i64
  %0 = linalg.pack %src inner_dims_pos = [0, 1] inner_tiles = [8, 32] into %dst : tensor<128x256xf32> -> tensor<16x8x8x32xf32>
  // unpack: the reverse, 16*8*8*32*4 = 131072 read, 128*256*4 = 131072 written
  // CHECK: linalg.unpack
  // CHECK-SAME: cost.bytes_read = 131072 : i64
  // CHECK-SAME: cost.bytes_written = 131072 : i64
  // CHECK-SAME: cost.flops = 0 : i64
  %1 = linalg.unpack %0 inner_dims_pos = [0, 1] inner_tiles = [8, 32] into %src : tensor<16x8x8x32xf32> -> tensor<128x256xf32>
  return %1 : tensor<128x256xf32>
}

// -----

// Winograd F(4,3): m = 4, r = 3, alpha = 6 (docs/ops/linalg.md).
// CHECK-LABEL: func.func @winograd
func.func @winograd(%f: tensor<2x3x3x5xf32>, %fo: tensor<6x6x5x2xf32>,
                    %x: tensor<1x10x10x5xf32>, %xo: tensor<6x6x2x2x1x5xf32>,
                    %v: tensor<6x6x2x2x1x2xf32>, %y: tensor<1x8x8x2xf32>) {
  // filter: per (f, c) alpha*r*r + alpha*r*alpha = 54 + 108 = 162 MACs; F*C = 10
  // MACs = 1620, FLOPs = 3240; read = 90*4 = 360; written = 360*4 = 1440
  // CHECK: linalg.winograd_filter_transform
  // CHECK-SAME: cost.bytes_read = 360 : i64
  // CHECK-SAME: cost.bytes_written = 1440 : i64
  // CHECK-SAME: cost.flops = 3240 : i64
  // CHECK-SAME: cost.int_ops = 0 : i64
  // CHECK-SAME: cost.macs = 1620 : i64
  %0 = linalg.winograd_filter_transform fmr(F_4_3) ins(%f : tensor<2x3x3x5xf32>) outs(%fo : tensor<6x6x5x2xf32>) -> tensor<6x6x5x2xf32>
  // input: per tile 2*alpha^3 = 432 MACs; tiles = 2*2*1*5 = 20
  // MACs = 8640, FLOPs = 17280; read = 500*4 = 2000; written = 720*4 = 2880
  // CHECK: linalg.winograd_input_transform
  // CHECK-SAME: cost.bytes_read = 2000 : i64
  // CHECK-SAME: cost.bytes_written = 2880 : i64
  // CHECK-SAME: cost.flops = 17280 : i64
  // CHECK-SAME: cost.int_ops = 0 : i64
  // CHECK-SAME: cost.macs = 8640 : i64
  %1 = linalg.winograd_input_transform fmr(F_4_3) ins(%x : tensor<1x10x10x5xf32>) outs(%xo : tensor<6x6x2x2x1x5xf32>) -> tensor<6x6x2x2x1x5xf32>
  // output: per tile m*alpha*(alpha + m) = 4*6*10 = 240 MACs, plus the scale
  // and add into the output: 2*m*m = 32 FLOPs; tiles = 2*2*1*2 = 8
  // MACs = 1920, FLOPs = 8*(480 + 32) = 4096
  // read = value 288*4 + output 128*4 = 1152 + 512 = 1664; written = 512
  // CHECK: linalg.winograd_output_transform
  // CHECK-SAME: cost.bytes_read = 1664 : i64
  // CHECK-SAME: cost.bytes_written = 512 : i64
  // CHECK-SAME: cost.flops = 4096 : i64
  // CHECK-SAME: cost.int_ops = 0 : i64
  // CHECK-SAME: cost.macs = 1920 : i64
  %2 = linalg.winograd_output_transform fmr(F_4_3) ins(%v : tensor<6x6x2x2x1x2xf32>) outs(%y : tensor<1x8x8x2xf32>) -> tensor<1x8x8x2xf32>
  return
}

// -----

// After bufferization the same op on memrefs counts the same.
// CHECK-LABEL: func.func @matmul_on_buffers
func.func @matmul_on_buffers(%a: memref<128x256xf32>, %b: memref<256x512xf32>, %c: memref<128x512xf32>) {
  // M=128, N=512, K=256: MACs 128*512*256 = 16777216, FLOPs 2*MACs =
  // 33554432; read (128*256 + 256*512 + 128*512)*4 = 917504; written
  // 128*512*4 = 262144.
  // CHECK: linalg.matmul
  // CHECK-SAME: cost.bytes_read = 917504 : i64
  // CHECK-SAME: cost.bytes_written = 262144 : i64
  // CHECK-SAME: cost.flops = 33554432 : i64
  // CHECK-SAME: cost.int_ops = 0 : i64
  // CHECK-SAME: cost.macs = 16777216 : i64
  // CHECK-SAME: cost.transcendentals = 0 : i64
  linalg.matmul ins(%a, %b : memref<128x256xf32>, memref<256x512xf32>) outs(%c : memref<128x512xf32>)
  return
}
