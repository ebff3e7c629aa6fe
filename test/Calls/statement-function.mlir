// A multiply-accumulate in a statement function called from a loop nest
// (the shape PLuTo and Polygeist emit: @S0 does C[i][j] += A[i][k] * B[k][j]
// on its memref arguments) counts its MACs as it would inlined: the callee
// alone has no loop reducing into C[i][j], so the loops around each call
// decide, through the operands the call passes for the callee's address
// arguments (docs/ops.md, "Calls"). The counts are the same before and after
// mlir-opt --inline, and after convert-scf-to-cf (the loops as a graph).
//
// RUN: cost-opt --flops --format=json --target=none %s | FileCheck %s --check-prefixes=CHECK,CALLS
// RUN: %mlir_opt_bin --inline %s -o %t.inlined.mlir
// RUN: cost-opt --flops --format=json --target=none %t.inlined.mlir | FileCheck %s
// RUN: %mlir_opt_bin --convert-scf-to-cf %s -o %t.cf.mlir
// RUN: cost-opt --flops --format=json --target=none %t.cf.mlir | FileCheck %s --check-prefixes=CHECK,CALLS
// RUN: cost-opt --flops --format=json --target=none --convention=macs-as-flops %s | FileCheck %s --check-prefix=MAF
// RUN: cost-opt --flops --format=json --target=none --convention=macs-as-flops %t.inlined.mlir | FileCheck %s --check-prefix=MAF
// The inliner really inlined every call (and dropped the private callees):
// RUN: FileCheck %s --check-prefix=INLINED < %t.inlined.mlir
// INLINED-NOT: call @
// INLINED-NOT: func.func private

// The statement: one multiply and one add (2 FLOPs); alone, no MAC.
// Read 3 * 4 B = 12 (C, A, B), written 4 B (C).
// CALLS: "name": "S0",
// CALLS-NEXT: "flops": 2,
// CALLS-NEXT: "macs": 0,
func.func private @S0(%A: memref<4x6xf32>, %B: memref<6x5xf32>, %C: memref<4x5xf32>, %i: index, %j: index, %k: index) {
  %c = memref.load %C[%i, %j] : memref<4x5xf32>
  %a = memref.load %A[%i, %k] : memref<4x6xf32>
  %b = memref.load %B[%k, %j] : memref<6x5xf32>
  %p = arith.mulf %a, %b : f32
  %s = arith.addf %c, %p : f32
  memref.store %s, %C[%i, %j] : memref<4x5xf32>
  return
}

// C[i][j] = A[i][0] * B[0][j] + C[i][j]: the same statement, but no loop
// around its call moves A's column or B's row without moving C's element.
func.func private @S1(%A: memref<4x6xf32>, %B: memref<6x5xf32>, %C: memref<4x5xf32>, %i: index, %j: index) {
  %c0 = arith.constant 0 : index
  %c = memref.load %C[%i, %j] : memref<4x5xf32>
  %a = memref.load %A[%i, %c0] : memref<4x6xf32>
  %b = memref.load %B[%c0, %j] : memref<6x5xf32>
  %p = arith.mulf %a, %b : f32
  %s = arith.addf %c, %p : f32
  memref.store %s, %C[%i, %j] : memref<4x5xf32>
  return
}

// The matmul nest: 4 * 5 * 6 = 120 calls, each a MAC (loop k moves A[i][k]
// and B[k][j], not C[i][j]): 120 MACs, 120 * 2 = 240 FLOPs.
// The rank-1 update: 4 * 5 = 20 calls, 40 FLOPs, no MAC: loops i and j
// both move C[i][j].
// Total 240 + 40 = 280 FLOPs, 120 MACs.
// CALLS: "name": "main",
// CALLS: "inclusive": {
// CALLS-NEXT: "flops": 280,
// CALLS-NEXT: "macs": 120,
// macs-as-flops: a MAC is one FLOP, so the accumulated multiplies drop
// theirs: 120 * 1 + 20 * 2 = 160 FLOPs.
// MAF: "total": {
// MAF-NEXT: "flops": 160,
// MAF-NEXT: "macs": 120,
// CHECK: "total": {
// CHECK-NEXT: "flops": 280,
// CHECK-NEXT: "macs": 120,
// CHECK-NEXT: "int_ops": 0,
// CHECK-NEXT: "transcendentals": 0,
func.func @main(%A: memref<4x6xf32>, %B: memref<6x5xf32>, %C: memref<4x5xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %c5 = arith.constant 5 : index
  %c6 = arith.constant 6 : index
  scf.for %i = %c0 to %c4 step %c1 {
    scf.for %j = %c0 to %c5 step %c1 {
      scf.for %k = %c0 to %c6 step %c1 {
        func.call @S0(%A, %B, %C, %i, %j, %k) : (memref<4x6xf32>, memref<6x5xf32>, memref<4x5xf32>, index, index, index) -> ()
      }
    }
  }
  scf.for %i = %c0 to %c4 step %c1 {
    scf.for %j = %c0 to %c5 step %c1 {
      func.call @S1(%A, %B, %C, %i, %j) : (memref<4x6xf32>, memref<6x5xf32>, memref<4x5xf32>, index, index) -> ()
    }
  }
  return
}
