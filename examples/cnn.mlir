// A small CNN for 32x32 RGB images, written by hand in linalg on tensors
// (the form torch-mlir and IREE produce): two 3x3 convolutions with bias and
// ReLU, a 2x2 max-pool, global average pooling and a fully-connected layer.
// Weights are splat constants; cost-opt reads their size from the type.
//
//   cost-opt --flops examples/cnn.mlir
//
// The expected totals, derived by hand, are in test/Examples/cnn.mlir.

#nchw = affine_map<(n, c, h, w) -> (n, c, h, w)>
#chan = affine_map<(n, c, h, w) -> (c)>
#rows = affine_map<(i, j) -> (i, j)>
#cols = affine_map<(i, j) -> (j)>

func.func @forward(%image: tensor<1x3x32x32xf32>) -> tensor<1x10xf32> {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant -3.40282347E+38 : f32
  %count = arith.constant 256.0 : f32
  %w1 = arith.constant dense<0.01> : tensor<16x3x3x3xf32>
  %b1 = arith.constant dense<0.1> : tensor<16xf32>
  %w2 = arith.constant dense<0.01> : tensor<32x16x3x3xf32>
  %b2 = arith.constant dense<0.1> : tensor<32xf32>
  %wfc = arith.constant dense<0.01> : tensor<32x10xf32>
  %bfc = arith.constant dense<0.1> : tensor<10xf32>

  // conv1: 3 -> 16 channels, 3x3, padding 1.
  %x = tensor.pad %image low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i: index, %j: index, %k: index, %l: index):
    tensor.yield %zero : f32
  } : tensor<1x3x32x32xf32> to tensor<1x3x34x34xf32>
  %e1 = tensor.empty() : tensor<1x16x32x32xf32>
  %z1 = linalg.fill ins(%zero : f32) outs(%e1 : tensor<1x16x32x32xf32>) -> tensor<1x16x32x32xf32>
  %c1 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
    ins(%x, %w1 : tensor<1x3x34x34xf32>, tensor<16x3x3x3xf32>)
    outs(%z1 : tensor<1x16x32x32xf32>) -> tensor<1x16x32x32xf32>
  %r1 = linalg.generic {indexing_maps = [#nchw, #chan, #nchw],
                        iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
    ins(%c1, %b1 : tensor<1x16x32x32xf32>, tensor<16xf32>) outs(%e1 : tensor<1x16x32x32xf32>) {
  ^bb0(%in: f32, %bias: f32, %out: f32):
    %s = arith.addf %in, %bias : f32
    %r = arith.maximumf %s, %zero : f32
    linalg.yield %r : f32
  } -> tensor<1x16x32x32xf32>

  // 2x2 max-pool, stride 2.
  %window = tensor.empty() : tensor<2x2xf32>
  %e2 = tensor.empty() : tensor<1x16x16x16xf32>
  %m2 = linalg.fill ins(%ninf : f32) outs(%e2 : tensor<1x16x16x16xf32>) -> tensor<1x16x16x16xf32>
  %p1 = linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>}
    ins(%r1, %window : tensor<1x16x32x32xf32>, tensor<2x2xf32>)
    outs(%m2 : tensor<1x16x16x16xf32>) -> tensor<1x16x16x16xf32>

  // conv2: 16 -> 32 channels, 3x3, padding 1.
  %y = tensor.pad %p1 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i: index, %j: index, %k: index, %l: index):
    tensor.yield %zero : f32
  } : tensor<1x16x16x16xf32> to tensor<1x16x18x18xf32>
  %e3 = tensor.empty() : tensor<1x32x16x16xf32>
  %z3 = linalg.fill ins(%zero : f32) outs(%e3 : tensor<1x32x16x16xf32>) -> tensor<1x32x16x16xf32>
  %c2 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
    ins(%y, %w2 : tensor<1x16x18x18xf32>, tensor<32x16x3x3xf32>)
    outs(%z3 : tensor<1x32x16x16xf32>) -> tensor<1x32x16x16xf32>
  %r2 = linalg.generic {indexing_maps = [#nchw, #chan, #nchw],
                        iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
    ins(%c2, %b2 : tensor<1x32x16x16xf32>, tensor<32xf32>) outs(%e3 : tensor<1x32x16x16xf32>) {
  ^bb0(%in: f32, %bias: f32, %out: f32):
    %s = arith.addf %in, %bias : f32
    %r = arith.maximumf %s, %zero : f32
    linalg.yield %r : f32
  } -> tensor<1x32x16x16xf32>

  // Global average pooling: a 16x16 sum-pool, then a division by 256.
  %gwin = tensor.empty() : tensor<16x16xf32>
  %e4 = tensor.empty() : tensor<1x32x1x1xf32>
  %z4 = linalg.fill ins(%zero : f32) outs(%e4 : tensor<1x32x1x1xf32>) -> tensor<1x32x1x1xf32>
  %sum = linalg.pooling_nchw_sum {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
    ins(%r2, %gwin : tensor<1x32x16x16xf32>, tensor<16x16xf32>)
    outs(%z4 : tensor<1x32x1x1xf32>) -> tensor<1x32x1x1xf32>
  %avg = linalg.generic {indexing_maps = [#nchw, #nchw],
                         iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
    ins(%sum : tensor<1x32x1x1xf32>) outs(%e4 : tensor<1x32x1x1xf32>) {
  ^bb0(%in: f32, %out: f32):
    %d = arith.divf %in, %count : f32
    linalg.yield %d : f32
  } -> tensor<1x32x1x1xf32>
  %flat = tensor.collapse_shape %avg [[0], [1, 2, 3]] : tensor<1x32x1x1xf32> into tensor<1x32xf32>

  // Fully connected: 32 -> 10, plus bias.
  %e5 = tensor.empty() : tensor<1x10xf32>
  %z5 = linalg.fill ins(%zero : f32) outs(%e5 : tensor<1x10xf32>) -> tensor<1x10xf32>
  %fc = linalg.matmul ins(%flat, %wfc : tensor<1x32xf32>, tensor<32x10xf32>)
                      outs(%z5 : tensor<1x10xf32>) -> tensor<1x10xf32>
  %logits = linalg.generic {indexing_maps = [#rows, #cols, #rows],
                            iterator_types = ["parallel", "parallel"]}
    ins(%fc, %bfc : tensor<1x10xf32>, tensor<10xf32>) outs(%e5 : tensor<1x10xf32>) {
  ^bb0(%in: f32, %bias: f32, %out: f32):
    %s = arith.addf %in, %bias : f32
    linalg.yield %s : f32
  } -> tensor<1x10xf32>
  return %logits : tensor<1x10xf32>
}
