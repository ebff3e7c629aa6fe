// Counts survive lowering: the same FLOPs, MACs, integer OPs and
// transcendentals for linalg on tensors, after one-shot-bufferize (linalg
// on buffers), and after convert-linalg-to-loops / -affine-loops (the arith
// and math ops of the payload in loop nests, times the trip counts; the
// MACs are the multiplies accumulated into the loaded-and-stored output
// element). Bytes are a different quantity in the loop form (every load and
// store, not each operand once) and are checked for the two linalg forms
// only (docs/symbolic.md, "Lowering").
//
// RUN: cost-opt --flops --format=json --target=none %s \
// RUN:   | FileCheck %s --check-prefixes=COUNTS,BYTES
// RUN: mlir-opt %s --one-shot-bufferize=bufferize-function-boundaries \
// RUN:   | cost-opt --flops --format=json --target=none - \
// RUN:   | FileCheck %s --check-prefixes=COUNTS,BYTES
// RUN: mlir-opt %s --one-shot-bufferize=bufferize-function-boundaries \
// RUN:   --convert-linalg-to-loops \
// RUN:   | cost-opt --flops --format=json --target=none - \
// RUN:   | FileCheck %s --check-prefixes=COUNTS,LOOPS
// RUN: mlir-opt %s --one-shot-bufferize=bufferize-function-boundaries \
// RUN:   --convert-linalg-to-affine-loops \
// RUN:   | cost-opt --flops --format=json --target=none - \
// RUN:   | FileCheck %s --check-prefixes=COUNTS,LOOPS

// 4x8 by 8x16: MACs = 4*16*8 = 512, FLOPs = 2*512 = 1024.
// Bytes (linalg): read (4*8 + 8*16 + 4*16)*4 = 896, written 4*16*4 = 256.
// Loops: 512 iterations, each loads A, B, C (12 B) and stores C (4 B).
// COUNTS-LABEL: "name": "matmul"
// COUNTS-NEXT:  "flops": 1024,
// COUNTS-NEXT:  "macs": 512,
// COUNTS-NEXT:  "int_ops": 0,
// COUNTS-NEXT:  "transcendentals": 0,
// BYTES-NEXT:   "bytes_read": 896,
// BYTES-NEXT:   "bytes_written": 256,
// LOOPS-NEXT:   "bytes_read": 6144,
// LOOPS-NEXT:   "bytes_written": 2048,
func.func @matmul(%a: tensor<4x8xf32>, %b: tensor<8x16xf32>, %c: tensor<4x16xf32>) -> tensor<4x16xf32> {
  %0 = linalg.matmul ins(%a, %b : tensor<4x8xf32>, tensor<8x16xf32>) outs(%c : tensor<4x16xf32>) -> tensor<4x16xf32>
  return %0 : tensor<4x16xf32>
}

