// RUN: cost-opt --cost-annotate=target=none %s | FileCheck %s

// The analysis reads a structured op's indexing maps, iterator types and
// inits once per signature (name, operand and result types, attributes,
// properties) in a function. Two generics with the same name, operand types
// and payload but other maps and iterators (properties) are costed apart.

#id = affine_map<(d0, d1) -> (d0, d1)>
#lhs = affine_map<(d0, d1, d2) -> (d0, d2)>
#rhs = affine_map<(d0, d1, d2) -> (d2, d1)>
#out = affine_map<(d0, d1, d2) -> (d0, d1)>

// CHECK-LABEL: func.func @same_types_other_maps
func.func @same_types_other_maps(%a: tensor<16x16xf32>, %b: tensor<16x16xf32>, %c: tensor<16x16xf32>) -> (tensor<16x16xf32>, tensor<16x16xf32>) {
  // Elementwise: 16*16 = 256 iterations x (mulf + addf) = 512 FLOPs, no
  // reduction loop so no MAC. Reads a, b, c: 3 * 16*16*4 = 3072 B; writes
  // 16*16*4 = 1024 B.
  // CHECK: linalg.generic
  // CHECK-SAME: cost.bytes_read = 3072 : i64
  // CHECK-SAME: cost.bytes_written = 1024 : i64
  // CHECK-SAME: cost.flops = 512 : i64
  // CHECK-SAME: cost.int_ops = 0 : i64
  // CHECK-SAME: cost.macs = 0 : i64
  // CHECK-SAME: cost.transcendentals = 0 : i64
  %0 = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel"]} ins(%a, %b : tensor<16x16xf32>, tensor<16x16xf32>) outs(%c : tensor<16x16xf32>) {
  ^bb0(%x: f32, %y: f32, %o: f32):
    %m = arith.mulf %x, %y : f32
    %s = arith.addf %m, %o : f32
    linalg.yield %s : f32
  } -> tensor<16x16xf32>
  // A matmul: 16*16*16 = 4096 iterations, each a MAC: 4096 MACs, 8192 FLOPs.
  // Same bytes: 3072 read, 1024 written.
  // CHECK: linalg.generic {{.*}}"reduction"
  // CHECK-SAME: cost.bytes_read = 3072 : i64
  // CHECK-SAME: cost.bytes_written = 1024 : i64
  // CHECK-SAME: cost.flops = 8192 : i64
  // CHECK-SAME: cost.int_ops = 0 : i64
  // CHECK-SAME: cost.macs = 4096 : i64
  // CHECK-SAME: cost.transcendentals = 0 : i64
  %1 = linalg.generic {indexing_maps = [#lhs, #rhs, #out], iterator_types = ["parallel", "parallel", "reduction"]} ins(%a, %b : tensor<16x16xf32>, tensor<16x16xf32>) outs(%c : tensor<16x16xf32>) {
  ^bb0(%x: f32, %y: f32, %o: f32):
    %m = arith.mulf %x, %y : f32
    %s = arith.addf %m, %o : f32
    linalg.yield %s : f32
  } -> tensor<16x16xf32>
  // The first again: the value computed for its signature is reused:
  // 16*16*2 = 512 FLOPs, 3*16*16*4 = 3072 B read, 16*16*4 = 1024 written.
  // CHECK: linalg.generic
  // CHECK-SAME: cost.bytes_read = 3072 : i64
  // CHECK-SAME: cost.bytes_written = 1024 : i64
  // CHECK-SAME: cost.flops = 512 : i64
  // CHECK-SAME: cost.int_ops = 0 : i64
  // CHECK-SAME: cost.macs = 0 : i64
  // CHECK-SAME: cost.transcendentals = 0 : i64
  %2 = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel"]} ins(%a, %b : tensor<16x16xf32>, tensor<16x16xf32>) outs(%c : tensor<16x16xf32>) {
  ^bb0(%x: f32, %y: f32, %o: f32):
    %m = arith.mulf %x, %y : f32
    %s = arith.addf %m, %o : f32
    linalg.yield %s : f32
  } -> tensor<16x16xf32>
  return %0, %1 : tensor<16x16xf32>, tensor<16x16xf32>
}


// Named ops: an elementwise op's maps are built from its operands' ranks.
// Ops of two ranks in one function each get their own.
// CHECK-LABEL: func.func @named
func.func @named(%v: tensor<8xf32>, %m: tensor<4x8xf32>) -> (tensor<8xf32>, tensor<4x8xf32>, tensor<8xf32>) {
  // 8 elements: 8 transcendentals; 8*4 = 32 B read and written.
  // CHECK: linalg.exp
  // CHECK-SAME: cost.bytes_read = 32 : i64
  // CHECK-SAME: cost.bytes_written = 32 : i64
  // CHECK-SAME: cost.flops = 0 : i64
  // CHECK-SAME: cost.int_ops = 0 : i64
  // CHECK-SAME: cost.macs = 0 : i64
  // CHECK-SAME: cost.transcendentals = 8 : i64
  %0 = linalg.exp ins(%v : tensor<8xf32>) outs(%v : tensor<8xf32>) -> tensor<8xf32>
  // 4*8 = 32 elements: 32 transcendentals; 128 B read and written.
  // CHECK: linalg.exp
  // CHECK-SAME: cost.bytes_read = 128 : i64
  // CHECK-SAME: cost.bytes_written = 128 : i64
  // CHECK-SAME: cost.flops = 0 : i64
  // CHECK-SAME: cost.int_ops = 0 : i64
  // CHECK-SAME: cost.macs = 0 : i64
  // CHECK-SAME: cost.transcendentals = 32 : i64
  %1 = linalg.exp ins(%m : tensor<4x8xf32>) outs(%m : tensor<4x8xf32>) -> tensor<4x8xf32>
  // 8 elements again: 8 transcendentals; 8*4 = 32 B read and written.
  // CHECK: linalg.exp
  // CHECK-SAME: cost.bytes_read = 32 : i64
  // CHECK-SAME: cost.bytes_written = 32 : i64
  // CHECK-SAME: cost.flops = 0 : i64
  // CHECK-SAME: cost.int_ops = 0 : i64
  // CHECK-SAME: cost.macs = 0 : i64
  // CHECK-SAME: cost.transcendentals = 8 : i64
  %2 = linalg.exp ins(%v : tensor<8xf32>) outs(%v : tensor<8xf32>) -> tensor<8xf32>
  return %0, %1, %2 : tensor<8xf32>, tensor<4x8xf32>, tensor<8xf32>
}
