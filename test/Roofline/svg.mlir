// RUN: cost-opt --flops %s --roofline-svg=%t.svg -o /dev/null
// RUN: FileCheck %s --input-file=%t.svg
// RUN: not cost-opt --flops --target=none %s --roofline-svg=%t.none.svg 2>&1 | FileCheck %s --check-prefix=NONE
// RUN: not test -e %t.none.svg

// The roofline plot: one point per op with work and bytes, one roof per
// precision used (fp32, bf16), axis units as rates.

func.func @mlp(%x: tensor<64x256xbf16>, %w: tensor<256x256xbf16>, %c: tensor<64x256xbf16>, %y: tensor<64x256xf32>) -> (tensor<64x256xbf16>, tensor<64x256xf32>) {
  %0 = linalg.matmul ins(%x, %w : tensor<64x256xbf16>, tensor<256x256xbf16>) outs(%c : tensor<64x256xbf16>) -> tensor<64x256xbf16>
  %e = tensor.empty() : tensor<64x256xf32>
  %1 = linalg.add ins(%y, %y : tensor<64x256xf32>, tensor<64x256xf32>) outs(%e : tensor<64x256xf32>) -> tensor<64x256xf32>
  %2 = math.exp %1 : tensor<64x256xf32>
  return %0, %2 : tensor<64x256xbf16>, tensor<64x256xf32>
}

// Three ops with work and bytes (matmul, add, exp); tensor.empty has
// neither and is not a point.
// CHECK: <!-- cost-opt roofline: 3 points (ops), target h100-sxm -->
// CHECK: Roofline on h100-sxm
// CHECK: FLOP/s</text>
// CHECK: Arithmetic intensity (FLOP/B; OP/B for integer ops)
// CHECK: Attainable rate (FLOP/s; OP/s for integer ops)
// CHECK: <polyline class="roof" data-precision="fp32"
// CHECK: <polyline class="roof" data-precision="bf16"
// CHECK-NOT: <polyline class="roof"
// CHECK: memory 3.35 TB/s
// CHECK: fp32 67.0 TFLOP/s
// CHECK: bf16 990 TFLOP/s
// The largest time first: the matmul.
// CHECK-COUNT-3: <circle class="op"
// CHECK-NOT: <circle
// CHECK: </svg>

// NONE: error: roofline-svg needs a target (it is 'none')
