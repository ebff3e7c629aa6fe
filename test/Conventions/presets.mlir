// RUN: cost-opt --flops --exact --target=none %s | FileCheck %s --check-prefix=DEFAULT
// RUN: cost-opt --flops --format=json --target=none %s | FileCheck %s --check-prefix=DEFAULT-JSON
// RUN: cost-opt --flops --exact --target=none --convention=macs-as-flops %s | FileCheck %s --check-prefix=MACS
// RUN: cost-opt --flops --format=json --target=none --convention=macs-as-flops %s | FileCheck %s --check-prefix=MACS-JSON
// RUN: cost-opt --flops --exact --target=none --convention=xla %s | FileCheck %s --check-prefix=XLA
// RUN: cost-opt --flops --format=json --target=none --convention=xla %s | FileCheck %s --check-prefix=XLA-JSON
// RUN: cost-opt --flops --exact --target=none --convention=exact %s | FileCheck %s --check-prefix=EXACT
// RUN: cost-opt --flops --format=json --target=none --convention=exact %s | FileCheck %s --check-prefix=EXACT-JSON
// RUN: cost-opt --pass-pipeline='builtin.module(cost-annotate{convention=exact})' %s | FileCheck %s --check-prefix=ANNOTATE
// RUN: not cost-opt --flops --convention=thop %s 2>&1 | FileCheck %s --check-prefix=BAD
// RUN: not cost-opt --pass-pipeline='builtin.module(cost-report{convention=thop})' %s 2>&1 | FileCheck %s --check-prefix=BAD-PASS

// BAD: cost-opt: error: unknown --convention 'thop'; expected one of: default, macs-as-flops, xla, exact
// BAD-PASS: error: unknown convention 'thop'; expected one of: default, macs-as-flops, xla, exact

// The four presets of docs/conventions.md on one op of each kind where they
// differ. Counts are checked in the JSON report (--format=json), one key a
// line after the function's "name".

// DEFAULT: FLOPs count floating-point operations (1 MAC = 2 FLOPs)
// MACS: Convention: macs-as-flops
// MACS: FLOPs count floating-point operations (1 MAC = 1 FLOP)
// XLA: Convention: xla
// EXACT: Convention: exact

// Matmul 4x8 by 8x16: MACs = M*N*K = 4*16*8 = 512, in every convention.
//   default       2*512            = 1024
//   macs-as-flops 512
//   xla           2*512 (XLA's dot: 2 FLOPs per FMA) = 1024
//   exact         M*N*(2K-1) = 64*15 = 960
// DEFAULT-JSON: "name": "matmul",
// DEFAULT-JSON-NEXT: "flops": 1024,
// DEFAULT-JSON-NEXT: "macs": 512,
// DEFAULT-JSON-NEXT: "int_ops": 0,
// DEFAULT-JSON-NEXT: "transcendentals": 0,
// MACS-JSON: "name": "matmul",
// MACS-JSON-NEXT: "flops": 512,
// MACS-JSON-NEXT: "macs": 512,
// MACS-JSON-NEXT: "int_ops": 0,
// MACS-JSON-NEXT: "transcendentals": 0,
// XLA-JSON: "name": "matmul",
// XLA-JSON-NEXT: "flops": 1024,
// XLA-JSON-NEXT: "macs": 512,
// XLA-JSON-NEXT: "int_ops": 0,
// XLA-JSON-NEXT: "transcendentals": 0,
// EXACT-JSON: "name": "matmul",
// EXACT-JSON-NEXT: "flops": 960,
// EXACT-JSON-NEXT: "macs": 512,
// EXACT-JSON-NEXT: "int_ops": 0,
// EXACT-JSON-NEXT: "transcendentals": 0,
// ANNOTATE-LABEL: func.func @matmul
// ANNOTATE: linalg.matmul
// ANNOTATE-SAME: cost.flops = 960 : i64
// ANNOTATE-SAME: cost.macs = 512 : i64
func.func @matmul(%a: tensor<4x8xf32>, %b: tensor<8x16xf32>, %c: tensor<4x16xf32>) -> tensor<4x16xf32> {
  %0 = linalg.matmul ins(%a, %b : tensor<4x8xf32>, tensor<8x16xf32>) outs(%c : tensor<4x16xf32>) -> tensor<4x16xf32>
  return %0 : tensor<4x16xf32>
}

