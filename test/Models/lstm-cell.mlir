// RUN: cost-opt --flops --format=json %s | FileCheck %s --check-prefix=JSON

// One LSTM step written as linalg, input size E = 128, hidden size H = 256.
// The four gate matmuls, fused into one [x, h] (1 x (E+H)) by W ((E+H) x 4H)
// product, are (E+H)*H*4*2 = 384*256*8 = 786432 FLOPs (393216 MACs).
// Then, with 4H = 1024 and H = 256:
//   bias add:                      1024 FLOPs
//   sigmoid on i, f, o (3*256):    negf, addf, divf = 3 FLOPs + 1 exp each
//                                  = 2304 FLOPs, 768 transcendentals
//   tanh on g:                     256 transcendentals
//   c' = f*c + i*g:                3*256 = 768 FLOPs
//   h' = o * tanh(c'):             256 FLOPs + 256 transcendentals
// FLOPs = 786432 + 1024 + 2304 + 768 + 256 = 790784
// transcendentals = 768 + 256 + 256 = 1280
// JSON: "name": "lstm_cell",
// JSON-NEXT: "flops": 790784,
// JSON-NEXT: "macs": 393216,
// JSON-NEXT: "int_ops": 0,
// JSON-NEXT: "transcendentals": 1280,

#row = affine_map<(i, j) -> (i, j)>
func.func @lstm_cell(%x: tensor<1x128xf32>, %h: tensor<1x256xf32>, %c: tensor<1x256xf32>,
                     %w: tensor<384x1024xf32>, %b: tensor<1x1024xf32>) -> (tensor<1x256xf32>, tensor<1x256xf32>) {
  %zero = arith.constant 0.0 : f32
  %one = arith.constant 1.0 : f32
  %xh = tensor.concat dim(1) %x, %h : (tensor<1x128xf32>, tensor<1x256xf32>) -> tensor<1x384xf32>
  %e = tensor.empty() : tensor<1x1024xf32>
  %z = linalg.fill ins(%zero : f32) outs(%e : tensor<1x1024xf32>) -> tensor<1x1024xf32>
  %mm = linalg.matmul ins(%xh, %w : tensor<1x384xf32>, tensor<384x1024xf32>) outs(%z : tensor<1x1024xf32>) -> tensor<1x1024xf32>
  %gates = linalg.add ins(%mm, %b : tensor<1x1024xf32>, tensor<1x1024xf32>) outs(%e : tensor<1x1024xf32>) -> tensor<1x1024xf32>
  %ifo_in = tensor.extract_slice %gates[0, 0] [1, 768] [1, 1] : tensor<1x1024xf32> to tensor<1x768xf32>
  %g_in = tensor.extract_slice %gates[0, 768] [1, 256] [1, 1] : tensor<1x1024xf32> to tensor<1x256xf32>
  %e3 = tensor.empty() : tensor<1x768xf32>
  %ifo = linalg.generic {indexing_maps = [#row, #row], iterator_types = ["parallel", "parallel"]}
      ins(%ifo_in : tensor<1x768xf32>) outs(%e3 : tensor<1x768xf32>) {
  ^bb0(%v: f32, %out: f32):
    %n = arith.negf %v : f32
    %ex = math.exp %n : f32
    %d = arith.addf %ex, %one : f32
    %s = arith.divf %one, %d : f32
    linalg.yield %s : f32
  } -> tensor<1x768xf32>
  %eh = tensor.empty() : tensor<1x256xf32>
  %g = linalg.tanh ins(%g_in : tensor<1x256xf32>) outs(%eh : tensor<1x256xf32>) -> tensor<1x256xf32>
  %i = tensor.extract_slice %ifo[0, 0] [1, 256] [1, 1] : tensor<1x768xf32> to tensor<1x256xf32>
  %f = tensor.extract_slice %ifo[0, 256] [1, 256] [1, 1] : tensor<1x768xf32> to tensor<1x256xf32>
  %o = tensor.extract_slice %ifo[0, 512] [1, 256] [1, 1] : tensor<1x768xf32> to tensor<1x256xf32>
  %c2 = linalg.generic {indexing_maps = [#row, #row, #row, #row, #row], iterator_types = ["parallel", "parallel"]}
      ins(%f, %c, %i, %g : tensor<1x256xf32>, tensor<1x256xf32>, tensor<1x256xf32>, tensor<1x256xf32>) outs(%eh : tensor<1x256xf32>) {
  ^bb0(%fv: f32, %cv: f32, %iv: f32, %gv: f32, %out: f32):
    %fc = arith.mulf %fv, %cv : f32
    %ig = arith.mulf %iv, %gv : f32
    %s = arith.addf %fc, %ig : f32
    linalg.yield %s : f32
  } -> tensor<1x256xf32>
  %tc = linalg.tanh ins(%c2 : tensor<1x256xf32>) outs(%eh : tensor<1x256xf32>) -> tensor<1x256xf32>
  %h2 = linalg.mul ins(%o, %tc : tensor<1x256xf32>, tensor<1x256xf32>) outs(%eh : tensor<1x256xf32>) -> tensor<1x256xf32>
  return %h2, %c2 : tensor<1x256xf32>, tensor<1x256xf32>
}
