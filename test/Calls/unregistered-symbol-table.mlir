// An op of a dialect cost-opt does not register (gpu.module, in generic
// form under --allow-unregistered-dialect) is no symbol table: the functions
// in it cannot be reached, and are not costed. It is said, never silent:
// a warning on the op, a line of the report, and one op not costed in the
// total.
//
// RUN: cost-opt --flops --target=none --allow-unregistered-dialect %s 2>&1 | FileCheck %s
// RUN: cost-opt --flops --target=none --format=json --allow-unregistered-dialect %s 2>/dev/null | FileCheck %s --check-prefix=JSON
// The custom form does not parse at all:
// RUN: sed 's/^ *"gpu.module"() ({/  gpu.module @kernels {/; s/^ *}) {sym_name = "kernels"} : () -> ()/  }/' %s > %t.custom.mlir
// RUN: not cost-opt --flops --target=none %t.custom.mlir 2>&1 | FileCheck %s --check-prefix=CUSTOM
// CUSTOM: error: Dialect `gpu' not found for custom op 'gpu.module'

// CHECK: warning: 'gpu.module' not costed: it holds functions, but its dialect is not registered, so it is no symbol table and they are not costed
// @main: one add, 1 FLOP; the multiply in @g is not counted.
// CHECK: total 1 FLOPs
// CHECK: warning: gpu.module at {{.*}}unregistered-symbol-table.mlir:[[@LINE+10]]:3 not costed: it holds functions, but its dialect is not registered (no symbol table)
// JSON: "total": {
// JSON-NEXT: "flops": 1,
// JSON: "uncounted": [
// JSON-NEXT: {
// JSON-NEXT: "op": "gpu.module",
// JSON-NEXT: "count": 1
// JSON-NEXT: }
// JSON-NEXT: ],
module {
  "gpu.module"() ({
    func.func @g(%x: f32) -> f32 {
      %m = arith.mulf %x, %x : f32
      return %m : f32
    }
  }) {sym_name = "kernels"} : () -> ()
  func.func @main(%x: f32) -> f32 {
    %m = arith.addf %x, %x : f32
    return %m : f32
  }
}