// NHWC 1x6x6x3 by HWCF 3x3x3x4 -> 1x4x4x4: MACs = 1*4*4*4 outputs x 3*3*3
// taps = 64*27 = 1728, FLOPs 3456.
// COUNTS-LABEL: "name": "conv"
// COUNTS-NEXT:  "flops": 3456,
// COUNTS-NEXT:  "macs": 1728,
// COUNTS-NEXT:  "int_ops": 0,
// COUNTS-NEXT:  "transcendentals": 0,
func.func @conv(%x: tensor<1x6x6x3xf32>, %w: tensor<3x3x3x4xf32>, %y: tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32> {
  %0 = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
    ins(%x, %w : tensor<1x6x6x3xf32>, tensor<3x3x3x4xf32>) outs(%y : tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
  return %0 : tensor<1x4x4x4xf32>
}

// 2x2 max-pool, stride 2, on 1x4x4x2: 1*2*2*2 outputs x 4 taps = 32 max
// operations (FLOPs), no MACs.
// COUNTS-LABEL: "name": "pool"
// COUNTS-NEXT:  "flops": 32,
// COUNTS-NEXT:  "macs": 0,
// COUNTS-NEXT:  "int_ops": 0,
// COUNTS-NEXT:  "transcendentals": 0,
func.func @pool(%x: tensor<1x4x4x2xf32>, %y: tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32> {
  %window = tensor.empty() : tensor<2x2xf32>
  %0 = linalg.pooling_nhwc_max {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>}
    ins(%x, %window : tensor<1x4x4x2xf32>, tensor<2x2xf32>) outs(%y : tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32>
  return %0 : tensor<1x2x2x2xf32>
}

// Softmax over the rows of 4x8, as reductions: max (32 FLOPs), exp(x - max)
// (32 FLOPs + 32 transcendentals), sum (32 FLOPs; an add with no multiply
// is no MAC), divide (32 FLOPs): 128 FLOPs, 32 transcendentals.
// COUNTS-LABEL: "name": "softmax"
// COUNTS-NEXT:  "flops": 128,
// COUNTS-NEXT:  "macs": 0,
// COUNTS-NEXT:  "int_ops": 0,
// COUNTS-NEXT:  "transcendentals": 32,
#rows = affine_map<(i, j) -> (i, j)>
#row = affine_map<(i, j) -> (i)>
func.func @softmax(%x: tensor<4x8xf32>, %m: tensor<4xf32>, %s: tensor<4xf32>, %e: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %max = linalg.generic {indexing_maps = [#rows, #row], iterator_types = ["parallel", "reduction"]}
    ins(%x : tensor<4x8xf32>) outs(%m : tensor<4xf32>) {
  ^bb0(%in: f32, %acc: f32):
    %0 = arith.maximumf %in, %acc : f32
    linalg.yield %0 : f32
  } -> tensor<4xf32>
  %exp = linalg.generic {indexing_maps = [#rows, #row, #rows], iterator_types = ["parallel", "parallel"]}
    ins(%x, %max : tensor<4x8xf32>, tensor<4xf32>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%in: f32, %mx: f32, %out: f32):
    %0 = arith.subf %in, %mx : f32
    %1 = math.exp %0 : f32
    linalg.yield %1 : f32
  } -> tensor<4x8xf32>
  %sum = linalg.generic {indexing_maps = [#rows, #row], iterator_types = ["parallel", "reduction"]}
    ins(%exp : tensor<4x8xf32>) outs(%s : tensor<4xf32>) {
  ^bb0(%in: f32, %acc: f32):
    %0 = arith.addf %in, %acc : f32
    linalg.yield %0 : f32
  } -> tensor<4xf32>
  %div = linalg.generic {indexing_maps = [#rows, #row, #rows], iterator_types = ["parallel", "parallel"]}
    ins(%exp, %sum : tensor<4x8xf32>, tensor<4xf32>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%in: f32, %total: f32, %out: f32):
    %0 = arith.divf %in, %total : f32
    linalg.yield %0 : f32
  } -> tensor<4x8xf32>
  return %div : tensor<4x8xf32>
}

// An elementwise chain on 16x16 f32: add, mul, max = 3*256 = 768 FLOPs; and
// on i32: add, mul = 2*256 = 512 integer OPs. An output updated in place
// by a product (out = out + a*b) with no reduction loop is no MAC, in
// either form: 256 FLOPs more for each of its mul and add.
// COUNTS-LABEL: "name": "chain"
// COUNTS-NEXT:  "flops": 1280,
// COUNTS-NEXT:  "macs": 0,
// COUNTS-NEXT:  "int_ops": 512,
// COUNTS-NEXT:  "transcendentals": 0,
func.func @chain(%a: tensor<16x16xf32>, %b: tensor<16x16xf32>, %i: tensor<16x16xi32>, %j: tensor<16x16xi32>) -> (tensor<16x16xf32>, tensor<16x16xi32>, tensor<16x16xf32>) {
  %0 = linalg.add ins(%a, %b : tensor<16x16xf32>, tensor<16x16xf32>) outs(%a : tensor<16x16xf32>) -> tensor<16x16xf32>
  %1 = linalg.mul ins(%0, %b : tensor<16x16xf32>, tensor<16x16xf32>) outs(%b : tensor<16x16xf32>) -> tensor<16x16xf32>
  %2 = linalg.max ins(%1, %a : tensor<16x16xf32>, tensor<16x16xf32>) outs(%1 : tensor<16x16xf32>) -> tensor<16x16xf32>
  %3 = linalg.add ins(%i, %j : tensor<16x16xi32>, tensor<16x16xi32>) outs(%i : tensor<16x16xi32>) -> tensor<16x16xi32>
  %4 = linalg.mul ins(%3, %j : tensor<16x16xi32>, tensor<16x16xi32>) outs(%j : tensor<16x16xi32>) -> tensor<16x16xi32>
  %5 = linalg.generic {indexing_maps = [#rows, #rows, #rows], iterator_types = ["parallel", "parallel"]}
    ins(%a, %b : tensor<16x16xf32>, tensor<16x16xf32>) outs(%2 : tensor<16x16xf32>) {
  ^bb0(%x: f32, %y: f32, %out: f32):
    %p = arith.mulf %x, %y : f32
    %q = arith.addf %out, %p : f32
    linalg.yield %q : f32
  } -> tensor<16x16xf32>
  return %2, %4, %5 : tensor<16x16xf32>, tensor<16x16xi32>, tensor<16x16xf32>
}

// An elementwise update repeated by an outer loop (4 time steps of
// c = c + a*b on 16 elements) reduces over nothing: 4*16*2 = 128 FLOPs and
// no MAC, in both forms (the step does not address a or b).
// COUNTS-LABEL: "name": "time_steps"
// COUNTS-NEXT:  "flops": 128,
// COUNTS-NEXT:  "macs": 0,
#id = affine_map<(i) -> (i)>
func.func @time_steps(%a: memref<16xf32>, %b: memref<16xf32>, %c: memref<16xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  scf.for %t = %c0 to %c4 step %c1 {
    linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel"]}
      ins(%a, %b : memref<16xf32>, memref<16xf32>) outs(%c : memref<16xf32>) {
    ^bb0(%x: f32, %y: f32, %o: f32):
      %p = arith.mulf %x, %y : f32
      %q = arith.addf %o, %p : f32
      linalg.yield %q : f32
    }
  }
  return
}

// A dot product written as a loop with a carried sum (as scf code is): 8
// iterations of a multiply accumulated into the iteration argument: 8 MACs,
// 16 FLOPs. The passes leave it as it is.
// COUNTS-LABEL: "name": "dot"
// COUNTS-NEXT:  "flops": 16,
// COUNTS-NEXT:  "macs": 8,
func.func @dot(%a: memref<8xf32>, %b: memref<8xf32>, %init: f32) -> f32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c8 = arith.constant 8 : index
  %sum = scf.for %i = %c0 to %c8 step %c1 iter_args(%acc = %init) -> f32 {
    %x = memref.load %a[%i] : memref<8xf32>
    %y = memref.load %b[%i] : memref<8xf32>
    %p = arith.mulf %x, %y : f32
    %s = arith.addf %acc, %p : f32
    scf.yield %s : f32
  }
  return %sum : f32
}
