// examples/cnn.mlir with a dynamic batch: the image is tensor<?x3x32x32xf32>
// and its batch dimension is named N (cost.dim_names). The tensors the
// function creates take their batch from it (tensor.dim, tensor.empty(%n)),
// as torch-mlir emits them for a dynamic batch. cost-opt reports every count
// as a formula in N:
//
//   cost-opt --flops examples/cnn-dynamic.mlir
//   cost-opt --flops --bind N=32 examples/cnn-dynamic.mlir
//
// test/Examples/cnn-dynamic.test checks that at N = 1 and N = 32 the counts
// equal those of the static model at that batch.

#nchw = affine_map<(n, c, h, w) -> (n, c, h, w)>
#chan = affine_map<(n, c, h, w) -> (c)>
#rows = affine_map<(i, j) -> (i, j)>
#cols = affine_map<(i, j) -> (j)>

func.func @forward(%image: tensor<?x3x32x32xf32> {cost.dim_names = ["N", "", "", ""]})
    -> tensor<?x10xf32> {
  // The batch size, as the shapes of the tensors this function creates need it.
  %c0 = arith.constant 0 : index
  %n = tensor.dim %image, %c0 : tensor<?x3x32x32xf32>
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
  } : tensor<?x3x32x32xf32> to tensor<?x3x34x34xf32>
  %e1 = tensor.empty(%n) : tensor<?x16x32x32xf32>
  %z1 = linalg.fill ins(%zero : f32) outs(%e1 : tensor<?x16x32x32xf32>) -> tensor<?x16x32x32xf32>
  %c1 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
    ins(%x, %w1 : tensor<?x3x34x34xf32>, tensor<16x3x3x3xf32>)
    outs(%z1 : tensor<?x16x32x32xf32>) -> tensor<?x16x32x32xf32>
  %r1 = linalg.generic {indexing_maps = [#nchw, #chan, #nchw],
                        iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
    ins(%c1, %b1 : tensor<?x16x32x32xf32>, tensor<16xf32>) outs(%e1 : tensor<?x16x32x32xf32>) {
  ^bb0(%in: f32, %bias: f32, %out: f32):
    %s = arith.addf %in, %bias : f32
    %r = arith.maximumf %s, %zero : f32
    linalg.yield %r : f32
  } -> tensor<?x16x32x32xf32>

  // 2x2 max-pool, stride 2.
  %window = tensor.empty() : tensor<2x2xf32>
  %e2 = tensor.empty(%n) : tensor<?x16x16x16xf32>
  %m2 = linalg.fill ins(%ninf : f32) outs(%e2 : tensor<?x16x16x16xf32>) -> tensor<?x16x16x16xf32>
  %p1 = linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>}
    ins(%r1, %window : tensor<?x16x32x32xf32>, tensor<2x2xf32>)
    outs(%m2 : tensor<?x16x16x16xf32>) -> tensor<?x16x16x16xf32>

  // conv2: 16 -> 32 channels, 3x3, padding 1.
  %y = tensor.pad %p1 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i: index, %j: index, %k: index, %l: index):
    tensor.yield %zero : f32
  } : tensor<?x16x16x16xf32> to tensor<?x16x18x18xf32>
  %e3 = tensor.empty(%n) : tensor<?x32x16x16xf32>
  %z3 = linalg.fill ins(%zero : f32) outs(%e3 : tensor<?x32x16x16xf32>) -> tensor<?x32x16x16xf32>
  %c2 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
    ins(%y, %w2 : tensor<?x16x18x18xf32>, tensor<32x16x3x3xf32>)
    outs(%z3 : tensor<?x32x16x16xf32>) -> tensor<?x32x16x16xf32>
  %r2 = linalg.generic {indexing_maps = [#nchw, #chan, #nchw],
                        iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
    ins(%c2, %b2 : tensor<?x32x16x16xf32>, tensor<32xf32>) outs(%e3 : tensor<?x32x16x16xf32>) {
  ^bb0(%in: f32, %bias: f32, %out: f32):
    %s = arith.addf %in, %bias : f32
    %r = arith.maximumf %s, %zero : f32
    linalg.yield %r : f32
  } -> tensor<?x32x16x16xf32>

  // Global average pooling: a 16x16 sum-pool, then a division by 256.
  %gwin = tensor.empty() : tensor<16x16xf32>
  %e4 = tensor.empty(%n) : tensor<?x32x1x1xf32>
  %z4 = linalg.fill ins(%zero : f32) outs(%e4 : tensor<?x32x1x1xf32>) -> tensor<?x32x1x1xf32>
  %sum = linalg.pooling_nchw_sum {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
    ins(%r2, %gwin : tensor<?x32x16x16xf32>, tensor<16x16xf32>)
    outs(%z4 : tensor<?x32x1x1xf32>) -> tensor<?x32x1x1xf32>
  %avg = linalg.generic {indexing_maps = [#nchw, #nchw],
                         iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
    ins(%sum : tensor<?x32x1x1xf32>) outs(%e4 : tensor<?x32x1x1xf32>) {
  ^bb0(%in: f32, %out: f32):
    %d = arith.divf %in, %count : f32
    linalg.yield %d : f32
  } -> tensor<?x32x1x1xf32>
  %flat = tensor.collapse_shape %avg [[0], [1, 2, 3]] : tensor<?x32x1x1xf32> into tensor<?x32xf32>

  // Fully connected: 32 -> 10, plus bias.
  %e5 = tensor.empty(%n) : tensor<?x10xf32>
  %z5 = linalg.fill ins(%zero : f32) outs(%e5 : tensor<?x10xf32>) -> tensor<?x10xf32>
  %fc = linalg.matmul ins(%flat, %wfc : tensor<?x32xf32>, tensor<32x10xf32>)
                      outs(%z5 : tensor<?x10xf32>) -> tensor<?x10xf32>
  %logits = linalg.generic {indexing_maps = [#rows, #cols, #rows],
                            iterator_types = ["parallel", "parallel"]}
    ins(%fc, %bfc : tensor<?x10xf32>, tensor<10xf32>) outs(%e5 : tensor<?x10xf32>) {
  ^bb0(%in: f32, %bias: f32, %out: f32):
    %s = arith.addf %in, %bias : f32
    linalg.yield %s : f32
  } -> tensor<?x10xf32>
  return %logits : tensor<?x10xf32>
}