// The same product as TOSA, the same counts: MACs 4*16*8 = 512; FLOPs
// 2*512 = 1024 (default, xla), 512 (macs-as-flops), 64*(2*8 - 1) = 960
// (exact).
// DEFAULT-JSON: "name": "tosa_matmul",
// DEFAULT-JSON-NEXT: "flops": 1024,
// DEFAULT-JSON-NEXT: "macs": 512,
// DEFAULT-JSON-NEXT: "int_ops": 0,
// DEFAULT-JSON-NEXT: "transcendentals": 0,
// MACS-JSON: "name": "tosa_matmul",
// MACS-JSON-NEXT: "flops": 512,
// MACS-JSON-NEXT: "macs": 512,
// MACS-JSON-NEXT: "int_ops": 0,
// MACS-JSON-NEXT: "transcendentals": 0,
// XLA-JSON: "name": "tosa_matmul",
// XLA-JSON-NEXT: "flops": 1024,
// XLA-JSON-NEXT: "macs": 512,
// XLA-JSON-NEXT: "int_ops": 0,
// XLA-JSON-NEXT: "transcendentals": 0,
// EXACT-JSON: "name": "tosa_matmul",
// EXACT-JSON-NEXT: "flops": 960,
// EXACT-JSON-NEXT: "macs": 512,
// EXACT-JSON-NEXT: "int_ops": 0,
// EXACT-JSON-NEXT: "transcendentals": 0,
func.func @tosa_matmul(%a: tensor<1x4x8xf32>, %b: tensor<1x8x16xf32>) -> tensor<1x4x16xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %0 = tosa.matmul %a, %b, %zp, %zp : (tensor<1x4x8xf32>, tensor<1x8x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x16xf32>
  return %0 : tensor<1x4x16xf32>
}

// conv2d, 1x4x4x2 input, 3 output channels, 3x3 kernel, pad 1, stride 1:
// output 1x4x4x3 (48 outputs). Along each spatial dimension 4 positions x 3
// taps = 12 pairs, of which 2 land in the padding (position 0, tap 0 and
// position 3, tap 2): 10 inside.
//   default       MACs = N*OC*12*12*IC = 1*3*144*2 = 864; FLOPs 1728
//   macs-as-flops 864
//   xla           taps inside only: MACs = 3*10*10*2 = 600; FLOPs 1200
//   exact         1728 - 48 outputs = 1680
// DEFAULT-JSON: "name": "conv",
// DEFAULT-JSON-NEXT: "flops": 1728,
// DEFAULT-JSON-NEXT: "macs": 864,
// DEFAULT-JSON-NEXT: "int_ops": 0,
// DEFAULT-JSON-NEXT: "transcendentals": 0,
// MACS-JSON: "name": "conv",
// MACS-JSON-NEXT: "flops": 864,
// MACS-JSON-NEXT: "macs": 864,
// MACS-JSON-NEXT: "int_ops": 0,
// MACS-JSON-NEXT: "transcendentals": 0,
// XLA-JSON: "name": "conv",
// XLA-JSON-NEXT: "flops": 1200,
// XLA-JSON-NEXT: "macs": 600,
// XLA-JSON-NEXT: "int_ops": 0,
// XLA-JSON-NEXT: "transcendentals": 0,
// EXACT-JSON: "name": "conv",
// EXACT-JSON-NEXT: "flops": 1680,
// EXACT-JSON-NEXT: "macs": 864,
// EXACT-JSON-NEXT: "int_ops": 0,
// EXACT-JSON-NEXT: "transcendentals": 0,
func.func @conv(%x: tensor<1x4x4x2xf32>, %w: tensor<3x3x3x2xf32>, %b: tensor<3xf32>) -> tensor<1x4x4x3xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %0 = tosa.conv2d %x, %w, %b, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x4x4x2xf32>, tensor<3x3x3x2xf32>, tensor<3xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x3xf32>
  return %0 : tensor<1x4x4x3xf32>
}

