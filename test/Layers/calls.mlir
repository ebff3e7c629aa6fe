// Execution counts: an op in a loop counts its trips; an op in a called
// function counts at its own location, once per call. A weight counts
// toward the layer of its first user.
// RUN: cost-opt --flops --target=none --format=json --layers %s | FileCheck %s
// RUN: cost-opt --flops --target=none --format=json --group-by=source %s | FileCheck %s --check-prefix=SRC
// RUN: cost-opt --flops --target=none --format=csv --group-by=source %s | FileCheck %s --check-prefix=CSV

ml_program.global private @table(dense<1.0> : tensor<2x4xf32>) : tensor<2x4xf32>

func.func private @block(%a: tensor<4x4xf32>, %w: tensor<4x4xf32>) -> tensor<4x4xf32> {
  %init = tensor.empty() : tensor<4x4xf32> loc("block.init"("model.py":20:0))
  %c = linalg.matmul ins(%a, %w : tensor<4x4xf32>, tensor<4x4xf32>) outs(%init : tensor<4x4xf32>) -> tensor<4x4xf32> loc("block.mm"("model.py":21:0))
  return %c : tensor<4x4xf32>
}

func.func @forward(%x: tensor<4x4xf32>) -> (tensor<4x4xf32>, tensor<2x4xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c3 = arith.constant 3 : index
  %w = arith.constant dense<1.0> : tensor<4x4xf32> loc("stem.weight"("model.py":5:0))
  %e = tensor.empty() : tensor<4x4xf32> loc("stem.init"("model.py":6:0))
  %0 = linalg.matmul ins(%x, %w : tensor<4x4xf32>, tensor<4x4xf32>) outs(%e : tensor<4x4xf32>) -> tensor<4x4xf32> loc("stem.mm"("model.py":7:0))
  %1 = func.call @block(%0, %w) : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xf32> loc("blocks.0"("model.py":8:0))
  %2 = scf.for %i = %c0 to %c3 step %c1 iter_args(%acc = %1) -> (tensor<4x4xf32>) {
    %3 = func.call @block(%acc, %w) : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xf32> loc("blocks.1"("model.py":10:0))
    %4 = linalg.add ins(%3, %acc : tensor<4x4xf32>, tensor<4x4xf32>) outs(%e : tensor<4x4xf32>) -> tensor<4x4xf32> loc("blocks.1.add"("model.py":11:0))
    scf.yield %4 : tensor<4x4xf32>
  }
  %t = ml_program.global_load_const @table : tensor<2x4xf32> loc("head.table"("model.py":14:0))
  return %2, %t : tensor<4x4xf32>, tensor<2x4xf32>
}

