// A counted loop whose trip count exceeds INT64_MAX is an error (counts are
// exact integers; overflow is reported, never wrapped): an unsigned index
// loop from 0 to -1 (2^64 - 1) runs 2^64 - 1 times.
// RUN: not cost-opt --flops --target=none %s 2>&1 | FileCheck %s
// CHECK: error: cost count overflows 64 bits: trip count exceeds 9223372036854775807
func.func @ult_huge(%a: tensor<4xf32>) {
  %lb = arith.constant 0 : index
  %ub = arith.constant -1 : index
  %step = arith.constant 1 : index
  cf.br ^header(%lb : index)
^header(%i: index):
  %cond = arith.cmpi ult, %i, %ub : index
  cf.cond_br %cond, ^body, ^exit
^body:
  %0 = linalg.add ins(%a, %a : tensor<4xf32>, tensor<4xf32>) outs(%a : tensor<4xf32>) -> tensor<4xf32>
  %next = arith.addi %i, %step : index
  cf.br ^header(%next : index)
^exit:
  return
}
