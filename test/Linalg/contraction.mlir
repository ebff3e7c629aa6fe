// RUN: cost-opt --cost-annotate=target=none -split-input-file %s | FileCheck %s

// Attribute dictionaries print sorted: bytes_read, bytes_written, flops,
// int_ops, macs, transcendentals.

// CHECK-LABEL: func.func @matmul
func.func @matmul(%a: tensor<128x256xf32>, %b: tensor<256x512xf32>, %c: tensor<128x512xf32>) -> tensor<128x512xf32> {
  // M=128, N=512, K=256. MACs = M*N*K = 128*512*256 = 16777216; FLOPs = 2*MACs.
  // read = (M*K + K*N + M*N)*4 = (32768 + 131072 + 65536)*4 = 917504
  // written = M*N*4 = 262144
  // CHECK: linalg.matmul
  // CHECK-SAME: cost.bytes_read = 917504 : i64
  // CHECK-SAME: cost.bytes_written = 262144 : i64
  // CHECK-SAME: cost.flops = 33554432 : i64
  // CHECK-SAME: cost.int_ops = 0 : i64
  // CHECK-SAME: cost.macs = 16777216 : i64
  // CHECK-SAME: cost.transcendentals = 0 : i64
  %0 = linalg.matmul ins(%a, %b : tensor<128x256xf32>, tensor<256x512xf32>) outs(%c : tensor<128x512xf32>) -> tensor<128x512xf32>
  return %0 : tensor<128x512xf32>
}

// -----

// The FC formula: an (H x I) by (I x W) product is H*W*2I FLOPs.
// CHECK-LABEL: func.func @fully_connected
func.func @fully_connected(%x: tensor<8x1024xf16>, %w: tensor<1024x4096xf16>, %acc: tensor<8x4096xf16>) -> tensor<8x4096xf16> {
  // H=8, W=4096, I=1024: FLOPs = 8*4096*2*1024 = 67108864; MACs = 33554432
  // read = (8*1024 + 1024*4096 + 8*4096)*2 = (8192 + 4194304 + 32768)*2 = 8470528
  // written = 8*4096*2 = 65536
  // CHECK: linalg.matmul
  // CHECK-SAME: cost.bytes_read = 8470528 : i64
  // CHECK-SAME: cost.bytes_written = 65536 : i64
  // CHECK-SAME: cost.flops = 67108864 : i64
  // CHECK-SAME: cost.int_ops = 0 : i64
  // CHECK-SAME: cost.macs = 33554432 : i64
  // CHECK-SAME: cost.transcendentals = 0 : i64
  %0 = linalg.matmul ins(%x, %w : tensor<8x1024xf16>, tensor<1024x4096xf16>) outs(%acc : tensor<8x4096xf16>) -> tensor<8x4096xf16>
  return %0 : tensor<8x4096xf16>
}

// -----

