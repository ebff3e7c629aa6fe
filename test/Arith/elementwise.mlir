// RUN: cost-opt --cost-annotate=target=none -split-input-file %s | FileCheck %s

// arith and math on tensors are elementwise: the per-element cost times the
// element count; bytes are the operands read and the result written.

// CHECK-LABEL: func.func @float_ops
func.func @float_ops(%a: tensor<32x32xf32>, %b: tensor<32x32xf32>) -> tensor<32x32xf32> {
  // 1024 elements, 1 FLOP each; read 2*4096, written 4096
  // CHECK: arith.addf
  // CHECK-SAME: cost.bytes_read = 8192 : i64
  // CHECK-SAME: cost.bytes_written = 4096 : i64
  // CHECK-SAME: cost.flops = 1024 : i64
  // CHECK-SAME: cost.int_ops = 0 : i64
  // CHECK-SAME: cost.macs = 0 : i64
  // CHECK-SAME: cost.transcendentals = 0 : i64
  %0 = arith.addf %a, %b : tensor<32x32xf32>
  // fma: 2 FLOPs per element = 2048; read 3*4096
  // CHECK: math.fma
  // CHECK-SAME: cost.bytes_read = 12288 : i64
  // CHECK-SAME: cost.bytes_written = 4096 : i64
  // CHECK-SAME: cost.flops = 2048 : i64
  // CHECK-SAME: cost.int_ops = 0 : i64
  // CHECK-SAME: cost.macs = 0 : i64
  // CHECK-SAME: cost.transcendentals = 0 : i64
  %1 = math.fma %0, %a, %b : tensor<32x32xf32>
  // rsqrt: a transcendental, not a FLOP: 32*32 = 1024; read and written
  // 1024*4 = 4096
  // CHECK: math.rsqrt
  // CHECK-SAME: cost.bytes_read = 4096 : i64
  // CHECK-SAME: cost.bytes_written = 4096 : i64
  // CHECK-SAME: cost.flops = 0 : i64
  // CHECK-SAME: cost.int_ops = 0 : i64
  // CHECK-SAME: cost.macs = 0 : i64
  // CHECK-SAME: cost.transcendentals = 1024 : i64
  %2 = math.rsqrt %1 : tensor<32x32xf32>
  // cmpf: 1 FLOP per element; the i1 result is one byte per element
  // CHECK: arith.cmpf
  // CHECK-SAME: cost.bytes_read = 8192 : i64
  // CHECK-SAME: cost.bytes_written = 1024 : i64
  // CHECK-SAME: cost.flops = 1024 : i64
  // CHECK-SAME: cost.int_ops = 0 : i64
  // CHECK-SAME: cost.macs = 0 : i64
  // CHECK-SAME: cost.transcendentals = 0 : i64
  %3 = arith.cmpf ogt, %2, %a : tensor<32x32xf32>
  // select on floats: 1 FLOP per element; read 1024 + 2*4096
  // CHECK: arith.select
  // CHECK-SAME: cost.bytes_read = 9216 : i64
  // CHECK-SAME: cost.bytes_written = 4096 : i64
  // CHECK-SAME: cost.flops = 1024 : i64
  // CHECK-SAME: cost.int_ops = 0 : i64
  // CHECK-SAME: cost.macs = 0 : i64
  // CHECK-SAME: cost.transcendentals = 0 : i64
  %4 = arith.select %3, %2, %a : tensor<32x32xi1>, tensor<32x32xf32>
  return %4 : tensor<32x32xf32>
}

// -----

// CHECK-LABEL: func.func @int_ops_and_casts
func.func @int_ops_and_casts(%a: tensor<64xi32>, %b: tensor<64xi32>) -> tensor<64xf16> {
  // integer ops are counted apart from FLOPs: 64 int OPs
  // CHECK: arith.muli
  // CHECK-SAME: cost.bytes_read = 512 : i64
  // CHECK-SAME: cost.bytes_written = 256 : i64
  // CHECK-SAME: cost.flops = 0 : i64
  // CHECK-SAME: cost.int_ops = 64 : i64
  // CHECK-SAME: cost.macs = 0 : i64
  // CHECK-SAME: cost.transcendentals = 0 : i64
  %0 = arith.muli %a, %b : tensor<64xi32>
  // a conversion is no arithmetic, but it does move data: 256 read, 64*2 = 128 written
  // CHECK: arith.sitofp
  // CHECK-SAME: cost.bytes_read = 256 : i64
  // CHECK-SAME: cost.bytes_written = 128 : i64
  // CHECK-SAME: cost.flops = 0 : i64
  // CHECK-SAME: cost.int_ops = 0 : i64
  // CHECK-SAME: cost.macs = 0 : i64
  // CHECK-SAME: cost.transcendentals = 0 : i64
  %1 = arith.sitofp %0 : tensor<64xi32> to tensor<64xf16>
  return %1 : tensor<64xf16>
}

// -----

// Scalar ops outside any payload are costed too (bytes 0: registers).
// CHECK-LABEL: func.func @scalars
func.func @scalars(%x: f64, %n: i64) -> f64 {
  // one scalar exp: 1 transcendental, 0 bytes
  // CHECK: math.exp
  // CHECK-SAME: cost.bytes_read = 0 : i64
  // CHECK-SAME: cost.bytes_written = 0 : i64
  // CHECK-SAME: cost.flops = 0 : i64
  // CHECK-SAME: cost.int_ops = 0 : i64
  // CHECK-SAME: cost.macs = 0 : i64
  // CHECK-SAME: cost.transcendentals = 1 : i64
  %0 = math.exp %x : f64
  // one scalar divide: 1 FLOP, 0 bytes
  // CHECK: arith.divf
  // CHECK-SAME: cost.bytes_read = 0 : i64
  // CHECK-SAME: cost.bytes_written = 0 : i64
  // CHECK-SAME: cost.flops = 1 : i64
  %1 = arith.divf %0, %x : f64
  return %1 : f64
}
