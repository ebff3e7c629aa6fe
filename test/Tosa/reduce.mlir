// TOSA reductions and argmax on a 4x8 input (32 elements), on the TOSA
// form and after the upstream lowering.
//
// RUN: cost-opt --flops --format=json %s | FileCheck %s --check-prefixes=JSON,TOSA-JSON
// RUN: cost-opt --flops --format=json %tosa_lowering %s | FileCheck %s --check-prefixes=JSON,LOWERED-JSON
//
// Counts are checked in the JSON report (--format=json, docs/json-schema.md):
// each function's "name", then its counts, one key a line, in schema order.

// One combine per input element, whatever the axis (the lowering's
// linalg.reduce starts from the identity, so the first element is combined
// too): 32 FLOPs.
// JSON: "name": "reduce_sum",
// JSON-NEXT: "flops": 32,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 0,
// JSON-NEXT: "transcendentals": 0,
func.func @reduce_sum(%x: tensor<4x8xf32>) -> tensor<4x1xf32> {
  %0 = tosa.reduce_sum %x {axis = 1 : i32} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  return %0 : tensor<4x1xf32>
}

// 4*8 = 32 maxima: 32 FLOPs.
// JSON: "name": "reduce_max",
// JSON-NEXT: "flops": 32,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 0,
// JSON-NEXT: "transcendentals": 0,
func.func @reduce_max(%x: tensor<4x8xf32>) -> tensor<1x8xf32> {
  %0 = tosa.reduce_max %x {axis = 0 : i32} : (tensor<4x8xf32>) -> tensor<1x8xf32>
  return %0 : tensor<1x8xf32>
}

// 4*8 = 32 multiplies: 32 FLOPs.
// JSON: "name": "reduce_product",
// JSON-NEXT: "flops": 32,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 0,
// JSON-NEXT: "transcendentals": 0,
func.func @reduce_product(%x: tensor<4x8xf32>) -> tensor<4x1xf32> {
  %0 = tosa.reduce_product %x {axis = 1 : i32} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  return %0 : tensor<4x1xf32>
}

// Integer and boolean reductions count int OPs: 32 each.
// JSON: "name": "reduce_sum_i32",
// JSON-NEXT: "flops": 0,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 32,
// JSON-NEXT: "transcendentals": 0,
func.func @reduce_sum_i32(%x: tensor<4x8xi32>) -> tensor<4x1xi32> {
  %0 = tosa.reduce_sum %x {axis = 1 : i32} : (tensor<4x8xi32>) -> tensor<4x1xi32>
  return %0 : tensor<4x1xi32>
}

// 4*8 = 32 ands: 32 int OPs.
// JSON: "name": "reduce_all",
// JSON-NEXT: "flops": 0,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 32,
// JSON-NEXT: "transcendentals": 0,
func.func @reduce_all(%x: tensor<4x8xi1>) -> tensor<4x1xi1> {
  %0 = tosa.reduce_all %x {axis = 1 : i32} : (tensor<4x8xi1>) -> tensor<4x1xi1>
  return %0 : tensor<4x1xi1>
}

// 4*8 = 32 ors: 32 int OPs.
// JSON: "name": "reduce_any",
// JSON-NEXT: "flops": 0,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 32,
// JSON-NEXT: "transcendentals": 0,
func.func @reduce_any(%x: tensor<4x8xi1>) -> tensor<4x1xi1> {
  %0 = tosa.reduce_any %x {axis = 1 : i32} : (tensor<4x8xi1>) -> tensor<4x1xi1>
  return %0 : tensor<4x1xi1>
}

// nan_mode = IGNORE: one minNum per element, 32 FLOPs. The lowering tracks
// "all NaN" beside the minimum: per element minimumf, a NaN test and a
// select (3 FLOPs) and an and (1 int OP), then per output a select:
// 3*32 + 4 = 100 FLOPs, 32 int OPs.
// TOSA-JSON: "name": "reduce_min_ignore",
// TOSA-JSON-NEXT: "flops": 32,
// TOSA-JSON-NEXT: "macs": 0,
// TOSA-JSON-NEXT: "int_ops": 0,
// TOSA-JSON-NEXT: "transcendentals": 0,
// LOWERED-JSON: "name": "reduce_min_ignore",
// LOWERED-JSON-NEXT: "flops": 100,
// LOWERED-JSON-NEXT: "macs": 0,
// LOWERED-JSON-NEXT: "int_ops": 32,
// LOWERED-JSON-NEXT: "transcendentals": 0,
func.func @reduce_min_ignore(%x: tensor<4x8xf32>) -> tensor<4x1xf32> {
  %0 = tosa.reduce_min %x {axis = 1 : i32, nan_mode = #tosa.nan_mode<IGNORE>} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  return %0 : tensor<4x1xf32>
}

// argmax: per element a compare with the running maximum and the selects of
// the value and of its index (2 FLOPs + 1 int OP); NaN propagation also
// tests the running maximum for NaN and ands it with the compare (1 FLOP +
// 1 int OP): 3*32 = 96 FLOPs, 2*32 = 64 int OPs.
// JSON: "name": "argmax",
// JSON-NEXT: "flops": 96,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 64,
// JSON-NEXT: "transcendentals": 0,
func.func @argmax(%x: tensor<4x8xf32>) -> tensor<4xi32> {
  %0 = tosa.argmax %x {axis = 1 : i32} : (tensor<4x8xf32>) -> tensor<4xi32>
  return %0 : tensor<4xi32>
}

// nan_mode = IGNORE: 2*32 = 64 FLOPs, 32 int OPs.
// JSON: "name": "argmax_ignore",
// JSON-NEXT: "flops": 64,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 32,
// JSON-NEXT: "transcendentals": 0,
func.func @argmax_ignore(%x: tensor<4x8xf32>) -> tensor<4xi32> {
  %0 = tosa.argmax %x {axis = 1 : i32, nan_mode = #tosa.nan_mode<IGNORE>} : (tensor<4x8xf32>) -> tensor<4xi32>
  return %0 : tensor<4xi32>
}

// Integer argmax: compare and two selects, all integer: 3*32 = 96 int OPs.
// JSON: "name": "argmax_i8",
// JSON-NEXT: "flops": 0,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 96,
// JSON-NEXT: "transcendentals": 0,
func.func @argmax_i8(%x: tensor<4x8xi8>) -> tensor<4xi32> {
  %0 = tosa.argmax %x {axis = 1 : i32} : (tensor<4x8xi8>) -> tensor<4xi32>
  return %0 : tensor<4xi32>
}
