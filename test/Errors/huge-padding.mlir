// Issue 19, class 2: a TOSA conv with padding 2^40 hung with
// --count-padded-taps=false (the taps near the edges were visited one
// position at a time). The in-bounds taps are now a closed form per
// dimension: this runs in no time.
// RUN: cost-opt --flops --target=none --format=json --count-padded-taps=false %s | FileCheck %s

// Along H: 2^41 + 2 positions over an input of 4 with 3 taps and padding
// 2^40 on both sides: each input row is read by 3 positions, 12 taps.
// Along W: 2 positions x 3 taps, all inside, 6 taps. MACs = 12 x 6 = 72.
// CHECK: "name": "huge_pad"
// CHECK: "macs": 72,
func.func @huge_pad(%x: tensor<1x4x4x1xf32>, %w: tensor<1x3x3x1xf32>, %b: tensor<1xf32>) -> tensor<1x2199023255554x2x1xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %0 = tosa.conv2d %x, %w, %b, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1099511627776, 1099511627776, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x1xf32>, tensor<1x3x3x1xf32>, tensor<1xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x2199023255554x2x1xf32>
  return %0 : tensor<1x2199023255554x2x1xf32>
}
