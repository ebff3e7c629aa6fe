// --cost-track-passes marks a pass that changes FLOPs or MACs, and
// =fail-on-change fails on it, naming the pass and the functions: here
// canonicalize erases a matmul whose result is unused.
//
// RUN: cost-opt --flops --target=none --exact --cost-track-passes --canonicalize %s | FileCheck %s
// RUN: not cost-opt --flops --target=none --exact --cost-track-passes=fail-on-change --canonicalize %s -o %t.txt 2>&1 | FileCheck %s --check-prefix=FAIL
// The report is still written.
// RUN: FileCheck %s --input-file=%t.txt
// An op-agnostic nested pipeline (any), and no pipeline (the input alone).
// RUN: cost-opt --flops --target=none --exact --cost-track-passes --pass-pipeline='builtin.module(any(cse,canonicalize))' %s | FileCheck %s --check-prefix=ANY
// RUN: cost-opt --flops --target=none --exact --cost-track-passes %s | FileCheck %s --check-prefix=NONE
// A pass that keeps the work passes the gate.
// RUN: cost-opt --flops --target=none --cost-track-passes=fail-on-change --loop-invariant-code-motion %s -o /dev/null

// Each matmul 4x8 by 8x2: MACs 4*2*8 = 64, FLOPs 128. @forward has two
// (one dead), @other one, which no pass changes.
func.func @forward(%a: tensor<4x8xf32>, %b: tensor<8x2xf32>, %c: tensor<4x2xf32>) -> tensor<4x2xf32> {
  %dead = linalg.matmul ins(%a, %b : tensor<4x8xf32>, tensor<8x2xf32>) outs(%c : tensor<4x2xf32>) -> tensor<4x2xf32>
  %0 = linalg.matmul ins(%a, %b : tensor<4x8xf32>, tensor<8x2xf32>) outs(%c : tensor<4x2xf32>) -> tensor<4x2xf32>
  return %0 : tensor<4x2xf32>
}

func.func @other(%a: tensor<4x8xf32>, %b: tensor<8x2xf32>, %c: tensor<4x2xf32>) -> tensor<4x2xf32> {
  %0 = linalg.matmul ins(%a, %b : tensor<4x8xf32>, tensor<8x2xf32>) outs(%c : tensor<4x2xf32>) -> tensor<4x2xf32>
  return %0 : tensor<4x2xf32>
}

// Input: 3 matmuls, FLOPs 3*128 = 384, MACs 3*64 = 192; after
// canonicalize 2: FLOPs 256, MACs 128 (-128 of 384 = -33.3%).
// CHECK:      Cost after each pass
// CHECK-NEXT: pass {{.*}} change
// CHECK-NEXT:   input         builtin.module  384  192
// CHECK-NEXT: ! canonicalize  builtin.module  256  128 {{.*}} FLOPs -128 (-33.3%), MACs -64 (-33.3%),
// CHECK-NEXT: note: '!' marks a pass that changed FLOPs or MACs; a pure lowering keeps both.

// FAIL: cost-opt: error: --cost-track-passes=fail-on-change: pass 'canonicalize' on builtin.module changed FLOPs 384 -> 256, MACs 192 -> 128; functions: @forward{{$}}

// cse merges the two identical matmuls of @forward (the same change), then
// canonicalize finds nothing more.
// ANY:      Cost after each pass
// ANY-NEXT: pass {{.*}} change
// ANY-NEXT:   input         builtin.module    384   192
// ANY-NEXT: ! cse                      any    256   128 {{.*}} FLOPs -128 (-33.3%), MACs -64 (-33.3%), read -224 (-33.3%), written -32 (-33.3%)
// ANY-NEXT:   canonicalize             any    256   128 {{.*}} -

// NONE:      Cost after each pass
// NONE-NEXT: pass {{.*}} change
// NONE-NEXT:   input  builtin.module  384  192
// NONE-EMPTY:
