// A downstream tool that links cost-opt's driver library but has a main of
// its own keeps its own flag names: cost-own-flags-opt defines --format and
// --target, like cost-opt's, and runs (the library registers cost-opt's
// flags only when costOptMain runs).
// RUN: cost-own-flags-opt --format=yaml --target=riscv --cost-annotate=target=none %s 2>&1 | FileCheck %s

// CHECK-NOT: registered more than once
// CHECK: cost-own-flags-opt: --format=yaml --target=riscv
// CHECK-LABEL: func.func @add
// CHECK: linalg.add {cost.bytes_read = 512 : i64, cost.bytes_written = 256 : i64, cost.flops = 64 : i64
func.func @add(%a: tensor<64xf32>) -> tensor<64xf32> {
  %0 = linalg.add ins(%a, %a : tensor<64xf32>, tensor<64xf32>) outs(%a : tensor<64xf32>) -> tensor<64xf32>
  return %0 : tensor<64xf32>
}
