// Formulas wider than a table cell (40 characters) move below the table,
// each once, and the cell names them: a Polybench 3mm with every size
// dynamic.
// RUN: cost-opt --flops %s | FileCheck %s
// RUN: cost-opt --flops --format=json %s | FileCheck %s --check-prefix=JSON

// E = A.B: MACs NI*NJ*NK; F = C.D: NJ*NL*NM; G = E.F: NI*NJ*NL.
// MACs NI*NJ*NK + NI*NJ*NL + NJ*NL*NM (30 characters, 35 with " MACs":
// fits); FLOPs twice each (36 + 6 with " FLOPs" = 42 characters: [f1]).
// read 4*(NI*NK + NK*NJ + NI*NJ) + 4*(NJ*NM + NM*NL + NJ*NL) +
// 4*(NI*NJ + NJ*NL + NI*NL) = 8*NI*NJ + 4*NI*NK + 4*NI*NL + 4*NJ*NK +
// 8*NJ*NL + 4*NJ*NM + 4*NL*NM ([f2]); written 4*(NI*NJ + NJ*NL + NI*NL).
// CHECK:      function     FLOPs                                 MACs
// CHECK-NEXT: @kernel_3mm   [f1]  NI*NJ*NK + NI*NJ*NL + NJ*NL*NM MACs    0 OPs               0   [f2]  4*NI*NJ + 4*NI*NL + 4*NJ*NL B
// CHECK-NEXT: -----
// CHECK-NEXT: total         [f1]  NI*NJ*NK + NI*NJ*NL + NJ*NL*NM MACs    0 OPs               0   [f2]  4*NI*NJ + 4*NI*NL + 4*NJ*NL B
// CHECK-NEXT: Formulas too wide for the table:
// CHECK-NEXT:   [f1] 2*NI*NJ*NK + 2*NI*NJ*NL + 2*NJ*NL*NM FLOPs
// CHECK-NEXT:   [f2] 8*NI*NJ + 4*NI*NK + 4*NI*NL + 4*NJ*NK + 8*NJ*NL + 4*NJ*NM + 4*NL*NM B
// CHECK-NOT:    [f3]

// JSON keeps every formula in place.
// JSON:      "total": {
// JSON-NEXT:   "flops": {
// JSON-NEXT:     "formula": "2*NI*NJ*NK + 2*NI*NJ*NL + 2*NJ*NL*NM",
func.func @kernel_3mm(%A: tensor<?x?xf32> {cost.dim_names = ["NI", "NK"]}, %B: tensor<?x?xf32> {cost.dim_names = ["NK", "NJ"]}, %E: tensor<?x?xf32> {cost.dim_names = ["NI", "NJ"]},
                      %C: tensor<?x?xf32> {cost.dim_names = ["NJ", "NM"]}, %D: tensor<?x?xf32> {cost.dim_names = ["NM", "NL"]}, %F: tensor<?x?xf32> {cost.dim_names = ["NJ", "NL"]},
                      %G: tensor<?x?xf32> {cost.dim_names = ["NI", "NL"]}) -> tensor<?x?xf32> {
  %e = linalg.matmul ins(%A, %B : tensor<?x?xf32>, tensor<?x?xf32>) outs(%E : tensor<?x?xf32>) -> tensor<?x?xf32>
  %f = linalg.matmul ins(%C, %D : tensor<?x?xf32>, tensor<?x?xf32>) outs(%F : tensor<?x?xf32>) -> tensor<?x?xf32>
  %g = linalg.matmul ins(%e, %f : tensor<?x?xf32>, tensor<?x?xf32>) outs(%G : tensor<?x?xf32>) -> tensor<?x?xf32>
  return %g : tensor<?x?xf32>
}
