// Issue 19, class 6: no silent wrong answers on odd types.
// RUN: cost-opt --flops --target=none --exact --split-input-file %s 2>%t.err | FileCheck %s
// RUN: FileCheck %s --check-prefix=WARN < %t.err
// RUN: cost-opt --flops --target=none --exact --cost-diagnostics=none --split-input-file %s 2>&1 >/dev/null | FileCheck %s --check-prefix=QUIET --allow-empty

// A sparse tensor (or any encoding) is costed as dense, and said so.
// WARN: odd-types.mlir:[[# @LINE + 4]]:8: warning: 'linalg.matmul' has a tensor with an encoding ('tensor<8x8xf32, #sparse_tensor.encoding<{{.*}}>>'): costed as a dense tensor, every element counted
// QUIET-NOT: warning
#CSR = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : dense, d1 : compressed) }>
func.func @sparse(%a: tensor<8x8xf32, #CSR>, %b: tensor<8x8xf32>, %c: tensor<8x8xf32>) -> tensor<8x8xf32> {
  %0 = linalg.matmul ins(%a, %b : tensor<8x8xf32, #CSR>, tensor<8x8xf32>) outs(%c : tensor<8x8xf32>) -> tensor<8x8xf32>
  return %0 : tensor<8x8xf32>
}
// CHECK: @sparse 1024 512 0 0 768 256

// -----

// WARN: odd-types.mlir:[[# @LINE + 2]]:8: warning: 'arith.addf' has a tensor with an encoding ('tensor<4xf32, "any">')
func.func @any_encoding(%a: tensor<4xf32, "any">) -> tensor<4xf32, "any"> {
  %0 = arith.addf %a, %a : tensor<4xf32, "any">
  return %0 : tensor<4xf32, "any">
}
// WARN-NOT: func.return

// -----

// 2^61 i4 elements are 2^60 bytes: no false overflow on the 2^63 bits.
// CHECK: @i4 0 0 2305843009213693952 0 2305843009213693952 1152921504606846976
func.func @i4(%a: tensor<2305843009213693952xi4>) -> tensor<2305843009213693952xi4> {
  %0 = arith.addi %a, %a : tensor<2305843009213693952xi4>
  return %0 : tensor<2305843009213693952xi4>
}

// -----

// From -2^63 + 1 to 2^63 - 1 by 2^62: the range does not fit 64 bits, the
// trip count (4) does.
// CHECK: @trips 4 0 0 0
func.func @trips(%x: f32) {
  %lb = arith.constant -9223372036854775807 : i64
  %ub = arith.constant 9223372036854775807 : i64
  %st = arith.constant 4611686018427387904 : i64
  scf.for %i = %lb to %ub step %st : i64 {
    %y = arith.addf %x, %x : f32
  }
  return
}
