// RUN: cost-opt --flops --format=json --target-file=%S/Inputs/round-npu.yaml %s | FileCheck %s
// RUN: cost-opt --flops --target-file=%S/Inputs/round-npu.yaml %s | FileCheck %s --check-prefix=TEXT

// A user's chip (Inputs/round-npu.yaml): fp32 1 TFLOP/s, bf16 4 TFLOP/s,
// fp16 -> bf16, int8 8000 GOP/s = 8 TOP/s, no fp64; memory 100 GB/s.

// f32 add of 1000x1000: 1e6 FLOPs; bytes 3 * 4e6 = 1.2e7.
// compute 1e6 / 1e12 = 1e-6 s; memory 1.2e7 / 1e11 = 1.2e-4 s: memory.
func.func @add(%a: tensor<1000x1000xf32>, %b: tensor<1000x1000xf32>) -> tensor<1000x1000xf32> {
  %e = tensor.empty() : tensor<1000x1000xf32>
  %0 = linalg.add ins(%a, %b : tensor<1000x1000xf32>, tensor<1000x1000xf32>) outs(%e : tensor<1000x1000xf32>) -> tensor<1000x1000xf32>
  return %0 : tensor<1000x1000xf32>
}
// CHECK:      "name": "round-npu",
// CHECK-NEXT: "description": "Test NPU with round numbers",
// CHECK-NEXT: "bandwidth_bytes_per_s": 100000000000,
// CHECK-NEXT: "peaks_per_s": {
// CHECK-NEXT:   "fp64": null,
// CHECK-NEXT:   "fp32": 1000000000000,
// CHECK-NEXT:   "tf32": "fp32",
// CHECK-NEXT:   "bf16": 4000000000000,
// CHECK-NEXT:   "fp16": "bf16",
// CHECK-NEXT:   "fp8": "fp16",
// CHECK-NEXT:   "int8": 8000000000000
// CHECK:      "name": "add",
// CHECK:      "roofline": {
// CHECK-NEXT:   "target": "round-npu",
// CHECK-NEXT:   "time_s": 0.00012{{0*[0-9]?}},
// CHECK-NEXT:   "lower_bound_s": 0.00012{{0*[0-9]?}},
// CHECK-NEXT:   "compute_time_s": 0,
// CHECK-NEXT:   "memory_time_s": 0.00012{{0*[0-9]?}},
// CHECK-NEXT:   "bound": "memory",

// f16 matmul 200x200x200 runs at the bf16 peak (fp16 falls back to bf16):
// FLOPs 2 * 200^3 = 1.6e7; compute 1.6e7 / 4e12 = 4e-6 s; bytes 4 * 80000 =
// 320000, memory 3.2e-6 s: compute-bound, 4e-6 s.
func.func @matmul_f16(%a: tensor<200x200xf16>, %b: tensor<200x200xf16>, %c: tensor<200x200xf16>) -> tensor<200x200xf16> {
  %0 = linalg.matmul ins(%a, %b : tensor<200x200xf16>, tensor<200x200xf16>) outs(%c : tensor<200x200xf16>) -> tensor<200x200xf16>
  return %0 : tensor<200x200xf16>
}
// CHECK:      "name": "matmul_f16",
// CHECK:      "roofline": {
// CHECK-NEXT:   "target": "round-npu",
// CHECK-NEXT:   "time_s": {{4.0*[0-9]?|3.9999+[0-9]*}}e-06,
// CHECK:        "bound": "compute",

// f64 has no peak and no fallback on this chip: the op has no time, it is
// listed, and the function's time leaves it out (never 0 s silently).
// 100 FLOPs; bytes 3 * 800 = 2400: memory time alone would be 2.4e-8 s.
func.func @add_f64(%a: tensor<100xf64>, %b: tensor<100xf64>) -> tensor<100xf64> {
  %e = tensor.empty() : tensor<100xf64>
  %0 = linalg.add ins(%a, %b : tensor<100xf64>, tensor<100xf64>) outs(%e : tensor<100xf64>) -> tensor<100xf64>
  return %0 : tensor<100xf64>
}
// CHECK:      "name": "add_f64",
// CHECK:      "roofline": {
// CHECK-NEXT:   "target": "round-npu",
// CHECK-NEXT:   "time_s": 0,
// CHECK:        "no_peak": [
// CHECK-NEXT:     "linalg.add (fp64) at {{.*}}target-file.mlir:52:8"

// The text report, as printed (the numbers are checked in the JSON above).
// TEXT: Roofline target: round-npu (Test NPU with round numbers)
// TEXT: Roofline on round-npu (Test NPU with round numbers): memory 100 GB/s, fp32 1.00 TFLOP/s, bf16 4.00 TFLOP/s (dense peaks).
// TEXT: note: fp16 ops run at the bf16 peak (round-npu: bf16 only).
// TEXT: @add 120 µs 0% 100% memory 120 µs
// TEXT: @matmul_f16 4.00 µs 100% 0% compute 4.00 µs
// TEXT: @add_f64 0 s* - - none 24.0 ns*
// TEXT: warning: linalg.add (fp64) at {{.*}}target-file.mlir:52:8: round-npu has no peak for this precision; the op is left out of the time
// TEXT-NEXT: note: times marked '*' leave out the ops listed above.

// The lower bound moves the arguments once, but never more than the ops
// themselves move: one row gathered from a 1000x100 f32 table reads and
// writes 100 * 4 = 400 bytes each, 800 B, not the table's 400000 B.
// lower bound = min(400000 + 400, 800) / 1e11 = 8e-9 s = time.
func.func @gather_row(%table: tensor<1000x100xf32>, %i: index) -> tensor<1x100xf32> {
  %row = tensor.extract_slice %table[%i, 0] [1, 100] [1, 1] : tensor<1000x100xf32> to tensor<1x100xf32>
  return %row : tensor<1x100xf32>
}
// CHECK:      "name": "gather_row",
// CHECK:        "bytes_read": 400,
// CHECK-NEXT:   "bytes_written": 400,
// CHECK:      "roofline": {
// CHECK-NEXT:   "target": "round-npu",
// CHECK-NEXT:   "time_s": 8{{(.0*[0-9]?)?}}e-09,
// CHECK-NEXT:   "lower_bound_s": 8{{(.0*[0-9]?)?}}e-09,
