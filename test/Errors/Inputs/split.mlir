func.func @a(%x: f32) -> f32 {
  %y = arith.addf %x, %x : f32
  return %y : f32
}
// -----
func.func @b(%x: f32) -> f32 {
  return %x : f32
}
