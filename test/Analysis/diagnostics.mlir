// What the analysis could not cost, or costed in place of an op's own
// model, is a diagnostic on the op (docs/diagnostics.md), with
// --cost-annotate and with --flops alike, so -verify-diagnostics checks it.
// RUN: cost-opt --cost-annotate=target=none -verify-diagnostics %s -o /dev/null
// RUN: cost-opt --flops --target=none -verify-diagnostics %s -o /dev/null
// The pass option is the same list's.
// RUN: cost-opt --pass-pipeline='builtin.module(cost-annotate{target=none})' -verify-diagnostics %s -o /dev/null
// The levels of --cost-diagnostics and the remark of a rule override:
// diagnostics-levels.mlir.

func.func private @ext(f32) -> f32

func.func @f(%a: tensor<4xf32>, %m: memref<index>) -> tensor<4xf32> {
  // An op with no cost model.
  // expected-warning @+1 {{'tosa.custom' not costed: no cost model}}
  %0 = tosa.custom %a {domain_name = "d", operator_name = "op", implementation_attrs = ""} : (tensor<4xf32>) -> tensor<4xf32>
  %1 = linalg.exp ins(%0 : tensor<4xf32>) outs(%0 : tensor<4xf32>) -> tensor<4xf32>
  // A payload op without a model gets its own diagnostic too.
  %2 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} outs(%1 : tensor<4xf32>) {
  ^bb0(%x: f32):
    // expected-warning @+1 {{'func.call @ext' not costed: no cost model}}
    %y = func.call @ext(%x) : (f32) -> f32
    linalg.yield %y : f32
  } -> tensor<4xf32>
  // A trip count read from memory.
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %n = memref.load %m[] : memref<index>
  // expected-warning @+1 {{'scf.for' cost unresolved: the size result #0 of memref.load at}}
  scf.for %i = %c0 to %n step %c1 {
    %e = tensor.extract %a[%i] : tensor<4xf32>
  }
  return %2 : tensor<4xf32>
}
