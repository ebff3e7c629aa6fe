// Weights held by globals: a global counts once, toward the layer of the
// first op that loads it, or, if nothing loads it, toward its own
// location's layer; the layers then hold every weight of the module.
// RUN: cost-opt --flops --target=none --format=json --layers %s | FileCheck %s

ml_program.global private @embed(dense<1.0> : tensor<16x4xf32>) : tensor<16x4xf32> loc("embed.table"("m.py":1:0))
ml_program.global private mutable @seed(dense<0> : tensor<i64>) : tensor<i64> loc("rng.seed"("m.py":2:0))

func.func @forward() -> (tensor<16x4xf32>, tensor<16x4xf32>) {
  %0 = ml_program.global_load_const @embed : tensor<16x4xf32> loc("encoder.embed"("m.py":5:0))
  %1 = ml_program.global_load_const @embed : tensor<16x4xf32> loc("decoder.embed"("m.py":9:0))
  return %0, %1 : tensor<16x4xf32>, tensor<16x4xf32>
}

// @embed: 16*4 = 64 elements, at its first load (encoder.embed), once;
// decoder.embed loads it again and holds none.
// CHECK:      "path": "encoder",
// CHECK:      "param_elements": 64,
// CHECK:      "path": "encoder.embed",
// CHECK:      "param_elements": 64,
// CHECK:      "path": "decoder",
// CHECK:      "param_elements": 0,
// CHECK:      "path": "decoder.embed",
// CHECK:      "param_elements": 0,
// @seed (a rank-0 tensor: 1 element) is loaded by nothing: at its own
// location, rng.seed.
// CHECK:      "path": "rng",
// CHECK:      "param_elements": 1,
// CHECK:      "path": "rng.seed",
// CHECK:      "param_elements": 1,
// The module: 64 + 1 = 65, what the layers hold.
// CHECK:      "total": {
// CHECK:        "param_elements": 65,
