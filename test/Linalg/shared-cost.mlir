// RUN: cost-opt --cost-annotate %s | FileCheck %s

// Ops of one signature (name, operand and result types, attributes,
// properties) and one payload share their counts within a function: the
// first is costed, the others reuse its counts. Ops that differ only in
// their payload, in the outside values their payload reads, or in the sizes
// of their dynamic dimensions must each be costed.

#id = affine_map<(d0) -> (d0)>
#all = affine_map<(d0) -> ()>

// CHECK-LABEL: func.func @payloads
func.func @payloads(%a: tensor<16xf32>) -> (tensor<16xf32>, tensor<16xf32>, tensor<16xf32>) {
  // 16 iterations x 1 addf = 16 FLOPs. Reads a: 16*4 = 64 B; writes 64 B.
  // CHECK: linalg.generic
  // CHECK-SAME: cost.bytes_read = 64 : i64
  // CHECK-SAME: cost.bytes_written = 64 : i64
  // CHECK-SAME: cost.flops = 16 : i64
  // CHECK-SAME: cost.int_ops = 0 : i64
  // CHECK-SAME: cost.macs = 0 : i64
  // CHECK-SAME: cost.transcendentals = 0 : i64
  %0 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]} ins(%a : tensor<16xf32>) outs(%a : tensor<16xf32>) {
  ^bb0(%x: f32, %o: f32):
    %r = arith.addf %x, %x : f32
    linalg.yield %r : f32
  } -> tensor<16xf32>
  // The same signature, another payload: 16 x 1 exp = 16 transcendentals,
  // no FLOPs.
  // CHECK: linalg.generic
  // CHECK-SAME: cost.bytes_read = 64 : i64
  // CHECK-SAME: cost.bytes_written = 64 : i64
  // CHECK-SAME: cost.flops = 0 : i64
  // CHECK-SAME: cost.int_ops = 0 : i64
  // CHECK-SAME: cost.macs = 0 : i64
  // CHECK-SAME: cost.transcendentals = 16 : i64
  %1 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]} ins(%a : tensor<16xf32>) outs(%a : tensor<16xf32>) {
  ^bb0(%x: f32, %o: f32):
    %r = math.exp %x : f32
    linalg.yield %r : f32
  } -> tensor<16xf32>
  // The first again: 16 FLOPs.
  // CHECK: linalg.generic
  // CHECK-SAME: cost.bytes_read = 64 : i64
  // CHECK-SAME: cost.bytes_written = 64 : i64
  // CHECK-SAME: cost.flops = 16 : i64
  // CHECK-SAME: cost.int_ops = 0 : i64
  // CHECK-SAME: cost.macs = 0 : i64
  // CHECK-SAME: cost.transcendentals = 0 : i64
  %2 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]} ins(%a : tensor<16xf32>) outs(%a : tensor<16xf32>) {
  ^bb0(%x: f32, %o: f32):
    %r = arith.addf %x, %x : f32
    linalg.yield %r : f32
  } -> tensor<16xf32>
  return %0, %1, %2 : tensor<16xf32>, tensor<16xf32>, tensor<16xf32>
}

// Two reductions whose payloads are the same text, `acc + v`, but read
// different outside values: a product (the add accumulates a multiply: a
// MAC) and a sum (no MAC).
// CHECK-LABEL: func.func @outside_values
func.func @outside_values(%a: tensor<16xf32>, %init: tensor<f32>, %s: f32, %t: f32) -> (tensor<f32>, tensor<f32>) {
  // 2 scalar ops at the function level: 1 FLOP each.
  %product = arith.mulf %s, %t : f32
  %sum = arith.addf %s, %t : f32
  // 16 iterations x (1 addf) = 16 FLOPs; each add accumulates the product:
  // 16 MACs. The payload reads only the accumulator: init, 4 B read and
  // written.
  // CHECK: linalg.generic
  // CHECK-SAME: cost.bytes_read = 4 : i64
  // CHECK-SAME: cost.bytes_written = 4 : i64
  // CHECK-SAME: cost.flops = 16 : i64
  // CHECK-SAME: cost.int_ops = 0 : i64
  // CHECK-SAME: cost.macs = 16 : i64
  // CHECK-SAME: cost.transcendentals = 0 : i64
  %0 = linalg.generic {indexing_maps = [#id, #all], iterator_types = ["reduction"]} ins(%a : tensor<16xf32>) outs(%init : tensor<f32>) {
  ^bb0(%x: f32, %acc: f32):
    %r = arith.addf %acc, %product : f32
    linalg.yield %r : f32
  } -> tensor<f32>
  // 16 FLOPs, no MAC.
  // CHECK: linalg.generic
  // CHECK-SAME: cost.bytes_read = 4 : i64
  // CHECK-SAME: cost.bytes_written = 4 : i64
  // CHECK-SAME: cost.flops = 16 : i64
  // CHECK-SAME: cost.int_ops = 0 : i64
  // CHECK-SAME: cost.macs = 0 : i64
  // CHECK-SAME: cost.transcendentals = 0 : i64
  %1 = linalg.generic {indexing_maps = [#id, #all], iterator_types = ["reduction"]} ins(%a : tensor<16xf32>) outs(%init : tensor<f32>) {
  ^bb0(%x: f32, %acc: f32):
    %r = arith.addf %acc, %sum : f32
    linalg.yield %r : f32
  } -> tensor<f32>
  return %0, %1 : tensor<f32>, tensor<f32>
}

// The same signature, tensor<?xf32>, over two arguments of unrelated sizes:
// each count is a formula of its own argument's size.
// CHECK-LABEL: func.func @dynamic
func.func @dynamic(%a: tensor<?xf32>, %b: tensor<?xf32>) -> (tensor<?xf32>, tensor<?xf32>) {
  // a's size x 1 addf FLOPs; a's size x 4 B read and written.
  // CHECK: linalg.generic
  // CHECK-SAME: cost.bytes_read = "4*dynamic.arg0.d0"
  // CHECK-SAME: cost.bytes_written = "4*dynamic.arg0.d0"
  // CHECK-SAME: cost.flops = "dynamic.arg0.d0"
  // CHECK-SAME: cost.int_ops = 0 : i64
  // CHECK-SAME: cost.macs = 0 : i64
  // CHECK-SAME: cost.transcendentals = 0 : i64
  %0 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]} ins(%a : tensor<?xf32>) outs(%a : tensor<?xf32>) {
  ^bb0(%x: f32, %o: f32):
    %r = arith.addf %x, %x : f32
    linalg.yield %r : f32
  } -> tensor<?xf32>
  // The same with b's size: b.d0 FLOPs, 4*b.d0 B read and written.
  // CHECK: linalg.generic
  // CHECK-SAME: cost.bytes_read = "4*dynamic.arg1.d0"
  // CHECK-SAME: cost.bytes_written = "4*dynamic.arg1.d0"
  // CHECK-SAME: cost.flops = "dynamic.arg1.d0"
  // CHECK-SAME: cost.int_ops = 0 : i64
  // CHECK-SAME: cost.macs = 0 : i64
  // CHECK-SAME: cost.transcendentals = 0 : i64
  %1 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]} ins(%b : tensor<?xf32>) outs(%b : tensor<?xf32>) {
  ^bb0(%x: f32, %o: f32):
    %r = arith.addf %x, %x : f32
    linalg.yield %r : f32
  } -> tensor<?xf32>
  return %0, %1 : tensor<?xf32>, tensor<?xf32>
}
