// RUN: cost-opt --cost-annotate --cost-diagnostics=none --target=none %s | FileCheck %s
// RUN: cost-opt --flops --format=json --target=none --bind N=20 %s | FileCheck %s --check-prefix=BIND
// RUN: cost-opt --flops --format=json --target=none --bind N=5 %s | FileCheck %s --check-prefix=SMALL
//
// Iteration domains with symbols (docs/ops.md, "Affine counting"). Each
// body op is one FLOP.

// With N = 20: @symbolic 10*20 + 20*19/2 = 200 + 190 = 390; @negative
// 20 - 10 = 10 iterations; @tiles 20 + 20 + (7 + 7 + 3 = 17) = 57;
// @unsigned_n 20. With N = 5: @symbolic 10*5 + 5*4/2 = 50 + 10 = 60;
// @negative from 10 to 5 is empty: 0; @tiles 5 + 5 + (one tile [3, 5): 2)
// = 12; @unsigned_n 5.
// BIND: "name": "symbolic",
// BIND-NEXT: "flops": 390,
// BIND: "unresolved": [],
// BIND: "name": "negative",
// BIND-NEXT: "flops": 10,
// BIND: "unresolved": [],
// BIND: "name": "tiles",
// BIND-NEXT: "flops": 57,
// BIND: "unresolved": [],
// BIND: "name": "unsigned_n",
// BIND-NEXT: "flops": 20,
// BIND: "unresolved": [],
// SMALL: "name": "symbolic",
// SMALL-NEXT: "flops": 60,
// SMALL: "unresolved": [],
// SMALL: "name": "negative",
// SMALL-NEXT: "flops": 0,
// SMALL: "unresolved": [],
// SMALL: "name": "tiles",
// SMALL-NEXT: "flops": 12,
// SMALL: "unresolved": [],
// SMALL: "name": "unsigned_n",
// SMALL-NEXT: "flops": 5,
// SMALL: "unresolved": [],

// Symbols in a dimension that depends on no other: b in [0, N) times the
// tiles of 10 by 4 (4 + 4 + 2 = 10): 10*N FLOPs, a formula.
// A triangular nest on N: j in [0, i) for i in [0, N) has N(N-1)/2 points,
// which the counting does not sum symbolically: unresolved, with the reason
// (--bind N=... gives the number).
// CHECK-LABEL: func.func @symbolic
// CHECK: {{^ *}}} {
// CHECK-SAME: cost.flops = "10*N"
// CHECK: {{^ *}}} {
// CHECK-SAME: cost.flops = "10*N"
// CHECK: {{^ *}}} {
// CHECK-SAME: cost.flops = "10*N"
// CHECK: {{^ *}}} {
// CHECK-SAME: cost.unresolved = "the iteration domain has dimensions whose bounds depend on outer induction variables or take a min or max, and on the symbolic values N; bind them (--bind) to count it; one iteration costs 1 FLOPs
func.func @symbolic(%x: f32, %n: index {cost.dim_names = "N"}) {
  affine.for %b = 0 to %n {
    affine.for %i0 = 0 to 10 step 4 {
      affine.for %i = affine_map<(d0) -> (d0)>(%i0) to min affine_map<(d0) -> (d0 + 4, 10)>(%i0) {
        %y = arith.addf %x, %x : f32
      }
    }
  }
  affine.for %i = 0 to %n {
    affine.for %j = 0 to affine_map<(d0) -> (d0)>(%i) {
      %y = arith.addf %x, %x : f32
    }
  }
  return
}

// 10 to N: N - 10 iterations would be negative for N < 10, and the count
// is max(0, N - 10): unresolved until N is bound, never negative.
// CHECK-LABEL: func.func @negative
// CHECK: {{^ *}}} {
// CHECK-SAME: cost.unresolved = "the trip count ceil((N - 10)/1) is negative for some values of its symbols (a loop from 10 to N); bind them (--bind) to count it; one iteration costs 1 FLOPs
func.func @negative(%x: f32, %n: index {cost.dim_names = "N"}) {
  %c1 = arith.constant 1 : index
  %c10 = arith.constant 10 : index
  scf.for %i = %c10 to %n step %c1 {
    %y = arith.addf %x, %x : f32
  }
  return
}

// Tiles of a symbolic range: i0 from 0 to N by 7, i from i0 to
// min(i0 + 7, N): the tiles partition [0, N), N points, a formula (9 full
// tiles + 1 partial at N = 64 is 64 = N); the same for scf.for to
// affine.min(7, N - i). From 3 to N: N - 3 points, negative for N < 3, so
// unresolved until N is bound (the tile loop's own ceil((N - 3)/7) is >= 0).
// CHECK-LABEL: func.func @tiles
// CHECK: {{^ *}}} {
// CHECK-SAME: cost.flops = "N"
// CHECK: {{^ *}}} {
// CHECK-SAME: cost.flops = "N"
// CHECK: {{^ *}}} {
// CHECK-SAME: cost.flops = "N"
// CHECK: {{^ *}}} {
// CHECK-SAME: cost.flops = "N"
// CHECK: {{^ *}}} {
// CHECK-SAME: cost.unresolved = "the trip count ceil((N - 3)/1) is negative for some values of its symbols (a loop from 3 to N); bind them (--bind) to count it; one iteration costs 1 FLOPs
func.func @tiles(%x: f32, %n: index {cost.dim_names = "N"}) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c7 = arith.constant 7 : index
  affine.for %i0 = 0 to %n step 7 {
    affine.for %i = affine_map<(d0) -> (d0)>(%i0) to min affine_map<(d0)[s0] -> (d0 + 7, s0)>(%i0)[%n] {
      %y = arith.addf %x, %x : f32
    }
  }
  scf.for %i = %c0 to %n step %c7 {
    %sz = affine.min affine_map<(d0)[s0] -> (7, s0 - d0)>(%i)[%n]
    scf.for %j = %c0 to %sz step %c1 {
      %y = arith.mulf %x, %x : f32
    }
  }
  affine.for %i0 = 3 to %n step 7 {
    affine.for %i = affine_map<(d0) -> (d0)>(%i0) to min affine_map<(d0)[s0] -> (d0 + 7, s0)>(%i0)[%n] {
      %y = arith.addf %x, %x : f32
    }
  }
  return
}

// scf.for unsigned from 0 to N: the constant 0 is >= 0 read signed, so the
// unsigned and signed counts agree: N.
// CHECK-LABEL: func.func @unsigned_n
// CHECK: {{^ *}}} {
// CHECK-SAME: cost.flops = "N"
func.func @unsigned_n(%x: f32, %n: index {cost.dim_names = "N"}) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  scf.for unsigned %i = %c0 to %n step %c1 {
    %y = arith.addf %x, %x : f32
  }
  return
}
