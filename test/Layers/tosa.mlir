// A TOSA model whose ops carry the names of the exporter's layers, costed
// on the TOSA form and after the upstream lowering: the lowering keeps the
// locations, so every layer has the same MACs on both forms.
// RUN: cost-opt --flops --target=none --format=json --layers %s | FileCheck %s
// RUN: cost-opt --flops --target=none --format=json --layers %tosa_lowering %s | FileCheck %s
//
// The same lines hold for both forms: path, depth, FLOPs and MACs of every
// layer, params of every layer down to depth 2. Bytes and op counts differ
// (the lowering materialises the padding and the bias broadcast,
// docs/tosa.md) and are not checked here.

func.func @forward(%x: tensor<1x8x8x3xf32>) -> tensor<1x1x10xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32> loc("features.0.zp"("net.py":3:0))
  %w0 = "tosa.const"() <{values = dense<0.5> : tensor<4x3x3x3xf32>}> : () -> tensor<4x3x3x3xf32> loc("features.0.weight"("net.py":3:0))
  %b0 = "tosa.const"() <{values = dense<0.0> : tensor<4xf32>}> : () -> tensor<4xf32> loc("features.0.bias"("net.py":3:0))
  %0 = tosa.conv2d %x, %w0, %b0, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x3xf32>, tensor<4x3x3x3xf32>, tensor<4xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x4xf32> loc("features.0"("net.py":10:0))
  %1 = tosa.clamp %0 {min_val = 0.0 : f32, max_val = 3.40282347E+38 : f32} : (tensor<1x8x8x4xf32>) -> tensor<1x8x8x4xf32> loc("features.1"("net.py":11:0))
  %w2 = "tosa.const"() <{values = dense<0.5> : tensor<8x3x3x4xf32>}> : () -> tensor<8x3x3x4xf32> loc("features.2.weight"("net.py":4:0))
  %b2 = "tosa.const"() <{values = dense<0.0> : tensor<8xf32>}> : () -> tensor<8xf32> loc("features.2.bias"("net.py":4:0))
  %2 = tosa.conv2d %1, %w2, %b2, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 1, 0, 1>, stride = array<i64: 2, 2>} : (tensor<1x8x8x4xf32>, tensor<8x3x3x4xf32>, tensor<8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x8xf32> loc("features.2"("net.py":12:0))
  %shape = tosa.const_shape {values = dense<[1, 1, 128]> : tensor<3xindex>} : () -> !tosa.shape<3> loc("classifier.flatten"("net.py":13:0))
  %3 = tosa.reshape %2, %shape : (tensor<1x4x4x8xf32>, !tosa.shape<3>) -> tensor<1x1x128xf32> loc("classifier.flatten"("net.py":13:0))
  %w4 = "tosa.const"() <{values = dense<0.5> : tensor<1x128x10xf32>}> : () -> tensor<1x128x10xf32> loc("classifier.fc.weight"("net.py":5:0))
  %4 = tosa.matmul %3, %w4, %zp, %zp : (tensor<1x1x128xf32>, tensor<1x128x10xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x10xf32> loc("classifier.fc"("net.py":14:0))
  return %4 : tensor<1x1x10xf32>
}

// CHECK:      "layers": [
// features = features.0 + features.1 + features.2:
// MACs 6912 + 4608 = 11520; FLOPs 13824 + 512 + 9216 = 23552;
// params 113 + 296 = 409.
// CHECK-NEXT: {
// CHECK-NEXT: "path": "features",
// CHECK-NEXT: "depth": 1,
// CHECK-NEXT: "flops": 23552,
// CHECK-NEXT: "macs": 11520,
// CHECK-NEXT: "int_ops": 0,
// CHECK-NEXT: "transcendentals": 0,
// CHECK-NEXT: "bytes_read": {{[0-9]+}},
// CHECK-NEXT: "bytes_written": {{[0-9]+}},
// CHECK-NEXT: "param_elements": 409,
// CHECK-NEXT: "ops": {{[0-9]+}},
// CHECK-NEXT: "time_s": null
// CHECK-NEXT: },
// conv 3x3, pad 1, stride 1: 8x8x3 -> 8x8x4:
// MACs N*OH*OW*Cout*KH*KW*Cin = 1*8*8*4*3*3*3 = 6912, FLOPs 2*6912 = 13824;
// params: weight 4*3*3*3 = 108, bias 4, zero point 1 = 113 (the
// zero point counts at its first user, the conv, on the TOSA form; the
// lowering drops that use and it counts at its own location,
// features.0.zp: in features.0 on both forms).
// CHECK-NEXT: {
// CHECK-NEXT: "path": "features.0",
// CHECK-NEXT: "depth": 2,
// CHECK-NEXT: "flops": 13824,
// CHECK-NEXT: "macs": 6912,
// CHECK-NEXT: "int_ops": 0,
// CHECK-NEXT: "transcendentals": 0,
// CHECK-NEXT: "bytes_read": {{[0-9]+}},
// CHECK-NEXT: "bytes_written": {{[0-9]+}},
// CHECK-NEXT: "param_elements": 113,
// CHECK-NEXT: "ops": {{[0-9]+}},
// CHECK-NEXT: "time_s": null
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT: "path": "features.0.zp",
// CHECK-NEXT: "depth": 3,
// CHECK-NEXT: "flops": 0,
// CHECK-NEXT: "macs": 0,
// CHECK-NEXT: "int_ops": 0,
// CHECK-NEXT: "transcendentals": 0,
// CHECK-NEXT: "bytes_read": {{[0-9]+}},
// CHECK-NEXT: "bytes_written": {{[0-9]+}},
// CHECK-NEXT: "param_elements": {{[0-9]+}},
// CHECK-NEXT: "ops": {{[0-9]+}},
// CHECK-NEXT: "time_s": null
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT: "path": "features.0.weight",
// CHECK-NEXT: "depth": 3,
// CHECK-NEXT: "flops": 0,
// CHECK-NEXT: "macs": 0,
// CHECK-NEXT: "int_ops": 0,
// CHECK-NEXT: "transcendentals": 0,
// CHECK-NEXT: "bytes_read": {{[0-9]+}},
// CHECK-NEXT: "bytes_written": {{[0-9]+}},
// CHECK-NEXT: "param_elements": {{[0-9]+}},
// CHECK-NEXT: "ops": {{[0-9]+}},
// CHECK-NEXT: "time_s": null
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT: "path": "features.0.bias",
// CHECK-NEXT: "depth": 3,
// CHECK-NEXT: "flops": 0,
// CHECK-NEXT: "macs": 0,
// CHECK-NEXT: "int_ops": 0,
// CHECK-NEXT: "transcendentals": 0,
// CHECK-NEXT: "bytes_read": {{[0-9]+}},
// CHECK-NEXT: "bytes_written": {{[0-9]+}},
// CHECK-NEXT: "param_elements": {{[0-9]+}},
// CHECK-NEXT: "ops": {{[0-9]+}},
// CHECK-NEXT: "time_s": null
// CHECK-NEXT: },
// clamp of 1*8*8*4 = 256 elements: max and min, FLOPs 2*256 = 512.
// CHECK-NEXT: {
// CHECK-NEXT: "path": "features.1",
// CHECK-NEXT: "depth": 2,
// CHECK-NEXT: "flops": 512,
// CHECK-NEXT: "macs": 0,
// CHECK-NEXT: "int_ops": 0,
// CHECK-NEXT: "transcendentals": 0,
// CHECK-NEXT: "bytes_read": {{[0-9]+}},
// CHECK-NEXT: "bytes_written": {{[0-9]+}},
// CHECK-NEXT: "param_elements": 0,
// CHECK-NEXT: "ops": {{[0-9]+}},
// CHECK-NEXT: "time_s": null
// CHECK-NEXT: },
// conv 3x3, pad (0, 1), stride 2: OH = (8 - 1 + 0 + 1 - 2)/2 + 1 = 4:
// MACs 1*4*4*8*3*3*4 = 4608, FLOPs 9216; params 8*3*3*4 + 8 = 296.
// CHECK-NEXT: {
// CHECK-NEXT: "path": "features.2",
// CHECK-NEXT: "depth": 2,
// CHECK-NEXT: "flops": 9216,
// CHECK-NEXT: "macs": 4608,
// CHECK-NEXT: "int_ops": 0,
// CHECK-NEXT: "transcendentals": 0,
// CHECK-NEXT: "bytes_read": {{[0-9]+}},
// CHECK-NEXT: "bytes_written": {{[0-9]+}},
// CHECK-NEXT: "param_elements": 296,
// CHECK-NEXT: "ops": {{[0-9]+}},
// CHECK-NEXT: "time_s": null
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT: "path": "features.2.weight",
// CHECK-NEXT: "depth": 3,
// CHECK-NEXT: "flops": 0,
// CHECK-NEXT: "macs": 0,
// CHECK-NEXT: "int_ops": 0,
// CHECK-NEXT: "transcendentals": 0,
// CHECK-NEXT: "bytes_read": {{[0-9]+}},
// CHECK-NEXT: "bytes_written": {{[0-9]+}},
// CHECK-NEXT: "param_elements": {{[0-9]+}},
// CHECK-NEXT: "ops": {{[0-9]+}},
// CHECK-NEXT: "time_s": null
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT: "path": "features.2.bias",
// CHECK-NEXT: "depth": 3,
// CHECK-NEXT: "flops": 0,
// CHECK-NEXT: "macs": 0,
// CHECK-NEXT: "int_ops": 0,
// CHECK-NEXT: "transcendentals": 0,
// CHECK-NEXT: "bytes_read": {{[0-9]+}},
// CHECK-NEXT: "bytes_written": {{[0-9]+}},
// CHECK-NEXT: "param_elements": {{[0-9]+}},
// CHECK-NEXT: "ops": {{[0-9]+}},
// CHECK-NEXT: "time_s": null
// CHECK-NEXT: },
// classifier = flatten (a reshape, no work) + fc.
// CHECK-NEXT: {
// CHECK-NEXT: "path": "classifier",
// CHECK-NEXT: "depth": 1,
// CHECK-NEXT: "flops": 2560,
// CHECK-NEXT: "macs": 1280,
// CHECK-NEXT: "int_ops": 0,
// CHECK-NEXT: "transcendentals": 0,
// CHECK-NEXT: "bytes_read": {{[0-9]+}},
// CHECK-NEXT: "bytes_written": {{[0-9]+}},
// CHECK-NEXT: "param_elements": 1280,
// CHECK-NEXT: "ops": {{[0-9]+}},
// CHECK-NEXT: "time_s": null
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT: "path": "classifier.flatten",
// CHECK-NEXT: "depth": 2,
// CHECK-NEXT: "flops": 0,
// CHECK-NEXT: "macs": 0,
// CHECK-NEXT: "int_ops": 0,
// CHECK-NEXT: "transcendentals": 0,
// CHECK-NEXT: "bytes_read": {{[0-9]+}},
// CHECK-NEXT: "bytes_written": {{[0-9]+}},
// CHECK-NEXT: "param_elements": 0,
// CHECK-NEXT: "ops": {{[0-9]+}},
// CHECK-NEXT: "time_s": null
// CHECK-NEXT: },
// matmul 1x128 by 128x10: MACs 1*10*128 = 1280, FLOPs 2560;
// params 128*10 = 1280.
// CHECK-NEXT: {
// CHECK-NEXT: "path": "classifier.fc",
// CHECK-NEXT: "depth": 2,
// CHECK-NEXT: "flops": 2560,
// CHECK-NEXT: "macs": 1280,
// CHECK-NEXT: "int_ops": 0,
// CHECK-NEXT: "transcendentals": 0,
// CHECK-NEXT: "bytes_read": {{[0-9]+}},
// CHECK-NEXT: "bytes_written": {{[0-9]+}},
// CHECK-NEXT: "param_elements": 1280,
// CHECK-NEXT: "ops": {{[0-9]+}},
// CHECK-NEXT: "time_s": null
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT: "path": "classifier.fc.weight",
// CHECK-NEXT: "depth": 3,
// CHECK-NEXT: "flops": 0,
// CHECK-NEXT: "macs": 0,
// CHECK-NEXT: "int_ops": 0,
// CHECK-NEXT: "transcendentals": 0,
// CHECK-NEXT: "bytes_read": {{[0-9]+}},
// CHECK-NEXT: "bytes_written": {{[0-9]+}},
// CHECK-NEXT: "param_elements": {{[0-9]+}},
// CHECK-NEXT: "ops": {{[0-9]+}},
// CHECK-NEXT: "time_s": null
// CHECK-NEXT: }
// CHECK-NEXT: ],

// The module: MACs 11520 + 1280 = 12800.
// CHECK:      "total": {
// CHECK-NEXT:   "flops": 26112,
// CHECK-NEXT:   "macs": 12800,
