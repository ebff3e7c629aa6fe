// One location form per layer, as exporters write them: a NameLoc with the
// module path (torch-mlir), a call-site stack (stack-trace exporters), a
// TensorFlow name with '/', a fused location, and none. Every matmul is
// MxK times KxN: MACs = M*N*K, FLOPs = 2*M*N*K, bytes read = 4*(M*K + K*N +
// M*N) (the init is read), written = 4*M*N.
// RUN: cost-opt --flops --target=none --format=json --layers %s | FileCheck %s
// RUN: cost-opt --flops --target=none --exact --layers=2 %s | FileCheck %s --check-prefix=TEXT
// RUN: cost-opt --flops --target=none --format=csv %s | FileCheck %s --check-prefix=CSV

func.func @forward(%x: tensor<4x8xf32>, %w1: tensor<8x16xf32>, %o1: tensor<4x16xf32>,
                   %w2: tensor<16x2xf32>, %o2: tensor<4x2xf32>, %w3: tensor<2x2xf32>,
                   %w4: tensor<2x8xf32>, %o4: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %0 = linalg.matmul ins(%x, %w1 : tensor<4x8xf32>, tensor<8x16xf32>) outs(%o1 : tensor<4x16xf32>) -> tensor<4x16xf32> loc("layer1.0.conv1"("resnet.py":92:0))
  %1 = linalg.matmul ins(%0, %w2 : tensor<4x16xf32>, tensor<16x2xf32>) outs(%o2 : tensor<4x2xf32>) -> tensor<4x2xf32> loc(callsite("layer1.1.fc"("resnet.py":146:0) at callsite("forward"("container.py":204:0) at "train.py":10:0)))
  %2 = linalg.matmul ins(%1, %w3 : tensor<4x2xf32>, tensor<2x2xf32>) outs(%o2 : tensor<4x2xf32>) -> tensor<4x2xf32> loc("model/dense_1/MatMul")
  %3 = linalg.matmul ins(%2, %w4 : tensor<4x2xf32>, tensor<2x8xf32>) outs(%o4 : tensor<4x8xf32>) -> tensor<4x8xf32> loc(fused["head.fc"("resnet.py":120:0), "head.bias"])
  %4 = linalg.add ins(%3, %3 : tensor<4x8xf32>, tensor<4x8xf32>) outs(%o4 : tensor<4x8xf32>) -> tensor<4x8xf32> loc("resnet.py":130:0)
  return %4 : tensor<4x8xf32>
}

