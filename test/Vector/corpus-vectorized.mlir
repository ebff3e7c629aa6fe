// REQUIRES: corpus
// Two attention kernels of tpp-mlir (../shared/corpus) through the vector
// branch of issue 18's pipeline: bufferized, affine loops, vectorized
// (vector<8xf32>), scf, cf. The FLOPs and MACs of every stage are those of
// the linalg form, and the kernels' stated BENCH_TOTAL_FLOPS.
// RUN: cost-opt --flops --format=json --target=none %corpus/models/libxsmm_tpp-mlir/benchmarks/mlir/fp32-query-times-key.mlir | FileCheck %s
// RUN: %mlir_opt_bin --one-shot-bufferize='bufferize-function-boundaries function-boundary-type-conversion=identity-layout-map' %corpus/models/libxsmm_tpp-mlir/benchmarks/mlir/fp32-query-times-key.mlir | %mlir_opt_bin --convert-linalg-to-affine-loops | %mlir_opt_bin --affine-super-vectorize=virtual-vector-size=8 -o %t.qk.vec.mlir
// RUN: cost-opt --flops --format=json --target=none %t.qk.vec.mlir | FileCheck %s
// RUN: %mlir_opt_bin --lower-affine %t.qk.vec.mlir | %mlir_opt_bin --convert-scf-to-cf -o %t.qk.cf.mlir
// RUN: cost-opt --flops --format=json --target=none %t.qk.cf.mlir | FileCheck %s
// RUN: FileCheck %s --check-prefix=VEC-IR < %t.qk.vec.mlir
// RUN: cost-opt --flops --format=json --target=none %corpus/models/libxsmm_tpp-mlir/benchmarks/mlir/fp32-out-softmax-times-value.mlir | FileCheck %s
// RUN: %mlir_opt_bin --one-shot-bufferize='bufferize-function-boundaries function-boundary-type-conversion=identity-layout-map' %corpus/models/libxsmm_tpp-mlir/benchmarks/mlir/fp32-out-softmax-times-value.mlir | %mlir_opt_bin --convert-linalg-to-affine-loops | %mlir_opt_bin --affine-super-vectorize=virtual-vector-size=8 -o %t.pv.vec.mlir
// RUN: cost-opt --flops --format=json --target=none %t.pv.vec.mlir | FileCheck %s
// RUN: %mlir_opt_bin --lower-affine %t.pv.vec.mlir | %mlir_opt_bin --convert-scf-to-cf -o %t.pv.cf.mlir
// RUN: cost-opt --flops --format=json --target=none %t.pv.cf.mlir | FileCheck %s
// RUN: FileCheck %s --check-prefix=VEC-IR < %t.pv.vec.mlir
// VEC-IR: arith.mulf {{.*}} : vector<8xf32>
// VEC-IR: arith.addf {{.*}} : vector<8xf32>

// Q K^T: 64 x 8 heads x 32 x 32 outputs, each the sum of 64 products:
// 64*8*32*32*64 = 33554432 MACs; P V: 64 x 32 x 8 heads x 64 outputs, each
// the sum of 32 products: 64*32*8*64*32 = 33554432 MACs; 2 FLOPs each =
// 67108864 (their BENCH_TOTAL_FLOPS).
// CHECK: "total": {
// CHECK-NEXT: "flops": 67108864,
// CHECK-NEXT: "macs": 33554432,
// CHECK-NEXT: "int_ops": 0,
// CHECK-NEXT: "transcendentals": 0,
// CHECK: "uncounted": [],
// CHECK-NEXT: "unresolved": [],
