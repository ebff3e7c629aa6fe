// RUN: cost-opt --cost-annotate=target=none -split-input-file %s | FileCheck %s

// Tensor ops do no arithmetic; those that make a new tensor count the bytes
// they read and write as if materialised; views and metadata move nothing.

// CHECK-LABEL: func.func @views
func.func @views(%a: tensor<4x8x16xf32>, %d: tensor<?xf32>) -> index {
  %c0 = arith.constant 0 : index
  // no data yet: 0 bytes, 0 FLOPs
  // CHECK: tensor.empty()
  // CHECK-SAME: cost.bytes_read = 0 : i64
  // CHECK-SAME: cost.bytes_written = 0 : i64
  // CHECK-SAME: cost.flops = 0 : i64
  %e = tensor.empty() : tensor<4x8x16xf32>
  // a view of the same 4*8*16 elements: 0 bytes moved
  // CHECK: tensor.collapse_shape
  // CHECK-SAME: cost.bytes_read = 0 : i64
  // CHECK-SAME: cost.bytes_written = 0 : i64
  // CHECK-SAME: cost.flops = 0 : i64
  %c = tensor.collapse_shape %a [[0, 1], [2]] : tensor<4x8x16xf32> into tensor<32x16xf32>
  // a view again: 0 bytes moved
  // CHECK: tensor.expand_shape
  // CHECK-SAME: cost.bytes_read = 0 : i64
  // CHECK-SAME: cost.bytes_written = 0 : i64
  // CHECK-SAME: cost.flops = 0 : i64
  %x = tensor.expand_shape %c [[0, 1], [2]] output_shape [2, 16, 16] : tensor<32x16xf32> into tensor<2x16x16xf32>
  // tensor.dim of a dynamic tensor is metadata: costed, zero, never unresolved.
  // CHECK: tensor.dim
  // CHECK-SAME: cost.bytes_read = 0 : i64
  // CHECK-SAME: cost.bytes_written = 0 : i64
  // CHECK-SAME: cost.flops = 0 : i64
  %n = tensor.dim %d, %c0 : tensor<?xf32>
  return %n : index
}

// -----

// CHECK-LABEL: func.func @copies
func.func @copies(%a: tensor<4x8x16xf32>, %b: tensor<4x8x16xf32>, %i: tensor<4x1xindex>) {
  %zero = arith.constant 0.0 : f32
  // extract_slice 2x8x16 = 256 elements: reads and writes 1024 bytes
  // CHECK: tensor.extract_slice
  // CHECK-SAME: cost.bytes_read = 1024 : i64
  // CHECK-SAME: cost.bytes_written = 1024 : i64
  // CHECK-SAME: cost.flops = 0 : i64
  %s = tensor.extract_slice %a[0, 0, 0] [2, 8, 16] [1, 1, 1] : tensor<4x8x16xf32> to tensor<2x8x16xf32>
  // insert_slice writes the 1024-byte source in place
  // CHECK: tensor.insert_slice
  // CHECK-SAME: cost.bytes_read = 1024 : i64
  // CHECK-SAME: cost.bytes_written = 1024 : i64
  // CHECK-SAME: cost.flops = 0 : i64
  %t = tensor.insert_slice %s into %b[2, 0, 0] [2, 8, 16] [1, 1, 1] : tensor<2x8x16xf32> into tensor<4x8x16xf32>
  // pad to 4x10x18: reads 512*4 = 2048, writes 720*4 = 2880
  // CHECK: tensor.pad
  // CHECK: {{^ *}}} {
  // CHECK-SAME: cost.bytes_read = 2048 : i64
  // CHECK-SAME: cost.bytes_written = 2880 : i64
  // CHECK-SAME: cost.flops = 0 : i64
  %p = tensor.pad %a low[0, 1, 1] high[0, 1, 1] {
  ^bb0(%x: index, %y: index, %z: index):
    tensor.yield %zero : f32
  } : tensor<4x8x16xf32> to tensor<4x10x18xf32>
  // concat: reads 2*2048, writes 4096
  // CHECK: tensor.concat
  // CHECK-SAME: cost.bytes_read = 4096 : i64
  // CHECK-SAME: cost.bytes_written = 4096 : i64
  // CHECK-SAME: cost.flops = 0 : i64
  %c = tensor.concat dim(0) %a, %b : (tensor<4x8x16xf32>, tensor<4x8x16xf32>) -> tensor<8x8x16xf32>
  // gather 4 rows of 8x16: reads indices 4*8 = 32 plus 4*128*4 = 2048 gathered, writes 2048
  // CHECK: tensor.gather
  // CHECK-SAME: cost.bytes_read = 2080 : i64
  // CHECK-SAME: cost.bytes_written = 2048 : i64
  // CHECK-SAME: cost.flops = 0 : i64
  %g = tensor.gather %a[%i] gather_dims([0]) : (tensor<4x8x16xf32>, tensor<4x1xindex>) -> tensor<4x1x8x16xf32>
  return
}

// -----

// CHECK-LABEL: func.func @elements
func.func @elements(%a: tensor<4x8xf16>, %v: f16, %i: index) -> tensor<4x8xf16> {
  // extract: one f16 element = 2 bytes read
  // CHECK: tensor.extract
  // CHECK-SAME: cost.bytes_read = 2 : i64
  // CHECK-SAME: cost.bytes_written = 0 : i64
  // CHECK-SAME: cost.flops = 0 : i64
  %x = tensor.extract %a[%i, %i] : tensor<4x8xf16>
  // insert: 2 bytes written
  // CHECK: tensor.insert
  // CHECK-SAME: cost.bytes_read = 0 : i64
  // CHECK-SAME: cost.bytes_written = 2 : i64
  // CHECK-SAME: cost.flops = 0 : i64
  %y = tensor.insert %v into %a[%i, %i] : tensor<4x8xf16>
  // splat: writes 32*2 = 64
  // CHECK: tensor.splat
  // CHECK-SAME: cost.bytes_read = 0 : i64
  // CHECK-SAME: cost.bytes_written = 64 : i64
  // CHECK-SAME: cost.flops = 0 : i64
  %z = tensor.splat %x : tensor<4x8xf16>
  // generate runs its body once per element: 32 addf = 32 FLOPs; writes 64
  // CHECK: tensor.generate
  // CHECK: {{^ *}}} {
  // CHECK-SAME: cost.bytes_read = 0 : i64
  // CHECK-SAME: cost.bytes_written = 64 : i64
  // CHECK-SAME: cost.flops = 32 : i64
  %w = tensor.generate {
  ^bb0(%r: index, %c: index):
    %s = arith.addf %v, %x : f16
    tensor.yield %s : f16
  } : tensor<4x8xf16>
  return %w : tensor<4x8xf16>
}
