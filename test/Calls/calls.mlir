// func.call: the callee's cost is added at the call site, times the trip
// counts around it. Functions report exclusive counts (their own ops) and
// inclusive counts (with their callees); the module total counts every
// function through its callers. Recursion is reported, not followed; calls
// to declarations are listed as uncounted.
//
// RUN: cost-opt --flops --exact %s 2>&1 | FileCheck %s
// RUN: cost-opt --flops --format=json %s | FileCheck %s --check-prefix=COUNTS
// RUN: cost-opt --flops --format=json %s | FileCheck %s --check-prefix=JSON
// RUN: cost-opt --cost-annotate=target=none %s | FileCheck %s --check-prefix=ANNOTATE
//
// Counts are checked in the JSON report (--format=json, docs/json-schema.md):
// each function's "name", then its counts, one key a line, in schema order.

// A 4x16 by 16x8 matmul: MACs = 4*8*16 = 512, FLOPs = 1024.
// COUNTS: "name": "matmul",
// COUNTS-NEXT: "flops": 1024,
// COUNTS-NEXT: "macs": 512,
// COUNTS-NEXT: "int_ops": 0,
// COUNTS-NEXT: "transcendentals": 0,
func.func @matmul(%a: tensor<4x16xf32>, %b: tensor<16x8xf32>, %c: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %0 = linalg.matmul ins(%a, %b : tensor<4x16xf32>, tensor<16x8xf32>) outs(%c : tensor<4x8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// Own work: one add of 4x8 = 32 FLOPs. With callees: 32 + 2*1024 = 2080
// FLOPs, 2*512 = 1024 MACs.
// COUNTS: "name": "layer",
// COUNTS-NEXT: "flops": 32,
// COUNTS-NEXT: "macs": 0,
// COUNTS-NEXT: "int_ops": 0,
// COUNTS-NEXT: "transcendentals": 0,
// COUNTS: "inclusive": {
// COUNTS-NEXT: "flops": 2080,
// COUNTS-NEXT: "macs": 1024,
// COUNTS-NEXT: "int_ops": 0,
// COUNTS-NEXT: "transcendentals": 0,
// ANNOTATE-LABEL: func.func @layer
// ANNOTATE: call @matmul
// ANNOTATE-SAME: cost.flops = 1024 : i64
// ANNOTATE-SAME: cost.macs = 512 : i64
func.func @layer(%a: tensor<4x16xf32>, %b: tensor<16x8xf32>, %c: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %0 = func.call @matmul(%a, %b, %c) : (tensor<4x16xf32>, tensor<16x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %1 = func.call @matmul(%a, %b, %0) : (tensor<4x16xf32>, tensor<16x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %2 = arith.addf %0, %1 : tensor<4x8xf32>
  return %2 : tensor<4x8xf32>
}

// Own work: exp of 4x8 = 32 transcendentals; @layer called in a loop of 10
// trips: with callees FLOPs = 10*2080 = 20800, MACs = 10*1024 = 10240.
// The call to the declaration @clock is listed, never counted as 0.
// COUNTS: "name": "main",
// COUNTS-NEXT: "flops": 0,
// COUNTS-NEXT: "macs": 0,
// COUNTS-NEXT: "int_ops": 0,
// COUNTS-NEXT: "transcendentals": 32,
// COUNTS: "inclusive": {
// COUNTS-NEXT: "flops": 20800,
// COUNTS-NEXT: "macs": 10240,
// COUNTS-NEXT: "int_ops": 0,
// COUNTS-NEXT: "transcendentals": 32,
// ANNOTATE-LABEL: func.func @main
// ANNOTATE: call @clock() {cost.uncounted}
// ANNOTATE: call @layer{{.*}}cost.flops = 2080 : i64
// ANNOTATE: {{^ *}}} {
// ANNOTATE-SAME: cost.bytes_read = {{[0-9]+}} : i64
// ANNOTATE-SAME: cost.bytes_written = {{[0-9]+}} : i64
// ANNOTATE-SAME: cost.flops = 20800 : i64
// ANNOTATE-SAME: cost.int_ops = 0 : i64
// ANNOTATE-SAME: cost.macs = 10240 : i64
func.func private @clock() -> f64
func.func @main(%a: tensor<4x16xf32>, %b: tensor<16x8xf32>, %c: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %t = func.call @clock() : () -> f64
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c10 = arith.constant 10 : index
  %r = scf.for %i = %c0 to %c10 step %c1 iter_args(%acc = %c) -> tensor<4x8xf32> {
    %0 = func.call @layer(%a, %b, %acc) : (tensor<4x16xf32>, tensor<16x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    scf.yield %0 : tensor<4x8xf32>
  }
  %e = math.exp %r : tensor<4x8xf32>
  return %e : tensor<4x8xf32>
}

// Mutual recursion: each call inside the cycle is unresolved (the number of
// calls depends on data); each function's own work still counts:
// one add of 8 elements = 8 FLOPs each.
// COUNTS: "name": "even",
// COUNTS-NEXT: "flops": 8,
// COUNTS-NEXT: "macs": 0,
// COUNTS-NEXT: "int_ops": 0,
// COUNTS-NEXT: "transcendentals": 0,
// COUNTS: "name": "odd",
// COUNTS-NEXT: "flops": 8,
// COUNTS-NEXT: "macs": 0,
// COUNTS-NEXT: "int_ops": 0,
// COUNTS-NEXT: "transcendentals": 0,
func.func @even(%n: i32, %x: tensor<8xf32>) -> tensor<8xf32> {
  %0 = arith.addf %x, %x : tensor<8xf32>
  %1 = func.call @odd(%n, %0) : (i32, tensor<8xf32>) -> tensor<8xf32>
  return %1 : tensor<8xf32>
}
func.func @odd(%n: i32, %x: tensor<8xf32>) -> tensor<8xf32> {
  %0 = arith.addf %x, %x : tensor<8xf32>
  %1 = func.call @even(%n, %0) : (i32, tensor<8xf32>) -> tensor<8xf32>
  return %1 : tensor<8xf32>
}

// The total counts the functions nobody else calls, with their callees:
// @main 20800 and the recursion cycle @even, @odd (called only from within
// it) 8 + 8: FLOPs = 20816; MACs = 10240; transcendentals = 32.
// @matmul and @layer are inside @main's count, not added again.
// COUNTS: "total": {
// COUNTS-NEXT: "flops": 20816,
// COUNTS-NEXT: "macs": 10240,
// COUNTS-NEXT: "int_ops": 0,
// COUNTS-NEXT: "transcendentals": 32,
// CHECK: warning: @main: 1 x func.call @clock not costed (a call to a function without a body)
// CHECK: warning: @even: func.call at {{.*}}calls.mlir:{{[0-9]+}}:{{[0-9]+}} unresolved: recursive call to @odd: the number of calls is data-dependent
// CHECK: warning: @odd: func.call at {{.*}} unresolved: recursive call to @even

// In the JSON report, own counts are under the usual keys and counts with
// callees under "inclusive".
// JSON:      "name": "layer",
// JSON-NEXT: "flops": 32,
// JSON:      "inclusive": {
// JSON-NEXT:   "flops": 2080,
// JSON-NEXT:   "macs": 1024,
// JSON:      "total": {
// JSON-NEXT:   "flops": 20816,
