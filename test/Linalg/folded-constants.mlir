// A payload op whose operands are all constants computes a constant: every
// pipeline folds it (convert-linalg-to-affine-loops does as it lowers), so
// it costs nothing on any form (isFoldedConstant, docs/ops.md). The counts
// are the same on linalg on tensors, bufferized, affine loops, scf loops and
// a control-flow graph.
// RUN: cost-opt --flops --format=json --target=none %s | FileCheck %s
// RUN: %mlir_opt_bin --one-shot-bufferize='bufferize-function-boundaries function-boundary-type-conversion=identity-layout-map' %s -o %t.buf.mlir
// RUN: cost-opt --flops --format=json --target=none %t.buf.mlir | FileCheck %s
// RUN: %mlir_opt_bin --convert-linalg-to-affine-loops %t.buf.mlir -o %t.affine.mlir
// RUN: cost-opt --flops --format=json --target=none %t.affine.mlir | FileCheck %s
// RUN: %mlir_opt_bin --lower-affine %t.affine.mlir -o %t.scf.mlir
// RUN: cost-opt --flops --format=json --target=none %t.scf.mlir | FileCheck %s
// RUN: %mlir_opt_bin --convert-scf-to-cf %t.scf.mlir -o %t.cf.mlir
// RUN: cost-opt --flops --format=json --target=none %t.cf.mlir | FileCheck %s
// The lowering really folded them: no sqrt is left in the loops.
// RUN: FileCheck %s --check-prefix=FOLDED < %t.affine.mlir
// FOLDED-NOT: math.sqrt

// sqrt(c), c + 0.0 and their sum are constants (4.0 + 2.0 = 6.0, folded);
// only the multiply by the input runs: 1 FLOP per element, 8*16 = 128.
// CHECK-LABEL: "name": "sqrt_of_constant",
// CHECK-NEXT: "flops": 128,
// CHECK-NEXT: "macs": 0,
// CHECK-NEXT: "int_ops": 0,
// CHECK-NEXT: "transcendentals": 0,
#map = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d0)>
#col = affine_map<(d0, d1) -> (d1)>
func.func @sqrt_of_constant(%x: tensor<8x16xf32>) -> tensor<8x16xf32> {
  %e = tensor.empty() : tensor<8x16xf32>
  %r = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%x : tensor<8x16xf32>) outs(%e : tensor<8x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %c = arith.constant 4.0 : f32
    %zero = arith.constant 0.0 : f32
    %s = math.sqrt %c : f32
    %a = arith.addf %c, %zero : f32
    %t = arith.addf %s, %a : f32
    %m = arith.mulf %in, %t : f32
    linalg.yield %m : f32
  } -> tensor<8x16xf32>
  return %r : tensor<8x16xf32>
}

// A constant captured from outside the payload, and an integer chain:
// (c * c) and its exp are constants; the add of the input runs:
// 1 FLOP per element, 128; the index arithmetic on constants, none.
// CHECK-LABEL: "name": "captured_constant",
// CHECK-NEXT: "flops": 128,
// CHECK-NEXT: "macs": 0,
// CHECK-NEXT: "int_ops": 0,
// CHECK-NEXT: "transcendentals": 0,
func.func @captured_constant(%x: tensor<8x16xf32>) -> tensor<8x16xf32> {
  %c = arith.constant 0.5 : f32
  %e = tensor.empty() : tensor<8x16xf32>
  %r = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%x : tensor<8x16xf32>) outs(%e : tensor<8x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %i3 = arith.constant 3 : i32
    %i4 = arith.constant 4 : i32
    %i = arith.muli %i3, %i4 : i32
    %f = arith.sitofp %i : i32 to f32
    %sq = arith.mulf %c, %c : f32
    %ex = math.exp %sq : f32
    %k = arith.addf %ex, %f : f32
    %y = arith.addf %in, %k : f32
    linalg.yield %y : f32
  } -> tensor<8x16xf32>
  return %r : tensor<8x16xf32>
}

// A reduction that accumulates a product of constants: the product folds,
// so no multiply runs and there is no MAC; the accumulation is 1 FLOP per
// point, 8*16 = 128.
// CHECK-LABEL: "name": "accumulate_constant_product",
// CHECK-NEXT: "flops": 128,
// CHECK-NEXT: "macs": 0,
// CHECK-NEXT: "int_ops": 0,
// CHECK-NEXT: "transcendentals": 0,
func.func @accumulate_constant_product(%x: tensor<8x16xf32>, %acc: tensor<8xf32>) -> tensor<8xf32> {
  %r = linalg.generic {indexing_maps = [#map, #row], iterator_types = ["parallel", "reduction"]} ins(%x : tensor<8x16xf32>) outs(%acc : tensor<8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %c2 = arith.constant 2.0 : f32
    %c3 = arith.constant 3.0 : f32
    %p = arith.mulf %c2, %c3 : f32
    %s = arith.addf %out, %p : f32
    linalg.yield %s : f32
  } -> tensor<8xf32>
  return %r : tensor<8xf32>
}

// Batch norm as torch-mlir writes it: the variance is a splat constant
// tensor input. Lowering to loops reads it as its one scalar, so
// rsqrt(var + eps) is a constant there and folds; the tensor form's payload
// argument for a splat constant input is that constant too. Only the
// normalisation runs: subtract, multiply by the constant, multiply by the
// data scale: 3 FLOPs per element, 3*8*16 = 384; no transcendental.
// CHECK-LABEL: "name": "splat_constant_input",
// CHECK-NEXT: "flops": 384,
// CHECK-NEXT: "macs": 0,
// CHECK-NEXT: "int_ops": 0,
// CHECK-NEXT: "transcendentals": 0,
func.func @splat_constant_input(%x: tensor<8x16xf32>, %scale: tensor<8x16xf32>) -> tensor<8x16xf32> {
  %var = arith.constant dense<4.0> : tensor<16xf32>
  %mean = arith.constant dense<0.5> : tensor<16xf32>
  %eps = arith.constant 1.0e-05 : f32
  %e = tensor.empty() : tensor<8x16xf32>
  %r = linalg.generic {indexing_maps = [#map, #map, #col, #col, #map], iterator_types = ["parallel", "parallel"]} ins(%x, %scale, %var, %mean : tensor<8x16xf32>, tensor<8x16xf32>, tensor<16xf32>, tensor<16xf32>) outs(%e : tensor<8x16xf32>) {
  ^bb0(%in: f32, %s: f32, %v: f32, %m: f32, %out: f32):
    %ve = arith.addf %v, %eps : f32
    %inv = math.rsqrt %ve : f32
    %c = arith.subf %in, %m : f32
    %n = arith.mulf %c, %inv : f32
    %y = arith.mulf %n, %s : f32
    linalg.yield %y : f32
  } -> tensor<8x16xf32>
  return %r : tensor<8x16xf32>
}
