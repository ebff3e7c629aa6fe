// The call graph comes from costing: the first run of each function finds
// its calls, including calls the costing cannot reach (in a region no model
// costs). A function called from anywhere is not a root of the module total.
//
// RUN: cost-opt --flops --format=json %s | FileCheck %s --check-prefix=JSON
//
// Counts are checked in the JSON report (--format=json, docs/json-schema.md):
// each function's "name", then its counts, one key a line, in schema order.

// One multiply: 1 FLOP.
// JSON: "name": "scale",
// JSON-NEXT: "flops": 1,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 0,
// JSON-NEXT: "transcendentals": 0,
func.func @scale(%x: f32) -> f32 {
  %r = arith.mulf %x, %x : f32
  return %r : f32
}

// A payload that calls @scale: each of the 8 iterations adds (own) and
// calls @scale. Own: 8 * 1 = 8 FLOPs; with callees 8 * (1 + 1) = 16.
// JSON: "name": "payload_call",
// JSON-NEXT: "flops": 8,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 0,
// JSON-NEXT: "transcendentals": 0,
// JSON: "inclusive": {
// JSON-NEXT: "flops": 16,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 0,
// JSON-NEXT: "transcendentals": 0,
#id = affine_map<(d0) -> (d0)>
func.func @payload_call(%a: tensor<8xf32>, %o: tensor<8xf32>) -> tensor<8xf32> {
  %0 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]} ins(%a : tensor<8xf32>) outs(%o : tensor<8xf32>) {
  ^bb0(%x: f32, %y: f32):
    %s = arith.addf %x, %x : f32
    %r = func.call @scale(%s) : (f32) -> f32
    linalg.yield %r : f32
  } -> tensor<8xf32>
  return %0 : tensor<8xf32>
}

// 2 FLOPs (a multiply and an add).
// JSON: "name": "pad_value",
// JSON-NEXT: "flops": 2,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 0,
// JSON-NEXT: "transcendentals": 0,
func.func @pad_value(%x: f32) -> f32 {
  %m = arith.mulf %x, %x : f32
  %r = arith.addf %m, %x : f32
  return %r : f32
}

// tensor.pad's body is not costed (the pad moves data only), so the call in
// it adds nothing here; @pad_value is still a called function, not a root.
// Own 0 FLOPs; inclusive 0 + 0 x 2 = 0.
// JSON: "name": "padded",
// JSON-NEXT: "flops": 0,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 0,
// JSON-NEXT: "transcendentals": 0,
// JSON: "inclusive": {
// JSON-NEXT: "flops": 0,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 0,
// JSON-NEXT: "transcendentals": 0,
func.func @padded(%t: tensor<4xf32>, %v: f32) -> tensor<6xf32> {
  %p = tensor.pad %t low[1] high[1] {
  ^bb0(%i: index):
    %x = func.call @pad_value(%v) : (f32) -> f32
    tensor.yield %x : f32
  } : tensor<4xf32> to tensor<6xf32>
  return %p : tensor<6xf32>
}

// 1 FLOP.
// JSON: "name": "square",
// JSON-NEXT: "flops": 1,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 0,
// JSON-NEXT: "transcendentals": 0,
func.func @square(%x: f32) -> f32 {
  %r = arith.mulf %x, %x : f32
  return %r : f32
}

// The generic's size is read from a tensor's contents: the op is
// unresolved before its payload is costed, so the call in the payload is
// found by a walk. @square is still a called function, not a root.
// Own 0 (the generic is left out, unresolved); inclusive 0 + 0 x 1 = 0.
// JSON: "name": "unresolved_size",
// JSON-NEXT: "flops": 0,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 0,
// JSON-NEXT: "transcendentals": 0,
// JSON: "inclusive": {
// JSON-NEXT: "flops": 0,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 0,
// JSON-NEXT: "transcendentals": 0,
func.func @unresolved_size(%idx: tensor<index>) -> tensor<?xf32> {
  %n = tensor.extract %idx[] : tensor<index>
  %e = tensor.empty(%n) : tensor<?xf32>
  %0 = linalg.generic {indexing_maps = [#id], iterator_types = ["parallel"]} outs(%e : tensor<?xf32>) {
  ^bb0(%o: f32):
    %r = func.call @square(%o) : (f32) -> f32
    linalg.yield %r : f32
  } -> tensor<?xf32>
  return %0 : tensor<?xf32>
}

// The roots are @payload_call, @padded and @unresolved_size: 16 + 0 + 0 =
// 16 FLOPs. Neither @scale (1), @pad_value (2) nor @square (1) is counted
// again as a root.
// JSON: "total": {
// JSON-NEXT: "flops": 16,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 0,
// JSON-NEXT: "transcendentals": 0,
