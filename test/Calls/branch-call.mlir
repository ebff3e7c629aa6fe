// A function is costed once; its own counts are the inclusive cost less each
// call's counts times the times the call runs. With a call in the branch of
// an scf.if that the totals count (the larger one), the own counts and the
// "inclusive" counts (the text report's '+ callees' row) agree with the
// total: own + callees = inclusive.
// RUN: cost-opt --flops --format=json --target=none %s | FileCheck %s --check-prefix=JSON

// @big: a 64x64x64 matmul: 64^3 = 262144 MACs = 524288 FLOPs; reads a, b
// and the init, 3 * 64*64*4 = 49152 B; writes 64*64*4 = 16384 B.
// JSON: "name": "big",
// JSON-NEXT: "flops": 524288,
// JSON-NEXT: "macs": 262144,
// JSON-NEXT: "int_ops": 0,
// JSON-NEXT: "transcendentals": 0,
// JSON-NEXT: "bytes_read": 49152,
// JSON-NEXT: "bytes_written": 16384,
// @f: the then-branch (the call, 524288 FLOPs) outweighs the else-branch
// (a 64x64 add, 4096 FLOPs), so the call's branch is counted. Its own ops
// on that path are none: 524288 - 1 x 524288 = 0.
// JSON: "name": "f",
// JSON-NEXT: "flops": 0,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 0,
// JSON-NEXT: "transcendentals": 0,
// JSON-NEXT: "bytes_read": 0,
// JSON-NEXT: "bytes_written": 0,
// JSON: "inclusive": {
// JSON-NEXT: "flops": 524288,
// JSON-NEXT: "macs": 262144,
// JSON-NEXT: "int_ops": 0,
// JSON-NEXT: "transcendentals": 0,
// JSON-NEXT: "bytes_read": 49152,
// JSON-NEXT: "bytes_written": 16384{{,?$}}
// JSON: "total": {
// JSON-NEXT: "flops": 524288,
// JSON-NEXT: "macs": 262144,
// JSON-NEXT: "int_ops": 0,
// JSON-NEXT: "transcendentals": 0,
// JSON-NEXT: "bytes_read": 49152,
// JSON-NEXT: "bytes_written": 16384,

func.func @big(%a: tensor<64x64xf32>, %b: tensor<64x64xf32>) -> tensor<64x64xf32> {
  %e = tensor.empty() : tensor<64x64xf32>
  %m = linalg.matmul ins(%a, %b : tensor<64x64xf32>, tensor<64x64xf32>) outs(%e : tensor<64x64xf32>) -> tensor<64x64xf32>
  return %m : tensor<64x64xf32>
}
func.func @f(%c: i1, %a: tensor<64x64xf32>, %b: tensor<64x64xf32>) -> tensor<64x64xf32> {
  %r = scf.if %c -> tensor<64x64xf32> {
    %x = func.call @big(%a, %b) : (tensor<64x64xf32>, tensor<64x64xf32>) -> tensor<64x64xf32>
    scf.yield %x : tensor<64x64xf32>
  } else {
    %e = tensor.empty() : tensor<64x64xf32>
    %y = linalg.add ins(%a, %b : tensor<64x64xf32>, tensor<64x64xf32>) outs(%e : tensor<64x64xf32>) -> tensor<64x64xf32>
    scf.yield %y : tensor<64x64xf32>
  }
  return %r : tensor<64x64xf32>
}