// An int8 matmul: its MACs are integer OPs, and macs-as-flops counts each
// as one integer OP. MACs = 2*3*4 = 24; int OPs 48, 24, 48, 48 - 6 = 42.
// DEFAULT-JSON: "name": "matmul_i8",
// DEFAULT-JSON-NEXT: "flops": 0,
// DEFAULT-JSON-NEXT: "macs": 24,
// DEFAULT-JSON-NEXT: "int_ops": 48,
// DEFAULT-JSON-NEXT: "transcendentals": 0,
// MACS-JSON: "name": "matmul_i8",
// MACS-JSON-NEXT: "flops": 0,
// MACS-JSON-NEXT: "macs": 24,
// MACS-JSON-NEXT: "int_ops": 24,
// MACS-JSON-NEXT: "transcendentals": 0,
// XLA-JSON: "name": "matmul_i8",
// XLA-JSON-NEXT: "flops": 0,
// XLA-JSON-NEXT: "macs": 24,
// XLA-JSON-NEXT: "int_ops": 48,
// XLA-JSON-NEXT: "transcendentals": 0,
// EXACT-JSON: "name": "matmul_i8",
// EXACT-JSON-NEXT: "flops": 0,
// EXACT-JSON-NEXT: "macs": 24,
// EXACT-JSON-NEXT: "int_ops": 42,
// EXACT-JSON-NEXT: "transcendentals": 0,
func.func @matmul_i8(%a: tensor<1x2x4xi8>, %b: tensor<1x4x3xi8>) -> tensor<1x2x3xi32> {
  %zp = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %0 = tosa.matmul %a, %b, %zp, %zp : (tensor<1x2x4xi8>, tensor<1x4x3xi8>, tensor<1xi8>, tensor<1xi8>) -> tensor<1x2x3xi32>
  return %0 : tensor<1x2x3xi32>
}

// A sum of 4x8 over its rows: 32 adds per the default (the first into the
// zero init included); 32 - 4 outputs = 28 for XLA's reduce and textbook.
// DEFAULT-JSON: "name": "reduce_sum",
// DEFAULT-JSON-NEXT: "flops": 32,
// DEFAULT-JSON-NEXT: "macs": 0,
// DEFAULT-JSON-NEXT: "int_ops": 0,
// DEFAULT-JSON-NEXT: "transcendentals": 0,
// MACS-JSON: "name": "reduce_sum",
// MACS-JSON-NEXT: "flops": 32,
// MACS-JSON-NEXT: "macs": 0,
// MACS-JSON-NEXT: "int_ops": 0,
// MACS-JSON-NEXT: "transcendentals": 0,
// XLA-JSON: "name": "reduce_sum",
// XLA-JSON-NEXT: "flops": 28,
// XLA-JSON-NEXT: "macs": 0,
// XLA-JSON-NEXT: "int_ops": 0,
// XLA-JSON-NEXT: "transcendentals": 0,
// EXACT-JSON: "name": "reduce_sum",
// EXACT-JSON-NEXT: "flops": 28,
// EXACT-JSON-NEXT: "macs": 0,
// EXACT-JSON-NEXT: "int_ops": 0,
// EXACT-JSON-NEXT: "transcendentals": 0,
func.func @reduce_sum(%x: tensor<4x8xf32>) -> tensor<4x1xf32> {
  %0 = tosa.reduce_sum %x {axis = 1 : i32} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  return %0 : tensor<4x1xf32>
}

