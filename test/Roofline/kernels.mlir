// RUN: cost-opt --flops --format=json %s | FileCheck %s
// RUN: cost-opt --flops %s | FileCheck %s --check-prefix=TEXT
// RUN: cost-opt --flops --format=json --compute-efficiency=0.5 --bandwidth-efficiency=0.8 %s | FileCheck %s --check-prefix=EFF
// RUN: cost-opt --flops --format=json --allow-tf32 %s | FileCheck %s --check-prefix=TF32

// Roofline estimates on the default chip, h100-sxm (targets/h100-sxm.yaml):
// dense peaks bf16 989.5 TFLOP/s, fp32 67 TFLOP/s, tf32 494.5 TFLOP/s,
// int8 1979 TOP/s; memory 3.35 TB/s. Time = max(work / peak, bytes / bw).

// bf16 GEMM 8192^3: FLOPs = 2 * 8192^3 = 1099511627776.
// Bytes: A and B read, 8192*8192*2 = 134217728 each; C (bf16) read as the
// init and written: 134217728 + 134217728. Total 536870912 B.
// compute = 1099511627776 / 989.5e12 = 1.111179e-3 s
// memory  = 536870912 / 3.35e12      = 1.602600e-4 s  -> compute-bound.
func.func @gemm_bf16(%a: tensor<8192x8192xbf16>, %b: tensor<8192x8192xbf16>, %c: tensor<8192x8192xbf16>) -> tensor<8192x8192xbf16> {
  %0 = linalg.matmul ins(%a, %b : tensor<8192x8192xbf16>, tensor<8192x8192xbf16>) outs(%c : tensor<8192x8192xbf16>) -> tensor<8192x8192xbf16>
  return %0 : tensor<8192x8192xbf16>
}

// f32 add of two 8192x8192 tensors: FLOPs = 8192^2 = 67108864.
// Bytes: two inputs read, one output written, 8192*8192*4 = 268435456
// (256 MiB) each: 805306368 B. (The init of an elementwise op is not read.)
// compute = 67108864 / 67e12   = 1.001625e-6 s
// memory  = 805306368 / 3.35e12 = 2.403900e-4 s -> memory-bound.
func.func @add_f32(%a: tensor<8192x8192xf32>, %b: tensor<8192x8192xf32>) -> tensor<8192x8192xf32> {
  %e = tensor.empty() : tensor<8192x8192xf32>
  %0 = linalg.add ins(%a, %b : tensor<8192x8192xf32>, tensor<8192x8192xf32>) outs(%e : tensor<8192x8192xf32>) -> tensor<8192x8192xf32>
  return %0 : tensor<8192x8192xf32>
}

// int8 conv, i32 accumulator: 1x56x56x64 outputs, 3x3x64 taps each.
// MACs = 56*56*64 * 3*3*64 = 115605504; int OPs = 2 * MACs = 231211008.
// Bytes: input 58*58*64 = 215296, filter 3*3*64*64 = 36864, init read and
// output written 56*56*64*4 = 802816 each: 1857792 B.
// compute = 231211008 / 1979e12 = 1.168322e-7 s (the INT8 peak)
// memory  = 1857792 / 3.35e12   = 5.545648e-7 s -> memory-bound.
func.func @conv_i8(%x: tensor<1x58x58x64xi8>, %w: tensor<3x3x64x64xi8>, %acc: tensor<1x56x56x64xi32>) -> tensor<1x56x56x64xi32> {
  %0 = linalg.conv_2d_nhwc_hwcf ins(%x, %w : tensor<1x58x58x64xi8>, tensor<3x3x64x64xi8>) outs(%acc : tensor<1x56x56x64xi32>) -> tensor<1x56x56x64xi32>
  return %0 : tensor<1x56x56x64xi32>
}

