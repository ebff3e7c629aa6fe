// TOSA control flow, on the TOSA form and after tosa-to-scf and the
// upstream lowering.
//
// RUN: cost-opt --flops --exact %s 2>&1 | FileCheck %s --check-prefixes=CHECK,TOSA
// RUN: cost-opt --flops --exact --pass-pipeline='builtin.module(func.func(tosa-to-scf,tosa-to-linalg-named,tosa-to-linalg,tosa-to-arith,tosa-to-tensor))' %s 2>&1 | FileCheck %s --check-prefixes=CHECK,LOWERED
// RUN: cost-opt --cost-annotate=target=none %s | FileCheck %s --check-prefix=ANNOTATE
// RUN: cost-opt --flops --format=json %s | FileCheck %s --check-prefix=JSON
//
// Report columns: function, FLOPs, MACs, int OPs, transcendentals, ...

// cond_if: both branches are costed (and annotated); the larger counts.
// then: one exp per element, 32 transcendentals;
// else: add and multiply, 2*32 = 64 FLOPs, the larger (operations first).
// tosa-to-scf turns it into scf.if, costed the same way.
// CHECK: @cond_if 64 0 0 0{{ }}
// ANNOTATE-LABEL: func.func @cond_if
// ANNOTATE: tosa.exp {{.*}}cost.transcendentals = 32
// ANNOTATE: tosa.add {{.*}}cost.flops = 32
// ANNOTATE: tosa.mul {{.*}}cost.flops = 32
// ANNOTATE: {cost.branches = [{{.*}}flops = 0 : i64{{.*}}transcendentals = 32 : i64}, {{.*}}flops = 64 : i64{{.*}}transcendentals = 0 : i64}], {{.*}}cost.flops = 64 : i64{{.*}}cost.transcendentals = 0 : i64
// The JSON report lists both branches and which one the totals count:
// JSON:      "op": "tosa.cond_if",
// JSON-NEXT: "loc": "{{.*}}control-flow.mlir:[[@LINE+10]]:8",
// JSON-NEXT: "counted": 1,
// JSON-NEXT: "regions": [
// JSON-NEXT:   {
// JSON-NEXT:     "flops": 0,
// JSON-NEXT:     "macs": 0,
// JSON-NEXT:     "int_ops": 0,
// JSON-NEXT:     "transcendentals": 32,
// JSON:          "flops": 64,
func.func @cond_if(%c: tensor<i1>, %x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %0 = "tosa.cond_if"(%c, %x) ({
  ^bb0(%a: tensor<4x8xf32>):
    %1 = tosa.exp %a : (tensor<4x8xf32>) -> tensor<4x8xf32>
    tosa.yield %1 : tensor<4x8xf32>
  }, {
  ^bb0(%a: tensor<4x8xf32>):
    %s = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %1 = tosa.add %a, %a : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %2 = tosa.mul %1, %1, %s : (tensor<4x8xf32>, tensor<4x8xf32>, tensor<1xi8>) -> tensor<4x8xf32>
    tosa.yield %2 : tensor<4x8xf32>
  }) : (tensor<i1>, tensor<4x8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// while_loop: the trip count depends on data. The body is costed (and
// annotated) once, the loop is listed as unresolved with the cost of one
// iteration, and left out of the totals: never counted as 0 or 1 trips.
// One iteration: the compare (1 int OP) and the add (1 int OP) on i32
// scalars, and the tanh of 32 elements.
// CHECK: @while_loop 0 0 0 0{{ }}
// TOSA: warning: @while_loop: tosa.while_loop at {{.*}}control-flow.mlir:[[@LINE+5]]:{{[0-9]+}} unresolved: tosa.while_loop trip count is data-dependent; one iteration costs 0 FLOPs, 2 int OPs, 32 transcendentals
// LOWERED: warning: @while_loop: scf.while at {{.*}} unresolved: scf.while trip count is data-dependent; one iteration costs 0 FLOPs, 2 int OPs, 32 transcendentals
// ANNOTATE: tosa.tanh {{.*}}cost.transcendentals = 32
func.func @while_loop(%n: tensor<i32>, %x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %0 = "tosa.const"() <{values = dense<0> : tensor<i32>}> : () -> tensor<i32>
  %1:3 = "tosa.while_loop"(%0, %x, %n) ({
  ^bb0(%i: tensor<i32>, %v: tensor<4x8xf32>, %m: tensor<i32>):
    %2 = tosa.greater %m, %i : (tensor<i32>, tensor<i32>) -> tensor<i1>
    tosa.yield %2 : tensor<i1>
  }, {
  ^bb0(%i: tensor<i32>, %v: tensor<4x8xf32>, %m: tensor<i32>):
    %one = "tosa.const"() <{values = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %2 = tosa.add %i, %one : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %3 = tosa.tanh %v : (tensor<4x8xf32>) -> tensor<4x8xf32>
    tosa.yield %2, %3, %m : tensor<i32>, tensor<4x8xf32>, tensor<i32>
  }) : (tensor<i32>, tensor<4x8xf32>, tensor<i32>) -> (tensor<i32>, tensor<4x8xf32>, tensor<i32>)
  return %1#1 : tensor<4x8xf32>
}

