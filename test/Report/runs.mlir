// Execution counts print as integers in the list of largest times.
// RUN: cost-opt --flops %s | FileCheck %s

// The add runs 32768 times (the loop's trip count, 0 to 32768 step 1).
// CHECK: Largest estimated times:
// CHECK: @loop  linalg.add at {{.*}}runs.mlir:[[#@LINE+6]]:{{[0-9]+}} (32768 runs){{$}}
func.func @loop(%a: tensor<64xf32>, %o: tensor<64xf32>) -> tensor<64xf32> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %n = arith.constant 32768 : index
  %r = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %a) -> (tensor<64xf32>) {
    %s = linalg.add ins(%acc, %a : tensor<64xf32>, tensor<64xf32>) outs(%o : tensor<64xf32>) -> tensor<64xf32>
    scf.yield %s : tensor<64xf32>
  }
  return %r : tensor<64xf32>
}
