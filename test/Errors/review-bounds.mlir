// Cases an independent review found counted wrong or unbounded; each is now
// exact or listed unresolved with its reason, never a wrong number.
// RUN: cost-opt --flops --format=json --target=none --cost-diagnostics=none %s | FileCheck %s

// A mask whose size is a formula (N) may exceed the 8 lanes: min(N, 8) is
// no formula, so the read is unresolved (it was 4*N bytes read).
// CHECK-LABEL: "name": "symbolic_mask",
// CHECK: "bytes_read": 0,
// CHECK: "unresolved": [
// CHECK-NEXT: {
// CHECK-NEXT: "op": "vector.transfer_read",
// CHECK: "reason": "a size of its vector.create_mask, symbolic_mask.arg0.d0, may exceed the vector's extent 8
func.func @symbolic_mask(%m: memref<?xf32>) -> vector<8xf32> {
  %c0 = arith.constant 0 : index
  %n = memref.dim %m, %c0 : memref<?xf32>
  %mask = vector.create_mask %n : vector<8xi1>
  %f = arith.constant 0.0 : f32
  %v = vector.transfer_read %m[%c0], %f, %mask : memref<?xf32>, vector<8xf32>
  return %v : vector<8xf32>
}

// A constant mask size above the lanes enables all 8: 8*4 = 32 bytes read.
// CHECK-LABEL: "name": "clamped_mask",
// CHECK: "bytes_read": 32,
// CHECK: "unresolved": [],
func.func @clamped_mask(%m: memref<16xf32>) -> vector<8xf32> {
  %c0 = arith.constant 0 : index
  %c1000 = arith.constant 1000 : index
  %mask = vector.create_mask %c1000 : vector<8xi1>
  %f = arith.constant 0.0 : f32
  %v = vector.transfer_read %m[%c0], %f, %mask : memref<16xf32>, vector<8xf32>
  return %v : vector<8xf32>
}

// An inner bound i + 100 computed in i8 wraps for i >= 28 (the nest runs
// 28*100 = 2800 times, not 100*100); the inner loop is unresolved.
// CHECK-LABEL: "name": "narrow_bound",
// CHECK-NEXT: "flops": 0,
// CHECK: "unresolved": [
// CHECK-NEXT: {
// CHECK-NEXT: "op": "scf.for",
// CHECK: "reason": "a loop bound is computed in i8, where it may wrap around;
func.func @narrow_bound(%x: f32) {
  %c0 = arith.constant 0 : i8
  %c1 = arith.constant 1 : i8
  %c100 = arith.constant 100 : i8
  scf.for %i = %c0 to %c100 step %c1 : i8 {
    %u = arith.addi %i, %c100 : i8
    scf.for %j = %i to %u step %c1 : i8 {
      %y = arith.addf %x, %x : f32
    }
  }
  return
}

// Two generics with one payload, one fed a splat constant: sqrt of the
// splat folds (0 transcendentals), sqrt of data does not (1024). Both add
// (1024 FLOPs each): 2048 FLOPs, 1024 transcendentals. The shared payload
// cost must not mix them.
// CHECK-LABEL: "name": "splat_and_data",
// CHECK-NEXT: "flops": 2048,
// CHECK-NEXT: "macs": 0,
// CHECK-NEXT: "int_ops": 0,
// CHECK-NEXT: "transcendentals": 1024,
#m = affine_map<(d0) -> (d0)>
func.func @splat_and_data(%x: tensor<1024xf32>, %y: tensor<1024xf32>) -> (tensor<1024xf32>, tensor<1024xf32>) {
  %c = arith.constant dense<2.0> : tensor<1024xf32>
  %e = tensor.empty() : tensor<1024xf32>
  %a = linalg.generic {indexing_maps = [#m, #m, #m], iterator_types = ["parallel"]} ins(%c, %x : tensor<1024xf32>, tensor<1024xf32>) outs(%e : tensor<1024xf32>) {
  ^bb0(%p: f32, %q: f32, %o: f32):
    %s = math.sqrt %p : f32
    %t = arith.addf %s, %q : f32
    linalg.yield %t : f32
  } -> tensor<1024xf32>
  %b = linalg.generic {indexing_maps = [#m, #m, #m], iterator_types = ["parallel"]} ins(%y, %x : tensor<1024xf32>, tensor<1024xf32>) outs(%e : tensor<1024xf32>) {
  ^bb0(%p: f32, %q: f32, %o: f32):
    %s = math.sqrt %p : f32
    %t = arith.addf %s, %q : f32
    linalg.yield %t : f32
  } -> tensor<1024xf32>
  return %a, %b : tensor<1024xf32>, tensor<1024xf32>
}
