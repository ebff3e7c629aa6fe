// Vectorizes every linalg.matmul with vector sizes [64, 104, 40]: masked,
// the 96 columns padded to 104 (masked-vectorization.mlir).
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %mm = transform.structured.match ops{["linalg.matmul"]} in %root : (!transform.any_op) -> !transform.any_op
    transform.structured.vectorize %mm vector_sizes [64, 104, 40] : !transform.any_op
    transform.yield
  }
}
