// cost-annotate's target: h100-sxm by default, so each costed op gets
// cost.time_ns and cost.bound; target=none turns the times off. Where the
// counts depend on shape symbols without a value there is no time: a
// warning when the target was given, silence when it is the default.
// RUN: cost-opt --cost-annotate %s 2>&1 | FileCheck %s --check-prefix=DEFAULT
// RUN: cost-opt --cost-annotate=target=none %s 2>&1 | FileCheck %s --check-prefix=NONE
// RUN: cost-opt --cost-annotate=target=mi300x %s 2>&1 | FileCheck %s --check-prefix=GIVEN
// RUN: cost-opt --pass-pipeline='builtin.module(cost-annotate{target=h100-sxm bind=N=4})' %s 2>&1 | FileCheck %s --check-prefix=BOUND

// DEFAULT-NOT: warning
// DEFAULT-NOT: cost.time_ns
// DEFAULT: linalg.add {{.*}}cost.flops = "64*N"
// DEFAULT-NOT: cost.time_ns
// DEFAULT-NOT: warning

// NONE-NOT: warning
// NONE-NOT: cost.time_ns

// GIVEN: warning: no cost.time_ns: the counts depend on shape symbols without a value (N); give them with bind=NAME=VALUE
// GIVEN-NOT: cost.time_ns

// BOUND-NOT: warning
// BOUND: linalg.add {cost.bound = "memory", {{.*}}cost.flops = 256 : i64{{.*}}cost.time_ns = {{.*}} : f64
func.func @add(%a: tensor<?x64xf32> {cost.dim_names = ["N", ""]}) -> tensor<?x64xf32> {
  %0 = linalg.add ins(%a, %a : tensor<?x64xf32>, tensor<?x64xf32>) outs(%a : tensor<?x64xf32>) -> tensor<?x64xf32>
  return %0 : tensor<?x64xf32>
}
