// RUN: not cost-opt --flops %s -o %t.report 2>&1 | FileCheck %s
// RUN: not test -e %t.report

// A 2^40 x 2^40 x 2^40 matmul is 2^121 FLOPs: beyond 64 bits. The overflow is
// an error at the op, never a wrapped number.
func.func @huge(%a: tensor<1099511627776x1099511627776xf32>, %b: tensor<1099511627776x1099511627776xf32>,
                %c: tensor<1099511627776x1099511627776xf32>) -> tensor<1099511627776x1099511627776xf32> {
  // CHECK: overflow.mlir:[[# @LINE + 1]]:8: error: cost count overflows 64 bits: iteration domain size exceeds 9223372036854775807
  %0 = linalg.matmul ins(%a, %b : tensor<1099511627776x1099511627776xf32>, tensor<1099511627776x1099511627776xf32>)
                     outs(%c : tensor<1099511627776x1099511627776xf32>) -> tensor<1099511627776x1099511627776xf32>
  return %0 : tensor<1099511627776x1099511627776xf32>
}