// CHECK-LABEL: func.func @batch_family
func.func @batch_family(%a: tensor<4x16x32xf32>, %b: tensor<4x32x8xf32>, %c: tensor<4x16x8xf32>,
                        %m: tensor<16x8xf32>, %v: tensor<4x32xf32>, %bv: tensor<4x16xf32>) {
  // batch_matmul: B*M*N*K = 4*16*8*32 = 16384 MACs, 32768 FLOPs
  // read = (4*16*32 + 4*32*8 + 4*16*8)*4 = (2048 + 1024 + 512)*4 = 14336; written = 512*4 = 2048
  // CHECK: linalg.batch_matmul
  // CHECK-SAME: cost.bytes_read = 14336 : i64
  // CHECK-SAME: cost.bytes_written = 2048 : i64
  // CHECK-SAME: cost.flops = 32768 : i64
  // CHECK-SAME: cost.int_ops = 0 : i64
  // CHECK-SAME: cost.macs = 16384 : i64
  // CHECK-SAME: cost.transcendentals = 0 : i64
  %0 = linalg.batch_matmul ins(%a, %b : tensor<4x16x32xf32>, tensor<4x32x8xf32>) outs(%c : tensor<4x16x8xf32>) -> tensor<4x16x8xf32>
  // batch_reduce_matmul reduces over the batch too: same 16384 MACs into 16x8.
  // read = (2048 + 1024 + 16*8)*4 = 12800; written = 128*4 = 512
  // CHECK: linalg.batch_reduce_matmul
  // CHECK-SAME: cost.bytes_read = 12800 : i64
  // CHECK-SAME: cost.bytes_written = 512 : i64
  // CHECK-SAME: cost.flops = 32768 : i64
  // CHECK-SAME: cost.int_ops = 0 : i64
  // CHECK-SAME: cost.macs = 16384 : i64
  // CHECK-SAME: cost.transcendentals = 0 : i64
  %1 = linalg.batch_reduce_matmul ins(%a, %b : tensor<4x16x32xf32>, tensor<4x32x8xf32>) outs(%m : tensor<16x8xf32>) -> tensor<16x8xf32>
  // batch_matvec: B*M*K = 4*16*32 = 2048 MACs
  // read = (2048 + 4*32 + 4*16)*4 = 8960; written = 64*4 = 256
  // CHECK: linalg.batch_matvec
  // CHECK-SAME: cost.bytes_read = 8960 : i64
  // CHECK-SAME: cost.bytes_written = 256 : i64
  // CHECK-SAME: cost.flops = 4096 : i64
  // CHECK-SAME: cost.int_ops = 0 : i64
  // CHECK-SAME: cost.macs = 2048 : i64
  // CHECK-SAME: cost.transcendentals = 0 : i64
  %2 = linalg.batch_matvec ins(%a, %v : tensor<4x16x32xf32>, tensor<4x32xf32>) outs(%bv : tensor<4x16xf32>) -> tensor<4x16xf32>
  return
}

// -----

// CHECK-LABEL: func.func @vector_products
func.func @vector_products(%m: tensor<64x32xf32>, %x: tensor<32xf32>, %y: tensor<64xf32>, %s: tensor<f32>) {
  // matvec: M*K = 64*32 = 2048 MACs; read = (2048 + 32 + 64)*4 = 8576; written = 256
  // CHECK: linalg.matvec
  // CHECK-SAME: cost.bytes_read = 8576 : i64
  // CHECK-SAME: cost.bytes_written = 256 : i64
  // CHECK-SAME: cost.flops = 4096 : i64
  // CHECK-SAME: cost.int_ops = 0 : i64
  // CHECK-SAME: cost.macs = 2048 : i64
  // CHECK-SAME: cost.transcendentals = 0 : i64
  %0 = linalg.matvec ins(%m, %x : tensor<64x32xf32>, tensor<32xf32>) outs(%y : tensor<64xf32>) -> tensor<64xf32>
  // vecmat: K*N = 64*32 = 2048 MACs; read = (64 + 2048 + 32)*4 = 8576; written = 128
  // CHECK: linalg.vecmat
  // CHECK-SAME: cost.bytes_read = 8576 : i64
  // CHECK-SAME: cost.bytes_written = 128 : i64
  // CHECK-SAME: cost.flops = 4096 : i64
  // CHECK-SAME: cost.int_ops = 0 : i64
  // CHECK-SAME: cost.macs = 2048 : i64
  // CHECK-SAME: cost.transcendentals = 0 : i64
  %1 = linalg.vecmat ins(%y, %m : tensor<64xf32>, tensor<64x32xf32>) outs(%x : tensor<32xf32>) -> tensor<32xf32>
  // dot: K = 32 MACs; read = (32 + 32 + 1)*4 = 260; written = 4
  // CHECK: linalg.dot
  // CHECK-SAME: cost.bytes_read = 260 : i64
  // CHECK-SAME: cost.bytes_written = 4 : i64
  // CHECK-SAME: cost.flops = 64 : i64
  // CHECK-SAME: cost.int_ops = 0 : i64
  // CHECK-SAME: cost.macs = 32 : i64
  // CHECK-SAME: cost.transcendentals = 0 : i64
  %2 = linalg.dot ins(%x, %x : tensor<32xf32>, tensor<32xf32>) outs(%s : tensor<f32>) -> tensor<f32>
  return
}

// -----

