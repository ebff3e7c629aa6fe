// A small mobile-style CNN in TOSA (NHWC, f32): conv, ReLU6 as clamp,
// depthwise conv, 1x1 conv, max pool, global average pool, and a
// fully-connected layer as matmul + bias. Totals computed by hand.
//
// RUN: cost-opt --flops --format=json %s | FileCheck %s --check-prefix=TOSA-JSON
// RUN: cost-opt --flops --format=json %tosa_lowering %s | FileCheck %s --check-prefix=LOWERED-JSON
//
// MACs (1 MAC = 2 FLOPs):
//   conv1  3x3, 3 -> 16, 32x32 out:   32*32*16*3*3*3 = 442368
//   dw     3x3, 16 ch, 16x16 out:     16*16*16*3*3   =  36864
//   conv2  1x1, 16 -> 32, 16x16 out:  16*16*32*16    = 131072
//   fc     32 -> 10:                  10*32          =    320
//   total                                              610624
// Other FLOPs:
//   clamp  2 per element: 2*(32*32*16 + 16*16*16 + 16*16*32)
//                       = 2*(16384 + 4096 + 8192)  =  57344
//   max_pool 2x2 / 2, 8x8x32 out:  8*8*32*4       =   8192
//   avg_pool 8x8 global, 32 out:   32*64 + 32     =   2080
//   fc bias add:                                       10
//   total                                           67626
// FLOPs = 2*610624 + 67626 = 1221248 + 67626 = 1288874
// Params (tosa.const): conv1 16*27 + 16 = 448, dw 144 + 16 = 160,
//   conv2 32*16 + 32 = 544, fc 320 + 10 = 330, and the shared f32 zero
//   point 1: 448 + 160 + 544 + 330 + 1 = 1483; param bytes 1483*4 = 5932.
// Columns: function, FLOPs, MACs, int OPs, transcendentals, read, written,
// params, param bytes.
// TOSA-JSON: "name": "mobile_cnn",
// TOSA-JSON-NEXT: "flops": 1288874,
// TOSA-JSON-NEXT: "macs": 610624,
// TOSA-JSON-NEXT: "int_ops": 0,
// TOSA-JSON-NEXT: "transcendentals": 0,
// TOSA-JSON-NEXT: "bytes_read": {{[0-9]+}},
// TOSA-JSON-NEXT: "bytes_written": {{[0-9]+}},
// TOSA-JSON-NEXT: "param_elements": 1483,
// TOSA-JSON-NEXT: "param_bytes": 5932,
// The lowering changes the work in two places (docs/tosa.md): the depthwise
// conv adds its bias after accumulating, 16*16*16 = 4096 more FLOPs; the
// avg_pool's divisor math is constant or unused address math without
// padding (test/Tosa/pool.mlir): 0 int OPs.
// LOWERED-JSON: "name": "mobile_cnn",
// LOWERED-JSON-NEXT: "flops": 1292970,
// LOWERED-JSON-NEXT: "macs": 610624,
// LOWERED-JSON-NEXT: "int_ops": 0,
// LOWERED-JSON-NEXT: "transcendentals": 0,
// LOWERED-JSON-NEXT: "bytes_read": {{[0-9]+}},
// LOWERED-JSON-NEXT: "bytes_written": {{[0-9]+}},
// LOWERED-JSON-NEXT: "param_elements": 1483,
// LOWERED-JSON-NEXT: "param_bytes": 5932,
func.func @mobile_cnn(%x: tensor<1x32x32x3xf32>) -> tensor<1x1x10xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %w1 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x3xf32>}> : () -> tensor<16x3x3x3xf32>
  %b1 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
  %wd = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x16x1xf32>}> : () -> tensor<3x3x16x1xf32>
  %bd = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
  %w2 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x1x1x16xf32>}> : () -> tensor<32x1x1x16xf32>
  %b2 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
  %wf = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x32x10xf32>}> : () -> tensor<1x32x10xf32>
  %bf = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x10xf32>}> : () -> tensor<1x1x10xf32>

  %c1 = tosa.conv2d %x, %w1, %b1, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x32x32x3xf32>, tensor<16x3x3x3xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x16xf32>
  %r1 = tosa.clamp %c1 {min_val = 0.0 : f32, max_val = 6.0 : f32} : (tensor<1x32x32x16xf32>) -> tensor<1x32x32x16xf32>
  // TF "SAME" padding for stride 2: (32 - 1 + 0 + 1 - 2)/2 + 1 = 16.
  %d = tosa.depthwise_conv2d %r1, %wd, %bd, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 1, 0, 1>, stride = array<i64: 2, 2>} : (tensor<1x32x32x16xf32>, tensor<3x3x16x1xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x16xf32>
  %r2 = tosa.clamp %d {min_val = 0.0 : f32, max_val = 6.0 : f32} : (tensor<1x16x16x16xf32>) -> tensor<1x16x16x16xf32>
  %c2 = tosa.conv2d %r2, %w2, %b2, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x16xf32>, tensor<32x1x1x16xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x32xf32>
  %r3 = tosa.clamp %c2 {min_val = 0.0 : f32, max_val = 6.0 : f32} : (tensor<1x16x16x32xf32>) -> tensor<1x16x16x32xf32>
  %mp = tosa.max_pool2d %r3 {kernel = array<i64: 2, 2>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 2, 2>} : (tensor<1x16x16x32xf32>) -> tensor<1x8x8x32xf32>
  %ap = tosa.avg_pool2d %mp, %zp, %zp {acc_type = f32, kernel = array<i64: 8, 8>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1x32xf32>
  %shape = tosa.const_shape {values = dense<[1, 1, 32]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %flat = tosa.reshape %ap, %shape : (tensor<1x1x1x32xf32>, !tosa.shape<3>) -> tensor<1x1x32xf32>
  %fc = tosa.matmul %flat, %wf, %zp, %zp : (tensor<1x1x32xf32>, tensor<1x32x10xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x10xf32>
  %out = tosa.add %fc, %bf : (tensor<1x1x10xf32>, tensor<1x1x10xf32>) -> tensor<1x1x10xf32>
  return %out : tensor<1x1x10xf32>
}
