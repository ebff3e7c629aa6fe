// RUN: cost-opt --pass-pipeline='builtin.module(cost-annotate{target=h100-sxm})' %s | FileCheck %s
// RUN: cost-opt --flops --format=csv %s | FileCheck %s --check-prefix=CSV

// Times follow the IR as counts do: a loop's time is its body's times its
// trip count; a call's is the callee's. On h100-sxm (fp32 67 TFLOP/s,
// 3.35 TB/s).

// f32 add of 1024 elements: 1024 FLOPs, 3 * 4096 = 12288 bytes.
// memory 12288 / 3.35e12 = 3.668060e-9 s = 3.668060 ns; compute 1024 /
// 67e12 = 1.53e-11 s: memory-bound.
func.func @step(%a: tensor<1024xf32>, %b: tensor<1024xf32>) -> tensor<1024xf32> {
  %e = tensor.empty() : tensor<1024xf32>
  // CHECK: linalg.add {{.*}}cost.bound = "memory"{{.*}}cost.time_ns = 3.66805{{[0-9]*}}
  %0 = linalg.add ins(%a, %b : tensor<1024xf32>, tensor<1024xf32>) outs(%e : tensor<1024xf32>) -> tensor<1024xf32>
  return %0 : tensor<1024xf32>
}

// 10 trips of a call to @step: 10 * 3.668060 ns = 36.68060 ns.
func.func @run(%a: tensor<1024xf32>, %b: tensor<1024xf32>) -> tensor<1024xf32> {
  %c0 = arith.constant 0 : index
  %c10 = arith.constant 10 : index
  %c1 = arith.constant 1 : index
  // CHECK: scf.for
  %r = scf.for %i = %c0 to %c10 step %c1 iter_args(%acc = %a) -> tensor<1024xf32> {
    // CHECK: func.call @step{{.*}}cost.bound = "memory"{{.*}}cost.time_ns = 3.66805{{[0-9]*}}
    %s = func.call @step(%acc, %b) : (tensor<1024xf32>, tensor<1024xf32>) -> tensor<1024xf32>
    scf.yield %s : tensor<1024xf32>
  // CHECK: } {{{.*}}cost.bound = "memory"{{.*}}cost.time_ns = 36.6805{{[0-9]*}}
  }
  return %r : tensor<1024xf32>
}

// One row per op; counts are per execution, `executions` per call of the
// function. "op" rows times executions add up to the function's counts.
// CSV:      function,op,loc,status,kind,executions,flops,macs,int_ops,transcendentals,bytes_read,bytes_written,intensity,precision,peak_precision,time_s,bound,layer
// Intensity 1024 / 12288 = 0.0833.
// CSV-NEXT: step,tensor.empty,{{.*}}loops.mlir:12:8,costed,op,1,0,0,0,0,0,0,,,,0.000000e+00,none
// CSV-NEXT: step,linalg.add,{{.*}}loops.mlir:14:8,costed,op,1,1024,0,0,0,8192,4096,0.0833333,fp32,fp32,3.668060e-09,memory
// CSV-NEXT: run,arith.constant,{{.*}},costed,op,1,0,0,0,0,0,0,,,,0.000000e+00,none
// CSV-NEXT: run,arith.constant,{{.*}}
// CSV-NEXT: run,arith.constant,{{.*}}
// CSV-NEXT: run,scf.for,{{.*}}loops.mlir:24:8,costed,region,1,10240,0,0,0,81920,40960,,,,3.668060e-08,memory
// CSV-NEXT: run,func.call,{{.*}}loops.mlir:26:10,costed,call,10,1024,0,0,0,8192,4096,,,,3.668060e-09,memory
