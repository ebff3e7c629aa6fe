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
// CHECK: linalg.mul {cost.bound = "memory", cost.bytes_read = 2048 : i64, cost.bytes_written = 1024 : i64, cost.flops = 256 : i64
// CHECK-SAME: cost.time_ns = {{.*}} : f64
// NONE-LABEL: func.func @f
// NONE: linalg.mul {cost.bytes_read = 2048 : i64, cost.bytes_written = 1024 : i64, cost.flops = 256 : i64, cost.int_ops = 0 : i64, cost.macs = 0 : i64, cost.transcendentals = 0 : i64}
// REPORT: "flops": 256,
func.func @f(%a: tensor<16x16xf32>, %b: tensor<16x16xf32>) -> tensor<16x16xf32> {
  %0 = linalg.mul ins(%a, %b : tensor<16x16xf32>, tensor<16x16xf32>) outs(%a : tensor<16x16xf32>) -> tensor<16x16xf32>
  return %0 : tensor<16x16xf32>
}