// The same sum as linalg.reduce: the payload's add reads the accumulator.
// 4*8 = 32 adds (default, macs-as-flops); 32 - 4 = 28 (xla, exact).
// DEFAULT-JSON: "name": "linalg_reduce",
// DEFAULT-JSON-NEXT: "flops": 32,
// DEFAULT-JSON-NEXT: "macs": 0,
// DEFAULT-JSON-NEXT: "int_ops": 0,
// DEFAULT-JSON-NEXT: "transcendentals": 0,
// MACS-JSON: "name": "linalg_reduce",
// MACS-JSON-NEXT: "flops": 32,
// MACS-JSON-NEXT: "macs": 0,
// MACS-JSON-NEXT: "int_ops": 0,
// MACS-JSON-NEXT: "transcendentals": 0,
// XLA-JSON: "name": "linalg_reduce",
// XLA-JSON-NEXT: "flops": 28,
// XLA-JSON-NEXT: "macs": 0,
// XLA-JSON-NEXT: "int_ops": 0,
// XLA-JSON-NEXT: "transcendentals": 0,
// EXACT-JSON: "name": "linalg_reduce",
// EXACT-JSON-NEXT: "flops": 28,
// EXACT-JSON-NEXT: "macs": 0,
// EXACT-JSON-NEXT: "int_ops": 0,
// EXACT-JSON-NEXT: "transcendentals": 0,
func.func @linalg_reduce(%x: tensor<4x8xf32>, %init: tensor<4xf32>) -> tensor<4xf32> {
  %0 = linalg.reduce ins(%x : tensor<4x8xf32>) outs(%init : tensor<4xf32>) dimensions = [1]
    (%in: f32, %acc: f32) {
      %s = arith.addf %in, %acc : f32
      linalg.yield %s : f32
    }
  return %0 : tensor<4xf32>
}

// max_pool2d 2x2, stride 2, on 1x4x4x1: 4 outputs of 4 taps, no padding.
// 16 maxes; 16 - 4 = 12 without the first per output.
// DEFAULT-JSON: "name": "max_pool",
// DEFAULT-JSON-NEXT: "flops": 16,
// DEFAULT-JSON-NEXT: "macs": 0,
// DEFAULT-JSON-NEXT: "int_ops": 0,
// DEFAULT-JSON-NEXT: "transcendentals": 0,
// MACS-JSON: "name": "max_pool",
// MACS-JSON-NEXT: "flops": 16,
// MACS-JSON-NEXT: "macs": 0,
// MACS-JSON-NEXT: "int_ops": 0,
// MACS-JSON-NEXT: "transcendentals": 0,
// XLA-JSON: "name": "max_pool",
// XLA-JSON-NEXT: "flops": 12,
// XLA-JSON-NEXT: "macs": 0,
// XLA-JSON-NEXT: "int_ops": 0,
// XLA-JSON-NEXT: "transcendentals": 0,
// EXACT-JSON: "name": "max_pool",
// EXACT-JSON-NEXT: "flops": 12,
// EXACT-JSON-NEXT: "macs": 0,
// EXACT-JSON-NEXT: "int_ops": 0,
// EXACT-JSON-NEXT: "transcendentals": 0,
func.func @max_pool(%x: tensor<1x4x4x1xf32>) -> tensor<1x2x2x1xf32> {
  %0 = tosa.max_pool2d %x {kernel = array<i64: 2, 2>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 2, 2>} : (tensor<1x4x4x1xf32>) -> tensor<1x2x2x1xf32>
  return %0 : tensor<1x2x2x1xf32>
}

