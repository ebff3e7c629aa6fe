// Integer math on `index` that only positions, sizes, bounds loops or
// decides branches is address arithmetic, free like affine.apply; index
// math that becomes data keeps its int OPs (docs/units.md).
// RUN: cost-opt --flops --format=json --target=none %s | FileCheck %s
// RUN: cost-opt --cost-annotate=target=none %s | FileCheck %s --check-prefix=ANNOT

// A 3x3 window sum written with lowered address math: each load's position
// is an arith.addi of two induction variables, free. Loops: 6*6 outputs x
// 3*3 taps = 324 iterations of one addf: 324 FLOPs, 0 int OPs.
// CHECK-LABEL: "name": "window_sum",
// CHECK-NEXT: "flops": 324,
// CHECK-NEXT: "macs": 0,
// CHECK-NEXT: "int_ops": 0,
// cost-annotate leaves ops that cost nothing and touch no memory bare.
// ANNOT-LABEL: func.func @window_sum
// ANNOT: arith.addi %{{.*}}, %{{.*}} : index{{$}}
func.func @window_sum(%in: memref<8x8xf32>, %out: memref<6x6xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c3 = arith.constant 3 : index
  %c6 = arith.constant 6 : index
  scf.for %i = %c0 to %c6 step %c1 {
    scf.for %j = %c0 to %c6 step %c1 {
      scf.for %ki = %c0 to %c3 step %c1 {
        scf.for %kj = %c0 to %c3 step %c1 {
          %y = arith.addi %i, %ki : index
          %x = arith.addi %j, %kj : index
          %v = memref.load %in[%y, %x] : memref<8x8xf32>
          %acc = memref.load %out[%i, %j] : memref<6x6xf32>
          %s = arith.addf %acc, %v : f32
          memref.store %s, %out[%i, %j] : memref<6x6xf32>
        }
      }
    }
  }
  return
}

// A tile bound: min(iv + 4, 10), computed once per outer iteration, feeds
// the inner loop's upper bound and a compare that decides a branch: free.
// The inner loop's bound depends on %i, so this nest is counted by its
// iteration domain (or unresolved), not checked here; only the bound math.
// ANNOT-LABEL: func.func @tile_bound
// ANNOT: arith.addi %{{.*}}, %{{.*}} : index{{$}}
// ANNOT: arith.minsi %{{.*}}, %{{.*}} : index{{$}}
// ANNOT: arith.cmpi eq, %{{.*}}, %{{.*}} : index{{$}}
func.func @tile_bound(%m: memref<10xf32>, %f: f32) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %c10 = arith.constant 10 : index
  scf.for %i = %c0 to %c10 step %c4 {
    %e = arith.addi %i, %c4 : index
    %ub = arith.minsi %e, %c10 : index
    %full = arith.cmpi eq, %ub, %e : index
    scf.if %full {
      memref.store %f, %m[%i] : memref<10xf32>
    }
  }
  return
}

// Index math that becomes data counts: 2 ops per element (muli, addi), the
// result cast to i32 and stored; 16 elements: 32 int OPs. The index_cast is
// a conversion, free.
// CHECK-LABEL: "name": "iota",
// CHECK-NEXT: "flops": 0,
// CHECK-NEXT: "macs": 0,
// CHECK-NEXT: "int_ops": 32,
func.func @iota(%m: memref<16xi32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c3 = arith.constant 3 : index
  %c16 = arith.constant 16 : index
  scf.for %i = %c0 to %c16 step %c1 {
    %t = arith.muli %i, %c3 : index
    %u = arith.addi %t, %c1 : index
    %v = arith.index_cast %u : index to i32
    memref.store %v, %m[%i] : memref<16xi32>
  }
  return
}

// An index stored as an element of an index buffer is data, even when the
// same value also addresses: 1 addi per element, 16 int OPs. Another addi
// yielded through an iteration argument is data too: 16 more. 32 in all.
// CHECK-LABEL: "name": "index_data",
// CHECK-NEXT: "flops": 0,
// CHECK-NEXT: "macs": 0,
// CHECK-NEXT: "int_ops": 32,
func.func @index_data(%m: memref<17xindex>) -> index {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c16 = arith.constant 16 : index
  %r = scf.for %i = %c0 to %c16 step %c1 iter_args(%n = %c0) -> index {
    %j = arith.addi %i, %c1 : index
    memref.store %j, %m[%j] : memref<17xindex>
    %next = arith.addi %n, %c1 : index
    scf.yield %next : index
  }
  return %r : index
}
