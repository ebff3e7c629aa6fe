func.func @bad(%x: tensor<?x4xf32> {cost.dim_names = ["N"]}) {
  return
}