// CHECK:      "layers": [
// block = block.init + block.mm.
// CHECK-NEXT: {
// CHECK-NEXT: "path": "block",
// CHECK-NEXT: "depth": 1,
// CHECK-NEXT: "flops": 512,
// CHECK-NEXT: "macs": 256,
// CHECK-NEXT: "int_ops": 0,
// CHECK-NEXT: "transcendentals": 0,
// CHECK-NEXT: "bytes_read": 768,
// CHECK-NEXT: "bytes_written": 256,
// CHECK-NEXT: "param_elements": 0,
// CHECK-NEXT: "ops": 2,
// CHECK-NEXT: "time_s": null
// CHECK-NEXT: },
// tensor.empty: no work, one op.
// CHECK-NEXT: {
// CHECK-NEXT: "path": "block.init",
// CHECK-NEXT: "depth": 2,
// CHECK-NEXT: "flops": 0,
// CHECK-NEXT: "macs": 0,
// CHECK-NEXT: "int_ops": 0,
// CHECK-NEXT: "transcendentals": 0,
// CHECK-NEXT: "bytes_read": 0,
// CHECK-NEXT: "bytes_written": 0,
// CHECK-NEXT: "param_elements": 0,
// CHECK-NEXT: "ops": 1,
// CHECK-NEXT: "time_s": null
// CHECK-NEXT: },
// @block runs 1 (the call "blocks.0") + 3 (the call in the loop of 3
// trips) = 4 times; its matmul counts at its own location, 4 times:
// 4x4x4 matmul: MACs 4 * 4*4*4 = 256, FLOPs 2*256 = 512,
// read 4 * 4*(16 + 16 + 16) = 768, written 4 * 4*16 = 256.
// CHECK-NEXT: {
// CHECK-NEXT: "path": "block.mm",
// CHECK-NEXT: "depth": 2,
// CHECK-NEXT: "flops": 512,
// CHECK-NEXT: "macs": 256,
// CHECK-NEXT: "int_ops": 0,
// CHECK-NEXT: "transcendentals": 0,
// CHECK-NEXT: "bytes_read": 768,
// CHECK-NEXT: "bytes_written": 256,
// CHECK-NEXT: "param_elements": 0,
// CHECK-NEXT: "ops": 1,
// CHECK-NEXT: "time_s": null
// CHECK-NEXT: },
// The three index constants (no name): no work.
// CHECK-NEXT: {
// CHECK-NEXT: "path": "(no layer)",
// CHECK-NEXT: "depth": 1,
// CHECK-NEXT: "flops": 0,
// CHECK-NEXT: "macs": 0,
// CHECK-NEXT: "int_ops": 0,
// CHECK-NEXT: "transcendentals": 0,
// CHECK-NEXT: "bytes_read": 0,
// CHECK-NEXT: "bytes_written": 0,
// CHECK-NEXT: "param_elements": 0,
// CHECK-NEXT: "ops": 3,
// CHECK-NEXT: "time_s": null
// CHECK-NEXT: },
// stem = weight + init + mm; the weight (4x4 = 16 elements) counts where
// its first user is: stem.mm (before the two calls that also use it).
// CHECK-NEXT: {
// CHECK-NEXT: "path": "stem",
// CHECK-NEXT: "depth": 1,
// CHECK-NEXT: "flops": 128,
// CHECK-NEXT: "macs": 64,
// CHECK-NEXT: "int_ops": 0,
// CHECK-NEXT: "transcendentals": 0,
// CHECK-NEXT: "bytes_read": 192,
// CHECK-NEXT: "bytes_written": 64,
// CHECK-NEXT: "param_elements": 16,
// CHECK-NEXT: "ops": 3,
// CHECK-NEXT: "time_s": null
// CHECK-NEXT: },
// One run: MACs 4*4*4 = 64, FLOPs 128, read 4*(16 + 16 + 16) = 192,
// written 4*16 = 64.
// CHECK-NEXT: {
// CHECK-NEXT: "path": "stem.mm",
// CHECK-NEXT: "depth": 2,
// CHECK-NEXT: "flops": 128,
// CHECK-NEXT: "macs": 64,
// CHECK-NEXT: "int_ops": 0,
// CHECK-NEXT: "transcendentals": 0,
// CHECK-NEXT: "bytes_read": 192,
// CHECK-NEXT: "bytes_written": 64,
// CHECK-NEXT: "param_elements": 16,
// CHECK-NEXT: "ops": 1,
// CHECK-NEXT: "time_s": null
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT: "path": "stem.weight",
// CHECK-NEXT: "depth": 2,
// CHECK-NEXT: "flops": 0,
// CHECK-NEXT: "macs": 0,
// CHECK-NEXT: "int_ops": 0,
// CHECK-NEXT: "transcendentals": 0,
// CHECK-NEXT: "bytes_read": 0,
// CHECK-NEXT: "bytes_written": 0,
// CHECK-NEXT: "param_elements": 0,
// CHECK-NEXT: "ops": 1,
// CHECK-NEXT: "time_s": null
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT: "path": "stem.init",
// CHECK-NEXT: "depth": 2,
// CHECK-NEXT: "flops": 0,
// CHECK-NEXT: "macs": 0,
// CHECK-NEXT: "int_ops": 0,
// CHECK-NEXT: "transcendentals": 0,
// CHECK-NEXT: "bytes_read": 0,
// CHECK-NEXT: "bytes_written": 0,
// CHECK-NEXT: "param_elements": 0,
// CHECK-NEXT: "ops": 1,
// CHECK-NEXT: "time_s": null
// CHECK-NEXT: },
// The calls "blocks.0" and "blocks.1" hold no cost of their own: their
// callee's ops count at their own locations (block.mm). What is left is
// the add in the loop, 3 trips: FLOPs 3 * 16 = 48, read 3 * 2*4*16 = 384,
// written 3 * 4*16 = 192.
// CHECK-NEXT: {
// CHECK-NEXT: "path": "blocks",
// CHECK-NEXT: "depth": 1,
// CHECK-NEXT: "flops": 48,
// CHECK-NEXT: "macs": 0,
// CHECK-NEXT: "int_ops": 0,
// CHECK-NEXT: "transcendentals": 0,
// CHECK-NEXT: "bytes_read": 384,
// CHECK-NEXT: "bytes_written": 192,
// CHECK-NEXT: "param_elements": 0,
// CHECK-NEXT: "ops": 1,
// CHECK-NEXT: "time_s": null
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT: "path": "blocks.1",
// CHECK-NEXT: "depth": 2,
// CHECK-NEXT: "flops": 48,
// CHECK-NEXT: "macs": 0,
// CHECK-NEXT: "int_ops": 0,
// CHECK-NEXT: "transcendentals": 0,
// CHECK-NEXT: "bytes_read": 384,
// CHECK-NEXT: "bytes_written": 192,
// CHECK-NEXT: "param_elements": 0,
// CHECK-NEXT: "ops": 1,
// CHECK-NEXT: "time_s": null
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT: "path": "blocks.1.add",
// CHECK-NEXT: "depth": 3,
// CHECK-NEXT: "flops": 48,
// CHECK-NEXT: "macs": 0,
// CHECK-NEXT: "int_ops": 0,
// CHECK-NEXT: "transcendentals": 0,
// CHECK-NEXT: "bytes_read": 384,
// CHECK-NEXT: "bytes_written": 192,
// CHECK-NEXT: "param_elements": 0,
// CHECK-NEXT: "ops": 1,
// CHECK-NEXT: "time_s": null
// CHECK-NEXT: },
// The global @table (2x4 = 8 elements) counts at its load's layer.
// CHECK-NEXT: {
// CHECK-NEXT: "path": "head",
// CHECK-NEXT: "depth": 1,
// CHECK-NEXT: "flops": 0,
// CHECK-NEXT: "macs": 0,
// CHECK-NEXT: "int_ops": 0,
// CHECK-NEXT: "transcendentals": 0,
// CHECK-NEXT: "bytes_read": 0,
// CHECK-NEXT: "bytes_written": 0,
// CHECK-NEXT: "param_elements": 8,
// CHECK-NEXT: "ops": 1,
// CHECK-NEXT: "time_s": null
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT: "path": "head.table",
// CHECK-NEXT: "depth": 2,
// CHECK-NEXT: "flops": 0,
// CHECK-NEXT: "macs": 0,
// CHECK-NEXT: "int_ops": 0,
// CHECK-NEXT: "transcendentals": 0,
// CHECK-NEXT: "bytes_read": 0,
// CHECK-NEXT: "bytes_written": 0,
// CHECK-NEXT: "param_elements": 8,
// CHECK-NEXT: "ops": 1,
// CHECK-NEXT: "time_s": null
// CHECK-NEXT: }
// CHECK-NEXT: ],