// CHECK:      "layers": [
// layer1 = conv1 + fc (below): FLOPs 1024 + 256 = 1280, MACs 512 + 128 = 640,
// read 896 + 416 = 1312, written 256 + 32 = 288, 2 ops.
// CHECK-NEXT: {
// CHECK-NEXT: "path": "layer1",
// CHECK-NEXT: "depth": 1,
// CHECK-NEXT: "flops": 1280,
// CHECK-NEXT: "macs": 640,
// CHECK-NEXT: "int_ops": 0,
// CHECK-NEXT: "transcendentals": 0,
// CHECK-NEXT: "bytes_read": 1312,
// CHECK-NEXT: "bytes_written": 288,
// CHECK-NEXT: "param_elements": 0,
// CHECK-NEXT: "ops": 2,
// CHECK-NEXT: "time_s": null
// CHECK-NEXT: },
// layer1.0 holds only conv1.
// CHECK-NEXT: {
// CHECK-NEXT: "path": "layer1.0",
// CHECK-NEXT: "depth": 2,
// CHECK-NEXT: "flops": 1024,
// CHECK-NEXT: "macs": 512,
// CHECK-NEXT: "int_ops": 0,
// CHECK-NEXT: "transcendentals": 0,
// CHECK-NEXT: "bytes_read": 896,
// CHECK-NEXT: "bytes_written": 256,
// CHECK-NEXT: "param_elements": 0,
// CHECK-NEXT: "ops": 1,
// CHECK-NEXT: "time_s": null
// CHECK-NEXT: },
// conv1 (NameLoc): M=4 K=8 N=16: MACs 4*16*8 = 512, FLOPs 2*512 = 1024,
// read 4*(4*8 + 8*16 + 4*16) = 896, written 4*4*16 = 256.
// CHECK-NEXT: {
// CHECK-NEXT: "path": "layer1.0.conv1",
// CHECK-NEXT: "depth": 3,
// CHECK-NEXT: "flops": 1024,
// CHECK-NEXT: "macs": 512,
// CHECK-NEXT: "int_ops": 0,
// CHECK-NEXT: "transcendentals": 0,
// CHECK-NEXT: "bytes_read": 896,
// CHECK-NEXT: "bytes_written": 256,
// CHECK-NEXT: "param_elements": 0,
// CHECK-NEXT: "ops": 1,
// CHECK-NEXT: "time_s": null
// CHECK-NEXT: },
// layer1.1 holds only fc.
// CHECK-NEXT: {
// CHECK-NEXT: "path": "layer1.1",
// CHECK-NEXT: "depth": 2,
// CHECK-NEXT: "flops": 256,
// CHECK-NEXT: "macs": 128,
// CHECK-NEXT: "int_ops": 0,
// CHECK-NEXT: "transcendentals": 0,
// CHECK-NEXT: "bytes_read": 416,
// CHECK-NEXT: "bytes_written": 32,
// CHECK-NEXT: "param_elements": 0,
// CHECK-NEXT: "ops": 1,
// CHECK-NEXT: "time_s": null
// CHECK-NEXT: },
// fc (call-site stack: the callee's name, not "forward"): M=4 K=16 N=2:
// MACs 4*2*16 = 128, FLOPs 256, read 4*(4*16 + 16*2 + 4*2) = 416,
// written 4*4*2 = 32.
// CHECK-NEXT: {
// CHECK-NEXT: "path": "layer1.1.fc",
// CHECK-NEXT: "depth": 3,
// CHECK-NEXT: "flops": 256,
// CHECK-NEXT: "macs": 128,
// CHECK-NEXT: "int_ops": 0,
// CHECK-NEXT: "transcendentals": 0,
// CHECK-NEXT: "bytes_read": 416,
// CHECK-NEXT: "bytes_written": 32,
// CHECK-NEXT: "param_elements": 0,
// CHECK-NEXT: "ops": 1,
// CHECK-NEXT: "time_s": null
// CHECK-NEXT: },
// TensorFlow name split on '/': model > model/dense_1 > model/dense_1/MatMul,
// all three the one matmul M=4 K=2 N=2: MACs 4*2*2 = 16, FLOPs 32,
// read 4*(4*2 + 2*2 + 4*2) = 80, written 4*4*2 = 32.
// CHECK-NEXT: {
// CHECK-NEXT: "path": "model",
// CHECK-NEXT: "depth": 1,
// CHECK-NEXT: "flops": 32,
// CHECK-NEXT: "macs": 16,
// CHECK-NEXT: "int_ops": 0,
// CHECK-NEXT: "transcendentals": 0,
// CHECK-NEXT: "bytes_read": 80,
// CHECK-NEXT: "bytes_written": 32,
// CHECK-NEXT: "param_elements": 0,
// CHECK-NEXT: "ops": 1,
// CHECK-NEXT: "time_s": null
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT: "path": "model/dense_1",
// CHECK-NEXT: "depth": 2,
// CHECK-NEXT: "flops": 32,
// CHECK-NEXT: "macs": 16,
// CHECK-NEXT: "int_ops": 0,
// CHECK-NEXT: "transcendentals": 0,
// CHECK-NEXT: "bytes_read": 80,
// CHECK-NEXT: "bytes_written": 32,
// CHECK-NEXT: "param_elements": 0,
// CHECK-NEXT: "ops": 1,
// CHECK-NEXT: "time_s": null
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT: "path": "model/dense_1/MatMul",
// CHECK-NEXT: "depth": 3,
// CHECK-NEXT: "flops": 32,
// CHECK-NEXT: "macs": 16,
// CHECK-NEXT: "int_ops": 0,
// CHECK-NEXT: "transcendentals": 0,
// CHECK-NEXT: "bytes_read": 80,
// CHECK-NEXT: "bytes_written": 32,
// CHECK-NEXT: "param_elements": 0,
// CHECK-NEXT: "ops": 1,
// CHECK-NEXT: "time_s": null
// CHECK-NEXT: },
// Fused location: its first name, "head.fc". M=4 K=2 N=8: MACs 4*8*2 = 64,
// FLOPs 128, read 4*(4*2 + 2*8 + 4*8) = 224, written 4*4*8 = 128.
// CHECK-NEXT: {
// CHECK-NEXT: "path": "head",
// CHECK-NEXT: "depth": 1,
// CHECK-NEXT: "flops": 128,
// CHECK-NEXT: "macs": 64,
// CHECK-NEXT: "int_ops": 0,
// CHECK-NEXT: "transcendentals": 0,
// CHECK-NEXT: "bytes_read": 224,
// CHECK-NEXT: "bytes_written": 128,
// CHECK-NEXT: "param_elements": 0,
// CHECK-NEXT: "ops": 1,
// CHECK-NEXT: "time_s": null
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT: "path": "head.fc",
// CHECK-NEXT: "depth": 2,
// CHECK-NEXT: "flops": 128,
// CHECK-NEXT: "macs": 64,
// CHECK-NEXT: "int_ops": 0,
// CHECK-NEXT: "transcendentals": 0,
// CHECK-NEXT: "bytes_read": 224,
// CHECK-NEXT: "bytes_written": 128,
// CHECK-NEXT: "param_elements": 0,
// CHECK-NEXT: "ops": 1,
// CHECK-NEXT: "time_s": null
// CHECK-NEXT: },
// A file location only: linalg.add of 4x8: FLOPs 32, read 2*4*32 = 256
// (the init is not read), written 4*32 = 128.
// CHECK-NEXT: {
// CHECK-NEXT: "path": "(no layer)",
// CHECK-NEXT: "depth": 1,
// CHECK-NEXT: "flops": 32,
// CHECK-NEXT: "macs": 0,
// CHECK-NEXT: "int_ops": 0,
// CHECK-NEXT: "transcendentals": 0,
// CHECK-NEXT: "bytes_read": 256,
// CHECK-NEXT: "bytes_written": 128,
// CHECK-NEXT: "param_elements": 0,
// CHECK-NEXT: "ops": 1,
// CHECK-NEXT: "time_s": null
// CHECK-NEXT: }
// CHECK-NEXT: ],


