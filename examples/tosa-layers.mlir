// A small TOSA CNN whose ops carry the names of the layers that made them, as
// an exporter writes them (docs/where-the-cost-is.md).
func.func @forward(%x: tensor<1x8x8x3xf32>) -> tensor<1x1x10xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32> loc("features.0.zp"("net.py":3:0))
  %w0 = "tosa.const"() <{values = dense<0.5> : tensor<4x3x3x3xf32>}> : () -> tensor<4x3x3x3xf32> loc("features.0.weight"("net.py":3:0))
  %b0 = "tosa.const"() <{values = dense<0.0> : tensor<4xf32>}> : () -> tensor<4xf32> loc("features.0.bias"("net.py":3:0))
  %0 = tosa.conv2d %x, %w0, %b0, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x3xf32>, tensor<4x3x3x3xf32>, tensor<4xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x4xf32> loc("features.0"("net.py":10:0))
  %1 = tosa.clamp %0 {min_val = 0.0 : f32, max_val = 3.40282347E+38 : f32} : (tensor<1x8x8x4xf32>) -> tensor<1x8x8x4xf32> loc("features.1"("net.py":11:0))
  %w2 = "tosa.const"() <{values = dense<0.5> : tensor<8x3x3x4xf32>}> : () -> tensor<8x3x3x4xf32> loc("features.2.weight"("net.py":4:0))
  %b2 = "tosa.const"() <{values = dense<0.0> : tensor<8xf32>}> : () -> tensor<8xf32> loc("features.2.bias"("net.py":4:0))
  %2 = tosa.conv2d %1, %w2, %b2, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 1, 0, 1>, stride = array<i64: 2, 2>} : (tensor<1x8x8x4xf32>, tensor<8x3x3x4xf32>, tensor<8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x8xf32> loc("features.2"("net.py":12:0))
  %shape = tosa.const_shape {values = dense<[1, 1, 128]> : tensor<3xindex>} : () -> !tosa.shape<3> loc("classifier.flatten"("net.py":13:0))
  %3 = tosa.reshape %2, %shape : (tensor<1x4x4x8xf32>, !tosa.shape<3>) -> tensor<1x1x128xf32> loc("classifier.flatten"("net.py":13:0))
  %w4 = "tosa.const"() <{values = dense<0.5> : tensor<1x128x10xf32>}> : () -> tensor<1x128x10xf32> loc("classifier.fc.weight"("net.py":5:0))
  %4 = tosa.matmul %3, %w4, %zp, %zp : (tensor<1x1x128xf32>, tensor<1x128x10xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x10xf32> loc("classifier.fc"("net.py":14:0))
  return %4 : tensor<1x1x10xf32>
}
