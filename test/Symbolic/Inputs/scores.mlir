// Attention scores for a batch of sequences: [B, S, 64] x [B, 64, S].
func.func @scores(%q: tensor<?x?x64xf32> {cost.dim_names = ["B", "S", ""]},
                  %k: tensor<?x64x?xf32> {cost.dim_names = ["B", "", "S"]})
    -> tensor<?x?x?xf32> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %zero = arith.constant 0.0 : f32
  %b = tensor.dim %q, %c0 : tensor<?x?x64xf32>
  %s = tensor.dim %q, %c1 : tensor<?x?x64xf32>
  %e = tensor.empty(%b, %s, %s) : tensor<?x?x?xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
  %0 = linalg.batch_matmul ins(%q, %k : tensor<?x?x64xf32>, tensor<?x64x?xf32>)
                           outs(%f : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
  return %0 : tensor<?x?x?xf32>
}