// Integer matmul: the multiply and add are integer OPs, not FLOPs; still MACs.
// CHECK-LABEL: func.func @int8_matmul
func.func @int8_matmul(%a: tensor<16x64xi8>, %b: tensor<64x32xi8>, %c: tensor<16x32xi32>) -> tensor<16x32xi32> {
  // MACs = 16*32*64 = 32768; int OPs = 2*MACs = 65536 (the sign extensions are free)
  // read = 16*64*1 + 64*32*1 + 16*32*4 = 1024 + 2048 + 2048 = 5120; written = 2048
  // CHECK: linalg.matmul
  // CHECK-SAME: cost.bytes_read = 5120 : i64
  // CHECK-SAME: cost.bytes_written = 2048 : i64
  // CHECK-SAME: cost.flops = 0 : i64
  // CHECK-SAME: cost.int_ops = 65536 : i64
  // CHECK-SAME: cost.macs = 32768 : i64
  // CHECK-SAME: cost.transcendentals = 0 : i64
  %0 = linalg.matmul ins(%a, %b : tensor<16x64xi8>, tensor<64x32xi8>) outs(%c : tensor<16x32xi32>) -> tensor<16x32xi32>
  return %0 : tensor<16x32xi32>
}

// -----

// Quantized matmul subtracts the two zero points per MAC: 2 more int OPs.
// CHECK-LABEL: func.func @quantized_matmul
func.func @quantized_matmul(%a: tensor<16x64xi8>, %b: tensor<64x32xi8>, %za: i32, %zb: i32, %c: tensor<16x32xi32>) -> tensor<16x32xi32> {
  // MACs = 16*32*64 = 32768; int OPs = 4 per point (2 subi, muli, addi) = 131072
  // read = 1024 + 2048 + 2048 (scalars are registers) = 5120; written = 2048
  // CHECK: linalg.quantized_matmul
  // CHECK-SAME: cost.bytes_read = 5120 : i64
  // CHECK-SAME: cost.bytes_written = 2048 : i64
  // CHECK-SAME: cost.flops = 0 : i64
  // CHECK-SAME: cost.int_ops = 131072 : i64
  // CHECK-SAME: cost.macs = 32768 : i64
  // CHECK-SAME: cost.transcendentals = 0 : i64
  %0 = linalg.quantized_matmul ins(%a, %b, %za, %zb : tensor<16x64xi8>, tensor<64x32xi8>, i32, i32) outs(%c : tensor<16x32xi32>) -> tensor<16x32xi32>
  return %0 : tensor<16x32xi32>
}

// -----

// Mixed precision: bf16 inputs accumulated in f32. The extensions are free;
// the multiply still feeds the accumulating add through them.
// CHECK-LABEL: func.func @bf16_to_f32
func.func @bf16_to_f32(%a: tensor<32x64xbf16>, %b: tensor<64x16xbf16>, %c: tensor<32x16xf32>) -> tensor<32x16xf32> {
  // MACs = 32*16*64 = 32768; read = 32*64*2 + 64*16*2 + 32*16*4 = 4096 + 2048 + 2048 = 8192
  // CHECK: linalg.matmul
  // CHECK-SAME: cost.bytes_read = 8192 : i64
  // CHECK-SAME: cost.bytes_written = 2048 : i64
  // CHECK-SAME: cost.flops = 65536 : i64
  // CHECK-SAME: cost.int_ops = 0 : i64
  // CHECK-SAME: cost.macs = 32768 : i64
  // CHECK-SAME: cost.transcendentals = 0 : i64
  %0 = linalg.matmul ins(%a, %b : tensor<32x64xbf16>, tensor<64x16xbf16>) outs(%c : tensor<32x16xf32>) -> tensor<32x16xf32>
  return %0 : tensor<32x16xf32>
}

// -----

