// A call a rule costs, and a call inside an op a rule costs (whose region
// the rule does not cost), still make their callees called functions: not
// roots of the module total.
//
// RUN: cost-opt --flops --format=json --target=none --cost-rules=%S/Inputs/call-rules.yaml %s | FileCheck %s --check-prefix=JSON
//
// Columns: function, FLOPs, MACs, int OPs, transcendentals, ...

// One multiply: 1 FLOP. Called below, so not a root.
// JSON: "name": "callee",
// JSON-NEXT: "flops": 1,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 0,
// JSON-NEXT: "transcendentals": 0,
func.func @callee(%x: f32) -> f32 {
  %r = arith.mulf %x, %x : f32
  return %r : f32
}

// Two adds: 2 FLOPs. Called inside the execute_region below.
// JSON: "name": "inner",
// JSON-NEXT: "flops": 2,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 0,
// JSON-NEXT: "transcendentals": 0,
func.func @inner(%x: f32) -> f32 {
  %a = arith.addf %x, %x : f32
  %b = arith.addf %a, %x : f32
  return %b : f32
}

// The rule gives the call 100 FLOPs (not @callee's 1), and the
// execute_region 7 int OPs; the call inside it is not costed. Own: 100
// FLOPs, 7 int OPs; no call is costed as a call, so "inclusive" equals the
// own counts (the text report has no '+ callees' row).
// JSON: "name": "main",
// JSON-NEXT: "flops": 100,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 7,
// JSON-NEXT: "transcendentals": 0,
// JSON: "inclusive": {
// JSON-NEXT: "flops": 100,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 7,
// JSON-NEXT: "transcendentals": 0,
func.func @main(%x: f32) -> f32 {
  %0 = func.call @callee(%x) : (f32) -> f32
  %1 = scf.execute_region -> f32 {
    %2 = func.call @inner(%0) : (f32) -> f32
    scf.yield %2 : f32
  }
  return %1 : f32
}

// The only root is @main: 100 FLOPs, 7 int OPs. @callee (1) and @inner (2)
// are called functions and are not added again.
// JSON: "total": {
// JSON-NEXT: "flops": 100,
// JSON-NEXT: "macs": 0,
// JSON-NEXT: "int_ops": 7,
// JSON-NEXT: "transcendentals": 0,
