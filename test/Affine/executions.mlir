// RUN: cost-opt --flops --format=csv --target=none %s | FileCheck %s
//
// Executions in a nest whose bounds depend on an outer induction variable
// (docs/ops.md, "Affine counting"): each op runs as many times as the
// domain of its chain of loops has points, and a loop of the nest counts
// (and runs once) per execution of the outermost loop.
// i in [0, 10): the mulf runs 10 times; j in [0, i): sum_{i<10} i = 45
// addf; k in [0, 3) under j: 45*3 = 135 subf. Totals: the k loop 135, the
// j loop 45 + 135 = 180, the i loop 10 + 180 = 190 FLOPs.
// CHECK: function,op,loc,status,kind,executions,flops,
// CHECK-NEXT: triangular,affine.for,{{.*}},costed,region,1,190,
// CHECK-NEXT: triangular,arith.mulf,{{.*}},costed,op,10,1,
// CHECK-NEXT: triangular,affine.for,{{.*}},costed,region,1,180,
// CHECK-NEXT: triangular,arith.addf,{{.*}},costed,op,45,1,
// CHECK-NEXT: triangular,affine.for,{{.*}},costed,region,1,135,
// CHECK-NEXT: triangular,arith.subf,{{.*}},costed,op,135,1,
func.func @triangular(%x: f32) {
  affine.for %i = 0 to 10 {
    %z = arith.mulf %x, %x : f32
    affine.for %j = 0 to affine_map<(d0) -> (d0)>(%i) {
      %y = arith.addf %x, %x : f32
      affine.for %k = 0 to 3 {
        %w = arith.subf %x, %x : f32
      }
    }
  }
  return
}
