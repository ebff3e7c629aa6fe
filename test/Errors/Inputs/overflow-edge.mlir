// Counts near the top of 64 bits (2^61 FLOPs) next to an op with no bytes.
func.func @edge(%a: tensor<1048576x1048576xf32>, %b: tensor<1048576x1048576xf32>,
                %c: tensor<1048576x1048576xf32>, %x: f32) -> (tensor<1048576x1048576xf32>, f32) {
  %0 = linalg.matmul ins(%a, %b : tensor<1048576x1048576xf32>, tensor<1048576x1048576xf32>)
                     outs(%c : tensor<1048576x1048576xf32>) -> tensor<1048576x1048576xf32>
  %1 = arith.addf %x, %x : f32
  return %0, %1 : tensor<1048576x1048576xf32>, f32
}
