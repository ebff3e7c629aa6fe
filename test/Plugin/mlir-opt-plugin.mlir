// The cost passes inside Debian's stock mlir-opt, loaded from CostPlugin.so
// (lib/Plugin): the pass plugin alone gives the IR cost-opt gives, since the
// passes bring the cost models with them (getDependentDialects); loading the
// same library as a dialect plugin too changes nothing.
//
// REQUIRES: cost-plugin
// RUN: %mlir_opt_bin --load-pass-plugin=%cost_plugin \
// RUN:   --pass-pipeline='builtin.module(cost-annotate)' %s -o %t.plugin.mlir
// RUN: cost-opt --cost-annotate %s -o %t.cost-opt.mlir
// RUN: diff %t.plugin.mlir %t.cost-opt.mlir
// RUN: FileCheck %s --input-file=%t.plugin.mlir
// Both entry points of the one library, and the pass nested on functions:
// RUN: %mlir_opt_bin --load-pass-plugin=%cost_plugin \
// RUN:   --load-dialect-plugin=%cost_plugin \
// RUN:   --pass-pipeline='builtin.module(func.func(cost-annotate))' %s \
// RUN:   | diff - %t.cost-opt.mlir
// cost-report prints to standard output; -o /dev/null sends the IR away.
// RUN: %mlir_opt_bin --load-pass-plugin=%cost_plugin -o /dev/null \
// RUN:   --pass-pipeline='builtin.module(cost-report{target=none exact=true})' \
// RUN:   %s | FileCheck %s --check-prefix=REPORT

// Attribute dictionaries print sorted: bytes_read, bytes_written, flops,
// int_ops, macs, transcendentals. Every tensor is f32 (4 bytes).

// CHECK-LABEL: func.func @model
func.func @model(%a: tensor<8x16xf32>, %b: tensor<16x32xf32>,
                 %img: tensor<1x3x10x10xf32>, %w: tensor<4x3x3x3xf32>,
                 %x: tensor<1x8x16xf32>, %y: tensor<1x16x32xf32>)
    -> (tensor<8x32xf32>, tensor<1x4x8x8xf32>, tensor<1x8x32xf32>) {
  %zero = arith.constant 0.0 : f32
  %e0 = tensor.empty() : tensor<8x32xf32>
  // written = 8*32*4 = 1024
  // CHECK: linalg.fill
  // CHECK-SAME: cost.bytes_written = 1024 : i64
  %acc = linalg.fill ins(%zero : f32) outs(%e0 : tensor<8x32xf32>) -> tensor<8x32xf32>
  // M=8, N=32, K=16: MACs = M*N*K = 8*32*16 = 4096; FLOPs = 2*M*N*K = 8192
  // read = (M*K + K*N + M*N)*4 = (128 + 512 + 256)*4 = 3584; written = 1024
  // CHECK: linalg.matmul
  // CHECK-SAME: cost.bytes_read = 3584 : i64
  // CHECK-SAME: cost.bytes_written = 1024 : i64
  // CHECK-SAME: cost.flops = 8192 : i64
  // CHECK-SAME: cost.macs = 4096 : i64
  %mm = linalg.matmul ins(%a, %b : tensor<8x16xf32>, tensor<16x32xf32>)
                      outs(%acc : tensor<8x32xf32>) -> tensor<8x32xf32>
  %e1 = tensor.empty() : tensor<8x32xf32>
  // One add per element: 8*32 = 256 FLOPs; read = 2*1024, written = 1024
  // CHECK: linalg.add
  // CHECK-SAME: cost.bytes_read = 2048 : i64
  // CHECK-SAME: cost.flops = 256 : i64
  %sum = linalg.add ins(%mm, %mm : tensor<8x32xf32>, tensor<8x32xf32>)
                    outs(%e1 : tensor<8x32xf32>) -> tensor<8x32xf32>
  %e2 = tensor.empty() : tensor<1x4x8x8xf32>
  %cacc = linalg.fill ins(%zero : f32) outs(%e2 : tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
  // N=1, F=4, OH=OW=10-3+1=8, C=3, KH=KW=3:
  // MACs = N*F*OH*OW*C*KH*KW = 1*4*8*8*3*3*3 = 6912; FLOPs = 13824
  // read = (1*3*10*10 + 4*3*3*3 + 1*4*8*8)*4 = (300 + 108 + 256)*4 = 2656
  // CHECK: linalg.conv_2d_nchw_fchw
  // CHECK-SAME: cost.bytes_read = 2656 : i64
  // CHECK-SAME: cost.bytes_written = 1024 : i64
  // CHECK-SAME: cost.flops = 13824 : i64
  // CHECK-SAME: cost.macs = 6912 : i64
  %conv = linalg.conv_2d_nchw_fchw
            {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
            ins(%img, %w : tensor<1x3x10x10xf32>, tensor<4x3x3x3xf32>)
            outs(%cacc : tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  // B=1, M=8, N=32, K=16: MACs = 1*8*32*16 = 4096; FLOPs = 8192
  // read = (8*16 + 16*32)*4 = 2560 (no accumulator); written = 8*32*4 = 1024
  // CHECK: tosa.matmul
  // CHECK-SAME: cost.bytes_read = 2560 : i64
  // CHECK-SAME: cost.flops = 8192 : i64
  // CHECK-SAME: cost.macs = 4096 : i64
  %tmm = tosa.matmul %x, %y, %zp, %zp : (tensor<1x8x16xf32>, tensor<1x16x32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x32xf32>
  // One transcendental per element: 8*32 = 256, no FLOPs
  // CHECK: tosa.exp
  // CHECK-SAME: cost.flops = 0 : i64
  // CHECK-SAME: cost.transcendentals = 256 : i64
  %texp = tosa.exp %tmm : (tensor<1x8x32xf32>) -> tensor<1x8x32xf32>
  // CHECK: tosa.add
  // CHECK-SAME: cost.flops = 256 : i64
  %tadd = tosa.add %tmm, %texp : (tensor<1x8x32xf32>, tensor<1x8x32xf32>) -> tensor<1x8x32xf32>
  return %sum, %conv, %tadd : tensor<8x32xf32>, tensor<1x4x8x8xf32>, tensor<1x8x32xf32>
}

// FLOPs = 8192 + 256 + 13824 + 8192 + 256 = 30720
// MACs = 4096 + 6912 + 4096 = 15104; transcendentals = 256
// read = 3584 + 2048 + 2656 + 2560 + 1024 + 2048 = 13920
// written = 8 ops (2 fills, 6 ops above), 256 f32 each: 8*256*4 = 8192
// REPORT: function FLOPs MACs int OPs transcendentals read written
// REPORT: @model 30720 15104 0 256 13920 8192{{ }}
