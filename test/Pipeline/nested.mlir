// The annotate pass runs bare, nested on functions, and after other passes.
// RUN: cost-opt --pass-pipeline='builtin.module(func.func(cost-annotate))' %s | FileCheck %s
// RUN: cost-opt --cost-annotate %s | FileCheck %s
// RUN: cost-opt --cost-annotate=target=none %s | FileCheck %s --check-prefix=NONE
// RUN: cost-opt --pass-pipeline='builtin.module(cost-report{format=json})' %s | FileCheck %s --check-prefix=REPORT
// RUN: cost-opt --canonicalize --flops --format=json %s | FileCheck %s --check-prefix=REPORT

// 16x16 elementwise multiply: 256 FLOPs; read 2*1024, written 1024
// CHECK-LABEL: func.func @f
// The roofline chip is h100-sxm unless target=none: cost.bound and
// cost.time_ns come with the counts.
// CHECK: linalg.mul
// CHECK-SAME: cost.bound = "memory"
// CHECK-SAME: cost.bytes_read = 2048 : i64
// CHECK-SAME: cost.bytes_written = 1024 : i64
// CHECK-SAME: cost.flops = 256 : i64
// CHECK-SAME: cost.time_ns = {{.*}} : f64
// NONE-LABEL: func.func @f
// No cost.bound (it would sort first) and no cost.time_ns with target=none.
// NONE: linalg.mul {cost.bytes_read = 2048 : i64
// NONE-SAME: cost.bytes_written = 1024 : i64
// NONE-SAME: cost.flops = 256 : i64
// NONE-NOT: cost.time_ns
// REPORT: "flops": 256,
func.func @f(%a: tensor<16x16xf32>, %b: tensor<16x16xf32>) -> tensor<16x16xf32> {
  %0 = linalg.mul ins(%a, %b : tensor<16x16xf32>, tensor<16x16xf32>) outs(%a : tensor<16x16xf32>) -> tensor<16x16xf32>
  return %0 : tensor<16x16xf32>
}
