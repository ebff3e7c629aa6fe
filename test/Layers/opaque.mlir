// OpaqueLoc (made by C++ code, no form in .mlir files): the layer is its
// fallback location's. cost-test-opaque-locs (test/lib) wraps every op's
// location in one, with the op's own location as the fallback.
// RUN: cost-test-opt --cost-test-opaque-locs --flops --target=none --format=json --layers %s | FileCheck %s
// RUN: cost-test-opt --cost-test-opaque-locs --flops --target=none --format=json --group-by=source %s | FileCheck %s --check-prefix=SRC

// matmul 4x8 by 8x2: MACs 4*2*8 = 64, FLOPs 128, read 4*(32 + 16 + 8) = 224,
// written 4*8 = 32.
func.func @forward(%a: tensor<4x8xf32>, %b: tensor<8x2xf32>, %c: tensor<4x2xf32>) -> tensor<4x2xf32> {
  %0 = linalg.matmul ins(%a, %b : tensor<4x8xf32>, tensor<8x2xf32>) outs(%c : tensor<4x2xf32>) -> tensor<4x2xf32> loc("encoder.proj"("model.py":7:0))
  return %0 : tensor<4x2xf32>
}

// CHECK:      "layers": [
// CHECK-NEXT:   {
// CHECK-NEXT:     "path": "encoder",
// CHECK-NEXT:     "depth": 1,
// CHECK-NEXT:     "flops": 128,
// CHECK-NEXT:     "macs": 64,
// CHECK:          "path": "encoder.proj",
// CHECK-NEXT:     "depth": 2,
// CHECK-NEXT:     "flops": 128,
// CHECK-NEXT:     "macs": 64,
// CHECK-NEXT:     "int_ops": 0,
// CHECK-NEXT:     "transcendentals": 0,
// CHECK-NEXT:     "bytes_read": 224,
// CHECK-NEXT:     "bytes_written": 32,
// CHECK-NEXT:     "param_elements": 0,
// CHECK-NEXT:     "ops": 1,
// CHECK-NEXT:     "time_s": null
// CHECK-NEXT:   }
// CHECK-NEXT: ],

// Through the OpaqueLoc and the NameLoc to the file location.
// SRC:      "path": "model.py",
// SRC-NEXT: "depth": 1,
// SRC-NEXT: "flops": 128,
// SRC-NEXT: "macs": 64,
// SRC:      "path": "model.py:7",
// SRC-NEXT: "depth": 2,
// SRC-NEXT: "flops": 128,
// SRC-NEXT: "macs": 64,
