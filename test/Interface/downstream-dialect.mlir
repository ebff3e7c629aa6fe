// RUN: cost-test-opt --flops --exact --target=none %s | FileCheck %s
// RUN: cost-test-opt --cost-annotate=target=none %s | FileCheck %s --check-prefix=ANNOTATE
// RUN: cost-test-opt --flops --exact --target=none --convention=macs-as-flops %s | FileCheck %s --check-prefix=MACS
// RUN: cost-test-opt --flops --exact --target=none --cost-rules=%S/Inputs/opaque.yaml %s | FileCheck %s --check-prefix=RULES

// The cost_test dialect of test/lib, in cost-test-opt (cost-opt built as a
// downstream project builds it, CostOptMain.h):
//  - cost_test.gemm implements CostOpInterface itself;
//  - cost_test.relu gets an external model (TestCostModels.cpp);
//  - cost_test.fixed implements it itself and also has an external model
//    attached, which says 1000 FLOPs: the op's own implementation wins;
//  - cost_test.opaque has neither and is listed by name, not counted as 0.
// Columns: function, FLOPs, MACs, int OPs, transcendentals, read, written,
// params, param bytes, costed, not costed.

// gemm 4x8 by 8x16: MACs = 4*16*8 = 512, FLOPs 1024; read (32 + 128)*4 =
//   640, written 64*4 = 256.
// relu on 4x16: one max per element, 64 FLOPs; read 256, written 256.
// fixed: 7 FLOPs (its own implementation, not the model's 1000).
// Function: FLOPs 1024 + 64 + 7 = 1095; MACs 512; read 896; written 512;
//   3 ops costed, 1 not.
// CHECK: @forward 1095 512 0 0 896 512 0 0 3 1{{$}}
//
// The callee's ops add to the caller's inclusive total: @model calls
// @forward once and adds a linalg.add on 4x16 (64 FLOPs):
// 1095 + 64 = 1159.
// CHECK: @model 64 0 0 0
// CHECK: + callees 1159 512
// CHECK: warning: @forward: 1 x cost_test.opaque not costed (no cost model)

// Under macs-as-flops the native gemm (through getMacCost) counts 512.
// MACS: @forward 583 512 0 0 896 512 0 0 3 1{{$}}

// A rule costs the op nobody modelled: 2 FLOPs per output element of
// cost_test.opaque, 2*64 = 128; 1095 + 128 = 1223, read 896 + 256, written
// 512 + 256; 4 costed.
// RULES: @forward 1223 512 0 0 1152 768 0 0 4 0{{$}}
// RULES: note: cost rules {{.*}}opaque.yaml: costed 1 x cost_test.opaque

// ANNOTATE-LABEL: func.func @forward
// ANNOTATE: cost_test.gemm {{.*}}{cost.bytes_read = 640 : i64, cost.bytes_written = 256 : i64, cost.flops = 1024 : i64, cost.int_ops = 0 : i64, cost.macs = 512 : i64, cost.transcendentals = 0 : i64}
// ANNOTATE: cost_test.relu {{.*}}cost.flops = 64 : i64
// ANNOTATE: cost_test.fixed {{.*}}cost.flops = 7 : i64
// ANNOTATE: cost_test.opaque {{.*}}{cost.uncounted}
func.func @forward(%a: tensor<4x8xf32>, %b: tensor<8x16xf32>) -> tensor<4x16xf32> {
  %0 = cost_test.gemm %a, %b : tensor<4x8xf32>, tensor<8x16xf32> -> tensor<4x16xf32>
  %1 = cost_test.relu %0 : tensor<4x16xf32> -> tensor<4x16xf32>
  %2 = cost_test.fixed %1 {flops = 7} : tensor<4x16xf32> -> tensor<4x16xf32>
  %3 = cost_test.opaque %2 : tensor<4x16xf32> -> tensor<4x16xf32>
  return %3 : tensor<4x16xf32>
}

func.func @model(%a: tensor<4x8xf32>, %b: tensor<8x16xf32>) -> tensor<4x16xf32> {
  %0 = func.call @forward(%a, %b) : (tensor<4x8xf32>, tensor<8x16xf32>) -> tensor<4x16xf32>
  %1 = linalg.add ins(%0, %0 : tensor<4x16xf32>, tensor<4x16xf32>) outs(%0 : tensor<4x16xf32>) -> tensor<4x16xf32>
  return %1 : tensor<4x16xf32>
}