// Depth 2 folds conv1, fc and MatMul into their parents; the total is the
// module's: FLOPs 1280 + 32 + 128 + 32 = 1472, MACs 640 + 16 + 64 = 720.
// TEXT:      Cost by layer (each row includes the rows indented under it; counts per run of the module; rows deeper than 2 folded into their parent):
// TEXT-NEXT: layer            FLOPs  MACs  int OPs  transcendentals  read  written  params  ops  % FLOPs
// TEXT-NEXT: layer1            1280   640        0                0  1312      288       0    2    87.0%
// TEXT-NEXT:   layer1.0        1024   512        0                0   896      256       0    1    69.6%
// TEXT-NEXT:   layer1.1         256   128        0                0   416       32       0    1    17.4%
// TEXT-NEXT: model               32    16        0                0    80       32       0    1     2.2%
// TEXT-NEXT:   model/dense_1     32    16        0                0    80       32       0    1     2.2%
// TEXT-NEXT: head               128    64        0                0   224      128       0    1     8.7%
// TEXT-NEXT:   head.fc          128    64        0                0   224      128       0    1     8.7%
// TEXT-NEXT: (no layer)          32     0        0                0   256      128       0    1     2.2%
// TEXT-NEXT: -----
// TEXT-NEXT: total             1472   720        0                0  1872      576       0    5   100.0%
// TEXT-NOT:  note: the layers do not add up

// The CSV names each op's full layer.
// CSV:      function,op,loc,{{.*}},bound,layer
// CSV-NEXT: forward,linalg.matmul,{{.*}},layer1.0.conv1
// CSV-NEXT: forward,linalg.matmul,{{.*}},layer1.1.fc
// CSV-NEXT: forward,linalg.matmul,{{.*}},model/dense_1/MatMul
// CSV-NEXT: forward,linalg.matmul,{{.*}},head.fc
// CSV-NEXT: forward,linalg.add,{{.*}},(no layer)