// max_pool2d 3x3, stride 1, pad 1 on 1x3x3x1: 9 outputs; 3 positions x 3
// taps = 9 pairs per dimension, 7 inside. XLA's reduce-window counts every
// tap of the window (padding too), less one per output: 81 - 9 = 72.
// DEFAULT-JSON: "name": "max_pool_padded",
// DEFAULT-JSON-NEXT: "flops": 81,
// DEFAULT-JSON-NEXT: "macs": 0,
// DEFAULT-JSON-NEXT: "int_ops": 0,
// DEFAULT-JSON-NEXT: "transcendentals": 0,
// XLA-JSON: "name": "max_pool_padded",
// XLA-JSON-NEXT: "flops": 72,
// XLA-JSON-NEXT: "macs": 0,
// XLA-JSON-NEXT: "int_ops": 0,
// XLA-JSON-NEXT: "transcendentals": 0,
// EXACT-JSON: "name": "max_pool_padded",
// EXACT-JSON-NEXT: "flops": 72,
// EXACT-JSON-NEXT: "macs": 0,
// EXACT-JSON-NEXT: "int_ops": 0,
// EXACT-JSON-NEXT: "transcendentals": 0,
func.func @max_pool_padded(%x: tensor<1x3x3x1xf32>) -> tensor<1x3x3x1xf32> {
  %0 = tosa.max_pool2d %x {kernel = array<i64: 3, 3>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x3x3x1xf32>) -> tensor<1x3x3x1xf32>
  return %0 : tensor<1x3x3x1xf32>
}

// Elementwise ops of several operations: clamp is a max and a min (2 FLOPs),
// sigmoid a negate, add, divide and exp (3 FLOPs + 1 transcendental). XLA
// counts each elementwise op once per element, a transcendental as one:
// clamp 32 FLOPs, sigmoid 32 transcendentals.
// DEFAULT-JSON: "name": "elementwise",
// DEFAULT-JSON-NEXT: "flops": 160,
// DEFAULT-JSON-NEXT: "macs": 0,
// DEFAULT-JSON-NEXT: "int_ops": 0,
// DEFAULT-JSON-NEXT: "transcendentals": 32,
// MACS-JSON: "name": "elementwise",
// MACS-JSON-NEXT: "flops": 160,
// MACS-JSON-NEXT: "macs": 0,
// MACS-JSON-NEXT: "int_ops": 0,
// MACS-JSON-NEXT: "transcendentals": 32,
// XLA-JSON: "name": "elementwise",
// XLA-JSON-NEXT: "flops": 32,
// XLA-JSON-NEXT: "macs": 0,
// XLA-JSON-NEXT: "int_ops": 0,
// XLA-JSON-NEXT: "transcendentals": 32,
// EXACT-JSON: "name": "elementwise",
// EXACT-JSON-NEXT: "flops": 160,
// EXACT-JSON-NEXT: "macs": 0,
// EXACT-JSON-NEXT: "int_ops": 0,
// EXACT-JSON-NEXT: "transcendentals": 32,
func.func @elementwise(%a: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %0 = tosa.clamp %a {min_val = 0.0 : f32, max_val = 6.0 : f32} : (tensor<4x8xf32>) -> tensor<4x8xf32>
  %1 = tosa.sigmoid %0 : (tensor<4x8xf32>) -> tensor<4x8xf32>
  return %1 : tensor<4x8xf32>
}

// A dot product as a loop: 16 iterations of a multiply and an accumulating
// add, 16 MACs. macs-as-flops drops the multiply's FLOP (the add counts the
// MAC): 16 FLOPs.
// DEFAULT-JSON: "name": "loop_dot",
// DEFAULT-JSON-NEXT: "flops": 32,
// DEFAULT-JSON-NEXT: "macs": 16,
// DEFAULT-JSON-NEXT: "int_ops": 0,
// DEFAULT-JSON-NEXT: "transcendentals": 0,
// MACS-JSON: "name": "loop_dot",
// MACS-JSON-NEXT: "flops": 16,
// MACS-JSON-NEXT: "macs": 16,
// MACS-JSON-NEXT: "int_ops": 0,
// MACS-JSON-NEXT: "transcendentals": 0,
func.func @loop_dot(%a: memref<16xf32>, %b: memref<16xf32>) -> f32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c16 = arith.constant 16 : index
  %zero = arith.constant 0.0 : f32
  %r = scf.for %i = %c0 to %c16 step %c1 iter_args(%acc = %zero) -> f32 {
    %x = memref.load %a[%i] : memref<16xf32>
    %y = memref.load %b[%i] : memref<16xf32>
    %p = arith.mulf %x, %y : f32
    %s = arith.addf %acc, %p : f32
    scf.yield %s : f32
  }
  return %r : f32
}