// f32 GEMM 1024^3: FLOPs = 2 * 1024^3 = 2147483648; bytes 4 * 4194304 =
// 16777216. fp32: 2147483648 / 67e12 = 3.205199e-5 s (compute-bound);
// with --allow-tf32, see the TF32 lines below.
func.func @gemm_f32(%a: tensor<1024x1024xf32>, %b: tensor<1024x1024xf32>, %c: tensor<1024x1024xf32>) -> tensor<1024x1024xf32> {
  %0 = linalg.matmul ins(%a, %b : tensor<1024x1024xf32>, tensor<1024x1024xf32>) outs(%c : tensor<1024x1024xf32>) -> tensor<1024x1024xf32>
  return %0 : tensor<1024x1024xf32>
}

// Each function alone is one op: time = its max; lower bound = max(work at
// peak, arguments + results once): the same bytes here, so equal.
// CHECK:      "name": "gemm_bf16",
// CHECK:      "roofline": {
// CHECK-NEXT:   "target": "h100-sxm",
// CHECK-NEXT:   "time_s": 0.00111117{{[0-9]+}},
// CHECK-NEXT:   "lower_bound_s": 0.00111117{{[0-9]+}},
// CHECK-NEXT:   "compute_time_s": 0.00111117{{[0-9]+}},
// CHECK-NEXT:   "memory_time_s": 0,
// CHECK-NEXT:   "bound": "compute",
// CHECK-NEXT:   "lower_bound_compute_s": 0.00111117{{[0-9]+}},
// Arguments A, B, C and the result, 134217728 B each: 536870912 / 3.35e12.
// CHECK-NEXT:   "lower_bound_memory_s": 0.000160259{{[0-9]+}},
// CHECK-NEXT:   "top_ops": [
// CHECK-NEXT:     {
// CHECK-NEXT:       "op": "linalg.matmul",
// CHECK-NEXT:       "function": "gemm_bf16",
// CHECK-NEXT:       "loc": "{{.*}}kernels.mlir:16:8",
// CHECK-NEXT:       "time_s": 0.00111117{{[0-9]+}},
// CHECK-NEXT:       "executions": 1,
// CHECK-NEXT:       "bound": "compute"

// CHECK:      "name": "add_f32",
// CHECK:      "roofline": {
// CHECK-NEXT:   "target": "h100-sxm",
// CHECK-NEXT:   "time_s": 0.000240389{{[0-9]+}},
// CHECK-NEXT:   "lower_bound_s": 0.000240389{{[0-9]+}},
// CHECK-NEXT:   "compute_time_s": 0,
// CHECK-NEXT:   "memory_time_s": 0.000240389{{[0-9]+}},
// CHECK-NEXT:   "bound": "memory",
// CHECK-NEXT:   "lower_bound_compute_s": 1.00162{{[0-9]+}}e-06,

// CHECK:      "name": "conv_i8",
// CHECK:      "roofline": {
// CHECK-NEXT:   "target": "h100-sxm",
// CHECK-NEXT:   "time_s": 5.54564{{[0-9]+}}e-07,
// CHECK:        "bound": "memory",
// The INT8 peak: 231211008 / 1979e12.
// CHECK-NEXT:   "lower_bound_compute_s": 1.16832{{[0-9]+}}e-07,

// CHECK:      "name": "gemm_f32",
// CHECK:      "roofline": {
// CHECK-NEXT:   "target": "h100-sxm",
// CHECK-NEXT:   "time_s": 3.20519{{[0-9]+}}e-05,

// The module: the sum of the four functions' times,
// 1.111179e-3 + 2.403900e-4 + 5.545648e-7 + 3.205199e-5 = 1.384176e-3 s;
// compute-bound share 1.111179e-3 + 3.205199e-5 = 1.143231e-3 s.
// CHECK:      "total": {
// CHECK:      "roofline": {
// CHECK-NEXT:   "target": "h100-sxm",
// CHECK-NEXT:   "time_s": 0.00138417{{[0-9]+}},
// CHECK-NEXT:   "lower_bound_s": 0.00114{{[0-9]+}},
// CHECK-NEXT:   "compute_time_s": 0.00114323{{[0-9]+}},
// CHECK-NEXT:   "memory_time_s": 0.000240944{{[0-9]+}},
// CHECK-NEXT:   "bound": "compute",

