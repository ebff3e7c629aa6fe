// --mlir-timing shows the report pass's analysis and roofline as rows of
// their own, nested in the pass's row (bench/run.py reads the analysis row
// for "the analysis' share of parse time").
// RUN: cost-opt --flops --mlir-timing -o /dev/null %s 2>&1 | FileCheck %s
// RUN: cost-opt --cost-annotate=target=h100-sxm --mlir-timing -o /dev/null %s 2>&1 | FileCheck %s --check-prefix=ANNOTATE

// The two analyses are indented under the pass (in either order).
// CHECK: {{^ +[0-9.]+ \( *[0-9.]+%\)  CostReportPass$}}
// CHECK-DAG: {{^ +[0-9.]+ \( *[0-9.]+%\)    \(A\) cost::CostAnalysis$}}
// CHECK-DAG: {{^ +[0-9.]+ \( *[0-9.]+%\)    \(A\) Roofline$}}
// CHECK: {{^ +[0-9.]+ \( *[0-9.]+%\)  CostOptReleaseIR$}}

// ANNOTATE: {{^ +[0-9.]+ \( *[0-9.]+%\)  CostAnnotatePass$}}
// ANNOTATE-DAG: {{^ +[0-9.]+ \( *[0-9.]+%\)    \(A\) cost::CostAnalysis$}}
// ANNOTATE-DAG: {{^ +[0-9.]+ \( *[0-9.]+%\)    \(A\) Roofline$}}
func.func @f(%a: tensor<16x16xf32>, %b: tensor<16x16xf32>) -> tensor<16x16xf32> {
  %0 = linalg.mul ins(%a, %b : tensor<16x16xf32>, tensor<16x16xf32>) outs(%a : tensor<16x16xf32>) -> tensor<16x16xf32>
  return %0 : tensor<16x16xf32>
}

// With the default counting options the analysis is the AnalysisManager's:
// cost-annotate computes it and preserves it (it only adds discardable
// attributes), and cost-report reuses it: one (A) row, under the first pass.
// RUN: cost-opt --pass-pipeline='builtin.module(cost-annotate{target=none},cost-report{target=none report-file=%t.txt})' --mlir-timing -o /dev/null %s 2>&1 | FileCheck %s --check-prefix=CACHED
// CACHED: {{^ +[0-9.]+ \( *[0-9.]+%\)  CostAnnotatePass$}}
// CACHED-NEXT: {{^ +[0-9.]+ \( *[0-9.]+%\)    \(A\) cost::CostAnalysis$}}
// CACHED-NEXT: {{^ +[0-9.]+ \( *[0-9.]+%\)  CostReportPass$}}
// CACHED-NOT: (A) cost::CostAnalysis

// Other counting options (a convention) are the pass's own: each pass
// computes its analysis.
// RUN: cost-opt --pass-pipeline='builtin.module(cost-annotate{target=none convention=xla},cost-report{target=none convention=xla report-file=%t.txt})' --mlir-timing -o /dev/null %s 2>&1 | FileCheck %s --check-prefix=OWN
// OWN: {{^ +[0-9.]+ \( *[0-9.]+%\)  CostAnnotatePass$}}
// OWN-NEXT: {{^ +[0-9.]+ \( *[0-9.]+%\)    \(A\) cost::CostAnalysis$}}
// OWN-NEXT: {{^ +[0-9.]+ \( *[0-9.]+%\)  CostReportPass$}}
// OWN-NEXT: {{^ +[0-9.]+ \( *[0-9.]+%\)    \(A\) cost::CostAnalysis$}}
