// computeOpCost, the single-op query, used the way a tiling heuristic uses
// it: test-cost-choose (test/lib/Transforms/TestOpCost.cpp) costs each op
// marked test.candidate alone and picks the one moving the fewest bytes.
// RUN: cost-test-opt --test-cost-choose -verify-diagnostics -split-input-file %s -o /dev/null

// An untiled 64x64x64 matmul against the same matmul tiled by 16 rows on
// tensors. MACs are the same: M*N*K = 64*64*64 = 262144 (FLOPs 2x = 524288).
// Bytes (f32, 4 bytes per element):
//   untiled: read A + B + C = 3 * 64*64*4 = 49152, write C = 16384.
//   tiled, per tile (4 tiles, 64 / 16):
//     extract_slice of A: read 16*64*4 = 4096, write 4096
//     extract_slice of C: read 4096, write 4096
//     matmul 16x64x64: read A tile 4096 + B 16384 + C tile 4096 = 24576,
//                      write 4096
//     insert_slice: read 4096, write 4096
//   read 4 * (4096 + 4096 + 24576 + 4096) = 4 * 36864 = 147456,
//   written 4 * (4 * 4096) = 65536.
func.func @choose(%A: tensor<64x64xf32>, %B: tensor<64x64xf32>, %C: tensor<64x64xf32>) -> (tensor<64x64xf32>, tensor<64x64xf32>) {
  // expected-remark @+2 {{candidate untiled: 524288 FLOPs, 262144 MACs, 49152 bytes read, 16384 bytes written}}
  // expected-remark @+1 {{chosen: untiled}}
  %whole = linalg.matmul {test.candidate = "untiled"} ins(%A, %B : tensor<64x64xf32>, tensor<64x64xf32>) outs(%C : tensor<64x64xf32>) -> tensor<64x64xf32>
  %c0 = arith.constant 0 : index
  %c16 = arith.constant 16 : index
  %c64 = arith.constant 64 : index
  // expected-remark @+1 {{candidate tiled-16: 524288 FLOPs, 262144 MACs, 147456 bytes read, 65536 bytes written}}
  %tiled = scf.for %i = %c0 to %c64 step %c16 iter_args(%acc = %C) -> (tensor<64x64xf32>) {
    %a = tensor.extract_slice %A[%i, 0] [16, 64] [1, 1] : tensor<64x64xf32> to tensor<16x64xf32>
    %c = tensor.extract_slice %acc[%i, 0] [16, 64] [1, 1] : tensor<64x64xf32> to tensor<16x64xf32>
    %m = linalg.matmul ins(%a, %B : tensor<16x64xf32>, tensor<64x64xf32>) outs(%c : tensor<16x64xf32>) -> tensor<16x64xf32>
    %r = tensor.insert_slice %m into %acc[%i, 0] [16, 64] [1, 1] : tensor<16x64xf32> into tensor<64x64xf32>
    scf.yield %r : tensor<64x64xf32>
  } {test.candidate = "tiled-16"}
  return %whole, %tiled : tensor<64x64xf32>, tensor<64x64xf32>
}

// -----

// What the query cannot answer, it says: a call's cost is its callee's
// (the whole-module analysis knows it), a dynamic size traced to the
// function's argument is a formula, a loop over a size read from memory is
// unresolved.
func.func private @callee(%x: tensor<8xf32>) -> tensor<8xf32> {
  %0 = linalg.exp ins(%x : tensor<8xf32>) outs(%x : tensor<8xf32>) -> tensor<8xf32>
  return %0 : tensor<8xf32>
}

func.func @limits(%x: tensor<8xf32>, %d: tensor<?xf32>, %m: memref<index>) -> tensor<?xf32> {
  // expected-remark @+1 {{candidate call cannot be compared: a call: its cost is its callee's, which CostAnalysis computes over the module's call graph}}
  %0 = func.call @callee(%x) {test.candidate = "call"} : (tensor<8xf32>) -> tensor<8xf32>
  // 1 FLOP per element of the dynamic dimension 0 of %d, the symbol
  // limits.arg1.d0 (docs/symbolic.md).
  // expected-remark @+1 {{candidate dynamic costs a formula: limits.arg1.d0 FLOPs}}
  %1 = linalg.negf {test.candidate = "dynamic"} ins(%d : tensor<?xf32>) outs(%d : tensor<?xf32>) -> tensor<?xf32>
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %n = memref.load %m[] : memref<index>
  // expected-remark @+1 {{candidate loop cannot be compared: the size result #0 of memref.load}}
  scf.for %i = %c0 to %n step %c1 {
    %e = tensor.extract %x[%i] : tensor<8xf32>
  } {test.candidate = "loop"}
  return %1 : tensor<?xf32>
}
