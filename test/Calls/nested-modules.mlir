// Functions in nested modules (any symbol table) are costed and reported by
// their qualified name, @inner::@g as a symbol reference spells it (JSON
// "inner::@g"); calls by nested references resolve (func.call cannot
// spell one: cost_test.call of the test dialect can), and the roots of the
// total are taken across the whole module.
//
// RUN: cost-test-opt --flops --format=json --target=none %s | FileCheck %s --check-prefix=JSON
// RUN: cost-test-opt --flops --target=none %s | FileCheck %s --check-prefix=TEXT
// RUN: cost-test-opt --flops --format=csv --target=none %s | FileCheck %s --check-prefix=CSV
// RUN: cost-test-opt --flops --format=json --target=none --entry=main %s | FileCheck %s --check-prefix=MAIN
// RUN: cost-test-opt --flops --format=json --target=none --entry=@inner::@h %s | FileCheck %s --check-prefix=H
// RUN: cost-test-opt --flops --target=none --report-html=%t.html %s -o /dev/null
// RUN: FileCheck %s --check-prefix=HTML < %t.html
// RUN: cost-test-opt --flops --format=json --target=none --entry=inner::@deeper::@sized --bind inner.deeper.sized.arg0.d0=10 %s | FileCheck %s --check-prefix=SIZED
// RUN: not cost-test-opt --flops --target=none --entry=g %s 2>&1 | FileCheck %s --check-prefix=UNKNOWN
// UNKNOWN: error: entry: no function with a body is named '@g'; the functions are: @inner::@g, @inner::@h, @inner::@deeper::@k, @inner::@deeper::@sized, @main

// @g: a multiply and an add, 2 FLOPs. @h calls @g by a flat reference
// (resolved in @inner): inclusive 2. @k (two levels down) 1 FLOP, called by
// nobody. @main calls @inner::@g in a loop of 8 trips: 8 * 2 = 16.
// @sized adds its dynamic argument to itself: N FLOPs, N the symbol of its
// argument's dimension, named after the qualified function
// (inner.deeper.sized.arg0.d0).
// Roots: every function no other function calls: @inner::@h,
// @inner::@deeper::@k, @inner::@deeper::@sized and @main; total
// 2 + 1 + N + 16 = N + 19 FLOPs.
// JSON: "roots": [
// JSON-NEXT: "inner::@h",
// JSON-NEXT: "inner::@deeper::@k",
// JSON-NEXT: "inner::@deeper::@sized",
// JSON-NEXT: "main"
// JSON-NEXT: ],
// JSON: "name": "inner::@g",
// JSON-NEXT: "flops": 2,
// JSON: "name": "inner::@h",
// JSON: "inclusive": {
// JSON-NEXT: "flops": 2,
// JSON: "name": "inner::@deeper::@k",
// JSON-NEXT: "flops": 1,
// JSON: "name": "main",
// JSON: "inclusive": {
// JSON-NEXT: "flops": 16,
// JSON: "total": {
// JSON-NEXT: "flops": {
// JSON-NEXT: "formula": "inner.deeper.sized.arg0.d0 + 19",
// --entry=@inner::@deeper::@sized with its symbol bound to 10: 10 FLOPs.
// SIZED: "total": {
// SIZED-NEXT: "flops": 10,
// HTML: @inner::@deeper::@k
// TEXT: @inner::@g
// TEXT: @inner::@h
// TEXT: @inner::@deeper::@k
// TEXT: Roots of the total: @inner::@h, @inner::@deeper::@k, @inner::@deeper::@sized, @main (no other function calls them; --entry=NAME[,NAME] names others).
// CSV: inner::@g,arith.mulf
// --entry=main: 16 FLOPs; --entry=@inner::@h: 2.
// MAIN: "total": {
// MAIN-NEXT: "flops": 16,
// H: "total": {
// H-NEXT: "flops": 2,
module {
  module @inner {
    func.func @g(%x: f32) -> f32 {
      %m = arith.mulf %x, %x : f32
      %r = arith.addf %m, %x : f32
      return %r : f32
    }
    func.func @h(%x: f32) -> f32 {
      %r = func.call @g(%x) : (f32) -> f32
      return %r : f32
    }
    module @deeper {
      func.func @k(%x: f32) -> f32 {
        %r = arith.addf %x, %x : f32
        return %r : f32
      }
      func.func @sized(%a: tensor<?xf32>) -> tensor<?xf32> {
        %0 = linalg.add ins(%a, %a : tensor<?xf32>, tensor<?xf32>) outs(%a : tensor<?xf32>) -> tensor<?xf32>
        return %0 : tensor<?xf32>
      }
    }
  }
  func.func @main(%a: memref<8xf32>) {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c8 = arith.constant 8 : index
    scf.for %i = %c0 to %c8 step %c1 {
      %x = memref.load %a[%i] : memref<8xf32>
      %y = cost_test.call @inner::@g(%x) : (f32) -> f32
      memref.store %y, %a[%i] : memref<8xf32>
    }
    return
  }
}