// SRC:      "layers": [
// Every op with a file location in model.py; the total of the module:
// FLOPs 512 + 128 + 48 = 688, MACs 256 + 64 = 320, params 16 + 8 = 24.
// SRC-NEXT: {
// SRC-NEXT: "path": "model.py",
// SRC-NEXT: "depth": 1,
// SRC-NEXT: "flops": 688,
// SRC-NEXT: "macs": 320,
// SRC-NEXT: "int_ops": 0,
// SRC-NEXT: "transcendentals": 0,
// SRC-NEXT: "bytes_read": 1344,
// SRC-NEXT: "bytes_written": 512,
// SRC-NEXT: "param_elements": 24,
// SRC-NEXT: "ops": 7,
// SRC-NEXT: "time_s": null
// SRC-NEXT: },
// SRC-NEXT: {
// SRC-NEXT: "path": "model.py:20",
// SRC-NEXT: "depth": 2,
// SRC-NEXT: "flops": 0,
// SRC-NEXT: "macs": 0,
// SRC-NEXT: "int_ops": 0,
// SRC-NEXT: "transcendentals": 0,
// SRC-NEXT: "bytes_read": 0,
// SRC-NEXT: "bytes_written": 0,
// SRC-NEXT: "param_elements": 0,
// SRC-NEXT: "ops": 1,
// SRC-NEXT: "time_s": null
// SRC-NEXT: },
// block.mm's line (4 runs, as above).
// SRC-NEXT: {
// SRC-NEXT: "path": "model.py:21",
// SRC-NEXT: "depth": 2,
// SRC-NEXT: "flops": 512,
// SRC-NEXT: "macs": 256,
// SRC-NEXT: "int_ops": 0,
// SRC-NEXT: "transcendentals": 0,
// SRC-NEXT: "bytes_read": 768,
// SRC-NEXT: "bytes_written": 256,
// SRC-NEXT: "param_elements": 0,
// SRC-NEXT: "ops": 1,
// SRC-NEXT: "time_s": null
// SRC-NEXT: },
// stem.mm's line, with the weight of line 5 (its first user is here).
// SRC-NEXT: {
// SRC-NEXT: "path": "model.py:7",
// SRC-NEXT: "depth": 2,
// SRC-NEXT: "flops": 128,
// SRC-NEXT: "macs": 64,
// SRC-NEXT: "int_ops": 0,
// SRC-NEXT: "transcendentals": 0,
// SRC-NEXT: "bytes_read": 192,
// SRC-NEXT: "bytes_written": 64,
// SRC-NEXT: "param_elements": 16,
// SRC-NEXT: "ops": 1,
// SRC-NEXT: "time_s": null
// SRC-NEXT: },
// SRC-NEXT: {
// SRC-NEXT: "path": "model.py:5",
// SRC-NEXT: "depth": 2,
// SRC-NEXT: "flops": 0,
// SRC-NEXT: "macs": 0,
// SRC-NEXT: "int_ops": 0,
// SRC-NEXT: "transcendentals": 0,
// SRC-NEXT: "bytes_read": 0,
// SRC-NEXT: "bytes_written": 0,
// SRC-NEXT: "param_elements": 0,
// SRC-NEXT: "ops": 1,
// SRC-NEXT: "time_s": null
// SRC-NEXT: },
// SRC-NEXT: {
// SRC-NEXT: "path": "model.py:6",
// SRC-NEXT: "depth": 2,
// SRC-NEXT: "flops": 0,
// SRC-NEXT: "macs": 0,
// SRC-NEXT: "int_ops": 0,
// SRC-NEXT: "transcendentals": 0,
// SRC-NEXT: "bytes_read": 0,
// SRC-NEXT: "bytes_written": 0,
// SRC-NEXT: "param_elements": 0,
// SRC-NEXT: "ops": 1,
// SRC-NEXT: "time_s": null
// SRC-NEXT: },
// The add in the loop (3 trips).
// SRC-NEXT: {
// SRC-NEXT: "path": "model.py:11",
// SRC-NEXT: "depth": 2,
// SRC-NEXT: "flops": 48,
// SRC-NEXT: "macs": 0,
// SRC-NEXT: "int_ops": 0,
// SRC-NEXT: "transcendentals": 0,
// SRC-NEXT: "bytes_read": 384,
// SRC-NEXT: "bytes_written": 192,
// SRC-NEXT: "param_elements": 0,
// SRC-NEXT: "ops": 1,
// SRC-NEXT: "time_s": null
// SRC-NEXT: },
// The load of @table (8 elements).
// SRC-NEXT: {
// SRC-NEXT: "path": "model.py:14",
// SRC-NEXT: "depth": 2,
// SRC-NEXT: "flops": 0,
// SRC-NEXT: "macs": 0,
// SRC-NEXT: "int_ops": 0,
// SRC-NEXT: "transcendentals": 0,
// SRC-NEXT: "bytes_read": 0,
// SRC-NEXT: "bytes_written": 0,
// SRC-NEXT: "param_elements": 8,
// SRC-NEXT: "ops": 1,
// SRC-NEXT: "time_s": null
// SRC-NEXT: },
// The unnamed index constants, at their lines of this file.
// SRC-NEXT: {
// SRC-NEXT: "path": "{{.*}}calls.mlir",
// SRC-NEXT: "depth": 1,
// SRC-NEXT: "flops": 0,
// SRC-NEXT: "macs": 0,
// SRC-NEXT: "int_ops": 0,
// SRC-NEXT: "transcendentals": 0,
// SRC-NEXT: "bytes_read": 0,
// SRC-NEXT: "bytes_written": 0,
// SRC-NEXT: "param_elements": 0,
// SRC-NEXT: "ops": 3,
// SRC-NEXT: "time_s": null
// SRC-NEXT: },
// SRC-NEXT: {
// SRC-NEXT: "path": "{{.*}}calls.mlir:{{[0-9]+}}",
// SRC-NEXT: "depth": 2,
// SRC-NEXT: "flops": 0,
// SRC-NEXT: "macs": 0,
// SRC-NEXT: "int_ops": 0,
// SRC-NEXT: "transcendentals": 0,
// SRC-NEXT: "bytes_read": 0,
// SRC-NEXT: "bytes_written": 0,
// SRC-NEXT: "param_elements": 0,
// SRC-NEXT: "ops": 1,
// SRC-NEXT: "time_s": null
// SRC-NEXT: },
// SRC-NEXT: {
// SRC-NEXT: "path": "{{.*}}calls.mlir:{{[0-9]+}}",
// SRC-NEXT: "depth": 2,
// SRC-NEXT: "flops": 0,
// SRC-NEXT: "macs": 0,
// SRC-NEXT: "int_ops": 0,
// SRC-NEXT: "transcendentals": 0,
// SRC-NEXT: "bytes_read": 0,
// SRC-NEXT: "bytes_written": 0,
// SRC-NEXT: "param_elements": 0,
// SRC-NEXT: "ops": 1,
// SRC-NEXT: "time_s": null
// SRC-NEXT: },
// SRC-NEXT: {
// SRC-NEXT: "path": "{{.*}}calls.mlir:{{[0-9]+}}",
// SRC-NEXT: "depth": 2,
// SRC-NEXT: "flops": 0,
// SRC-NEXT: "macs": 0,
// SRC-NEXT: "int_ops": 0,
// SRC-NEXT: "transcendentals": 0,
// SRC-NEXT: "bytes_read": 0,
// SRC-NEXT: "bytes_written": 0,
// SRC-NEXT: "param_elements": 0,
// SRC-NEXT: "ops": 1,
// SRC-NEXT: "time_s": null
// SRC-NEXT: }
// SRC-NEXT: ],

// The rows add up to the module total: FLOPs 688, MACs 320.
// SRC:      "total": {
// SRC-NEXT:   "flops": 688,
// SRC-NEXT:   "macs": 320,

// With --group-by=source the CSV's layer column is the source line; the
// call rows name the line of the call.
// CSV:      function,op,{{.*}},layer
// CSV-NEXT: block,tensor.empty,{{.*}},model.py:20
// CSV-NEXT: block,linalg.matmul,{{.*}},model.py:21
// CSV:      forward,func.call,{{.*}},model.py:8
