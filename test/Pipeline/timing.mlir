// --mlir-timing shows the report pass's analysis and roofline as rows of
// their own, nested in the pass's row (bench/run.py reads the analysis row
// for "the analysis' share of parse time").
// RUN: cost-opt --flops --mlir-timing -o /dev/null %s 2>&1 | FileCheck %s
// RUN: cost-opt --cost-annotate=target=h100-sxm --mlir-timing -o /dev/null %s 2>&1 | FileCheck %s --check-prefix=ANNOTATE

// The two analyses are indented under the pass (in either order).
// CHECK: {{^ +[0-9.]+ \( *[0-9.]+%\)  CostReportPass$}}
// CHECK-DAG: {{^ +[0-9.]+ \( *[0-9.]+%\)    \(A\) CostAnalysis$}}
// CHECK-DAG: {{^ +[0-9.]+ \( *[0-9.]+%\)    \(A\) Roofline$}}
// CHECK: {{^ +[0-9.]+ \( *[0-9.]+%\)  CostOptReleaseIR$}}

// ANNOTATE: {{^ +[0-9.]+ \( *[0-9.]+%\)  CostAnnotatePass$}}
// ANNOTATE-DAG: {{^ +[0-9.]+ \( *[0-9.]+%\)    \(A\) CostAnalysis$}}
// ANNOTATE-DAG: {{^ +[0-9.]+ \( *[0-9.]+%\)    \(A\) Roofline$}}
func.func @f(%a: tensor<16x16xf32>, %b: tensor<16x16xf32>) -> tensor<16x16xf32> {
  %0 = linalg.mul ins(%a, %b : tensor<16x16xf32>, tensor<16x16xf32>) outs(%a : tensor<16x16xf32>) -> tensor<16x16xf32>
  return %0 : tensor<16x16xf32>
}