// The text report names the chip in its header, and each peak it used. Its
// time table is checked as printed (units, percentages, column order); the
// numbers themselves are checked in the JSON above.
// TEXT: Roofline target: h100-sxm (NVIDIA H100 SXM5 80 GB (HBM3))
// TEXT: Roofline on h100-sxm ({{.*}}): memory 3.35 TB/s, fp32 67.0 TFLOP/s, bf16 990 TFLOP/s, int8 1.98 POP/s (dense peaks).
// TEXT:      function   time  compute-bound  memory-bound  bound  lower bound
// TEXT-NEXT: @gemm_bf16 1.11 ms 100% 0% compute 1.11 ms
// TEXT-NEXT: @add_f32 240 µs 0% 100% memory 240 µs
// TEXT-NEXT: @conv_i8 555 ns 0% 100% memory 555 ns
// TEXT-NEXT: @gemm_f32 32.1 µs 100% 0% compute 32.1 µs
// TEXT-NEXT: ---
// 1.143231e-3 / 1.384176e-3 = 83% compute-bound.
// TEXT-NEXT: total 1.38 ms 83% 17% compute 1.14 ms
// TEXT:      Largest estimated times:
// TEXT-NEXT: 1.11 ms compute @gemm_bf16 linalg.matmul at {{.*}}kernels.mlir:16:8
// TEXT-NEXT: 240 µs memory @add_f32 linalg.add at {{.*}}kernels.mlir:27:8
// TEXT-NEXT: 32.1 µs compute @gemm_f32 linalg.matmul at {{.*}}kernels.mlir:46:8
// TEXT-NEXT: 555 ns memory @conv_i8 linalg.conv_2d_nhwc_hwcf at {{.*}}kernels.mlir:38:8

// Half the compute peak doubles compute times: 2 * 1.111179e-3 s; 80% of
// the bandwidth: 2.403900e-4 / 0.8 = 3.004875e-4 s.
// EFF:      "compute_efficiency": 0.5,
// EFF-NEXT: "bandwidth_efficiency": 0.8{{0*[0-9]*}},
// EFF:      "name": "gemm_bf16",
// EFF:      "roofline": {
// EFF-NEXT:   "target": "h100-sxm",
// EFF-NEXT:   "time_s": 0.00222235{{[0-9]+}},
// EFF:      "name": "add_f32",
// EFF:      "roofline": {
// EFF-NEXT:   "target": "h100-sxm",
// EFF-NEXT:   "time_s": 0.000300487{{[0-9]+}},

// --allow-tf32 moves the f32 GEMM (it has MACs) to the TF32 peak: compute
// 2147483648 / 494.5e12 = 4.342737e-6 s is now below memory, 16777216 /
// 3.35e12 = 5.008124e-6 s: memory-bound. The bf16 GEMM does not change.
// TF32:      "allow_tf32": true
// TF32:      "name": "gemm_bf16",
// TF32:      "roofline": {
// TF32-NEXT:   "target": "h100-sxm",
// TF32-NEXT:   "time_s": 0.00111117{{[0-9]+}},
// TF32:      "name": "gemm_f32",
// TF32:      "roofline": {
// TF32-NEXT:   "target": "h100-sxm",
// TF32-NEXT:   "time_s": 5.00812{{[0-9]+}}e-06,
// TF32-NEXT:   "lower_bound_s": 5.00812{{[0-9]+}}e-06,
// TF32-NEXT:   "compute_time_s": 0,
// TF32-NEXT:   "memory_time_s": 5.00812{{[0-9]+}}e-06,
// TF32-NEXT:   "bound": "memory",
// TF32-NEXT:   "lower_bound_compute_s": 4.34273{{[0-9]+}}e-06,