// The same matmul written as linalg.generic, as linalg.contract and with a
// transposed operand through indexing_maps: one mechanism, one count.
#mk = affine_map<(m, n, k) -> (m, k)>
#kn = affine_map<(m, n, k) -> (k, n)>
#nk = affine_map<(m, n, k) -> (n, k)>
#mn = affine_map<(m, n, k) -> (m, n)>
// CHECK-LABEL: func.func @spellings
func.func @spellings(%a: tensor<8x4xf32>, %b: tensor<4x2xf32>, %bt: tensor<2x4xf32>, %c: tensor<8x2xf32>) {
  // M*N*K = 8*2*4 = 64 MACs, 128 FLOPs; read = (32 + 8 + 16)*4 = 224; written = 64
  // CHECK: linalg.generic
  // CHECK-SAME: cost.bytes_read = 224 : i64
  // CHECK-SAME: cost.bytes_written = 64 : i64
  // CHECK-SAME: cost.flops = 128 : i64
  // CHECK-SAME: cost.int_ops = 0 : i64
  // CHECK-SAME: cost.macs = 64 : i64
  // CHECK-SAME: cost.transcendentals = 0 : i64
  %0 = linalg.generic {indexing_maps = [#mk, #kn, #mn], iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%a, %b : tensor<8x4xf32>, tensor<4x2xf32>) outs(%c : tensor<8x2xf32>) {
  ^bb0(%x: f32, %y: f32, %acc: f32):
    %p = arith.mulf %x, %y : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  } -> tensor<8x2xf32>
  // The same 8*2*4 = 64 MACs, 128 FLOPs, 224 B read, 64 B written.
  // CHECK: linalg.contract
  // CHECK-SAME: cost.bytes_read = 224 : i64
  // CHECK-SAME: cost.bytes_written = 64 : i64
  // CHECK-SAME: cost.flops = 128 : i64
  // CHECK-SAME: cost.int_ops = 0 : i64
  // CHECK-SAME: cost.macs = 64 : i64
  // CHECK-SAME: cost.transcendentals = 0 : i64
  %1 = linalg.contract indexing_maps = [#mk, #kn, #mn]
      ins(%a, %b : tensor<8x4xf32>, tensor<4x2xf32>) outs(%c : tensor<8x2xf32>) -> tensor<8x2xf32>
  // And again with B transposed: 64 MACs, 128 FLOPs, 224 B, 64 B.
  // CHECK: linalg.matmul
  // CHECK-SAME: cost.bytes_read = 224 : i64
  // CHECK-SAME: cost.bytes_written = 64 : i64
  // CHECK-SAME: cost.flops = 128 : i64
  // CHECK-SAME: cost.int_ops = 0 : i64
  // CHECK-SAME: cost.macs = 64 : i64
  // CHECK-SAME: cost.transcendentals = 0 : i64
  %2 = linalg.matmul indexing_maps = [#mk, #nk, #mn]
      ins(%a, %bt : tensor<8x4xf32>, tensor<2x4xf32>) outs(%c : tensor<8x2xf32>) -> tensor<8x2xf32>
  return
}

// -----

// mmt4d: (M1 x K1 x M0 x K0) by (N1 x K1 x N0 x K0) into (M1 x N1 x M0 x N0).
// CHECK-LABEL: func.func @mmt4d
func.func @mmt4d(%lhs: tensor<2x3x4x5xf32>, %rhs: tensor<6x3x7x5xf32>, %acc: tensor<2x6x4x7xf32>) -> tensor<2x6x4x7xf32> {
  // MACs = M1*N1*K1*M0*N0*K0 = 2*6*3*4*7*5 = 5040; FLOPs = 10080
  // read = (120 + 630 + 336)*4 = 4344; written = 336*4 = 1344
  // CHECK: linalg.mmt4d
  // CHECK-SAME: cost.bytes_read = 4344 : i64
  // CHECK-SAME: cost.bytes_written = 1344 : i64
  // CHECK-SAME: cost.flops = 10080 : i64
  // CHECK-SAME: cost.int_ops = 0 : i64
  // CHECK-SAME: cost.macs = 5040 : i64
  // CHECK-SAME: cost.transcendentals = 0 : i64
  %0 = linalg.mmt4d ins(%lhs, %rhs : tensor<2x3x4x5xf32>, tensor<6x3x7x5xf32>) outs(%acc : tensor<2x6x4x7xf32>) -> tensor<2x6x4x7xf32>
  return %0 : tensor<2x6x4x7xf32>
}
