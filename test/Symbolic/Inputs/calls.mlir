// One exp per element of its argument.
func.func @callee(%x: tensor<?xf32>) {
  %y = math.exp %x : tensor<?xf32>
  return
}
// Calls it with 8 elements and with N.
func.func @caller(%s: tensor<8xf32>, %d: tensor<?xf32> {cost.dim_names = ["N"]}) {
  %c = tensor.cast %s : tensor<8xf32> to tensor<?xf32>
  func.call @callee(%c) : (tensor<?xf32>) -> ()
  func.call @callee(%d) : (tensor<?xf32>) -> ()
  return
}
