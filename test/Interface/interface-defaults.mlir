// Ops without a cost model whose MLIR interfaces say what they do are costed
// by the interface's default and listed as such (docs/ops.md, "Interface
// defaults"): linalg::LinalgOp, the structured model; ElementwiseMappable
// with no memory effects, one operation per element (a FLOP for floats and
// complex numbers, an integer OP for integers); ViewLikeOpInterface and
// CastOpInterface, free. An op's own model, and a rule, come first.
// RUN: cost-test-opt --flops --format=json --target=none %s | FileCheck %s
// RUN: cost-test-opt --flops --target=none --cost-diagnostics=none %s | FileCheck %s --check-prefix=TEXT
// RUN: cost-test-opt --cost-annotate=target=none -verify-diagnostics %s -o /dev/null
// RUN: cost-test-opt --flops --format=json --target=none --cost-rules=%S/Inputs/complex-exp.yaml %s | FileCheck %s --check-prefix=RULES
// The complex dialect has no models: it is all interface defaults.
// RUN: cost-test-opt --flops --format=json --target=none %s | FileCheck %s --check-prefix=LIST

#map = affine_map<(d0, d1) -> (d0, d1)>
#mk = affine_map<(m, n, k) -> (m, k)>
#kn = affine_map<(m, n, k) -> (k, n)>
#mn = affine_map<(m, n, k) -> (m, n)>

// complex.add, complex.exp and complex.abs in a payload over 4x8 = 32
// elements: ElementwiseMappable, 1 FLOP each (complex elements count as
// float; abs decides by its f32 result): 3*32 = 96 FLOPs; no transcendental
// is assumed. The generic's bytes: read 2*32*8 = 512, written 32*4 = 128.
// CHECK-LABEL: "name": "complex_payload",
// CHECK-NEXT: "flops": 96,
// CHECK-NEXT: "macs": 0,
// CHECK-NEXT: "int_ops": 0,
// CHECK-NEXT: "transcendentals": 0,
// CHECK-NEXT: "bytes_read": 512,
// CHECK-NEXT: "bytes_written": 128,
// CHECK: "uncounted": [],
// CHECK: "interface_defaults": [
// CHECK-NEXT: {
// CHECK-NEXT: "op": "complex.add",
// CHECK-NEXT: "interface": "ElementwiseMappable",
// CHECK-NEXT: "count": 1
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT: "op": "complex.exp",
// CHECK-NEXT: "interface": "ElementwiseMappable",
// CHECK-NEXT: "count": 1
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT: "op": "complex.abs",
// CHECK-NEXT: "interface": "ElementwiseMappable",
// CHECK-NEXT: "count": 1
// CHECK-NEXT: }
// CHECK-NEXT: ],
// TEXT: note: @complex_payload: 1 x complex.add costed by interface default (ElementwiseMappable)
// TEXT-NEXT: note: @complex_payload: 1 x complex.exp costed by interface default (ElementwiseMappable)
// TEXT-NEXT: note: @complex_payload: 1 x complex.abs costed by interface default (ElementwiseMappable)
// With a rule for complex.exp (10 FLOPs per output element), the rule
// wins: 32*(1 + 10 + 1) = 384 FLOPs, and complex.exp is no default.
// RULES-LABEL: "name": "complex_payload",
// RULES-NEXT: "flops": 384,
// RULES: "interface_defaults": [
// RULES-NOT: complex.exp
// RULES: "inclusive"
func.func @complex_payload(%a: tensor<4x8xcomplex<f32>>, %b: tensor<4x8xcomplex<f32>>) -> tensor<4x8xf32> {
  %e = tensor.empty() : tensor<4x8xf32>
  %r = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%a, %b : tensor<4x8xcomplex<f32>>, tensor<4x8xcomplex<f32>>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%x: complex<f32>, %y: complex<f32>, %out: f32):
    // expected-remark @+1 {{'complex.add' costed by interface default (ElementwiseMappable)}}
    %s = complex.add %x, %y : complex<f32>
    // expected-remark @+1 {{'complex.exp' costed by interface default (ElementwiseMappable)}}
    %x2 = complex.exp %s : complex<f32>
    // expected-remark @+1 {{'complex.abs' costed by interface default (ElementwiseMappable)}}
    %m = complex.abs %x2 : complex<f32>
    linalg.yield %m : f32
  } -> tensor<4x8xf32>
  return %r : tensor<4x8xf32>
}

// A compare of complex numbers decides by its operands: 1 FLOP; an i1 has
// no float element. Two scalar ops: 2 FLOPs.
// CHECK-LABEL: "name": "scalar_complex",
// CHECK-NEXT: "flops": 2,
// CHECK-NEXT: "macs": 0,
// CHECK-NEXT: "int_ops": 0,
func.func @scalar_complex(%x: complex<f32>, %y: complex<f32>) -> (complex<f32>, i1) {
  // expected-remark @+1 {{'complex.mul' costed by interface default (ElementwiseMappable)}}
  %0 = complex.mul %x, %y : complex<f32>
  // expected-remark @+1 {{'complex.eq' costed by interface default (ElementwiseMappable)}}
  %1 = complex.eq %0, %y : complex<f32>
  return %0, %1 : complex<f32>, i1
}

// llvm.getelementptr and llvm.addrspacecast implement ViewLikeOpInterface:
// free, listed.
// CHECK-LABEL: "name": "views",
// CHECK-NEXT: "flops": 0,
// CHECK-NEXT: "macs": 0,
// CHECK-NEXT: "int_ops": 0,
// CHECK-NEXT: "transcendentals": 0,
// CHECK-NEXT: "bytes_read": 0,
// CHECK-NEXT: "bytes_written": 0,
// CHECK: "interface_defaults": [
// CHECK-NEXT: {
// CHECK-NEXT: "op": "llvm.getelementptr",
// CHECK-NEXT: "interface": "ViewLikeOpInterface",
// CHECK-NEXT: "count": 1
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT: "op": "llvm.addrspacecast",
// CHECK-NEXT: "interface": "ViewLikeOpInterface",
// CHECK-NEXT: "count": 1
// CHECK-NEXT: }
// CHECK-NEXT: ],
func.func @views(%p: !llvm.ptr, %i: i64) -> !llvm.ptr<1> {
  // expected-remark @+1 {{'llvm.getelementptr' costed by interface default (ViewLikeOpInterface)}}
  %0 = llvm.getelementptr %p[%i] : (!llvm.ptr, i64) -> !llvm.ptr, f32
  // expected-remark @+1 {{'llvm.addrspacecast' costed by interface default (ViewLikeOpInterface)}}
  %1 = llvm.addrspacecast %0 : !llvm.ptr to !llvm.ptr<1>
  return %1 : !llvm.ptr<1>
}

// cost_test.structured (test/lib) implements linalg::LinalgOp and has no
// model: the structured model costs it as linalg.matmul. M=4, N=16, K=8:
// MACs = 4*16*8 = 512, FLOPs = 2*512 = 1024; read (32 + 128 + 64)*4 = 896,
// written 64*4 = 256. cost_test.cast (CastOpInterface): free, 2 listed.
// CHECK-LABEL: "name": "structured",
// CHECK-NEXT: "flops": 1024,
// CHECK-NEXT: "macs": 512,
// CHECK-NEXT: "int_ops": 0,
// CHECK-NEXT: "transcendentals": 0,
// CHECK-NEXT: "bytes_read": 896,
// CHECK-NEXT: "bytes_written": 256,
// CHECK: "interface_defaults": [
// CHECK-NEXT: {
// CHECK-NEXT: "op": "cost_test.structured",
// CHECK-NEXT: "interface": "LinalgOp",
// CHECK-NEXT: "count": 1
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT: "op": "cost_test.cast",
// CHECK-NEXT: "interface": "CastOpInterface",
// CHECK-NEXT: "count": 2
// CHECK-NEXT: }
// CHECK-NEXT: ],
// TEXT: note: @structured: 1 x cost_test.structured costed by interface default (LinalgOp)
// TEXT-NEXT: note: @structured: 2 x cost_test.cast costed by interface default (CastOpInterface)
func.func @structured(%a: tensor<4x8xf32>, %b: tensor<8x16xf32>, %c: tensor<4x16xf32>) -> tensor<4x16xf32> {
  // expected-remark @+1 {{'cost_test.structured' costed by interface default (LinalgOp)}}
  %0 = "cost_test.structured"(%a, %b, %c) <{indexing_maps = [#mk, #kn, #mn], iterator_types = ["parallel", "parallel", "reduction"], operandSegmentSizes = array<i32: 2, 1>}> ({
  ^bb0(%x: f32, %y: f32, %acc: f32):
    %p = arith.mulf %x, %y : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  }) : (tensor<4x8xf32>, tensor<8x16xf32>, tensor<4x16xf32>) -> tensor<4x16xf32>
  // expected-remark @+1 {{'cost_test.cast' costed by interface default (CastOpInterface)}}
  %1 = cost_test.cast %0 : tensor<4x16xf32> to tensor<?x16xf32>
  // expected-remark @+1 {{'cost_test.cast' costed by interface default (CastOpInterface)}}
  %2 = cost_test.cast %1 : tensor<?x16xf32> to tensor<4x16xf32>
  return %2 : tensor<4x16xf32>
}

// Ops with a model of their own keep it: math.exp is ElementwiseMappable
// but its model counts 1 transcendental per element (32), not a FLOP;
// linalg.generic is a LinalgOp with its model; tensor.cast a
// CastOpInterface with its model. None is listed.
// CHECK-LABEL: "name": "own_models",
// CHECK-NEXT: "flops": 0,
// CHECK-NEXT: "macs": 0,
// CHECK-NEXT: "int_ops": 0,
// CHECK-NEXT: "transcendentals": 32,
// CHECK: "interface_defaults": [],
func.func @own_models(%x: tensor<4x8xf32>) -> tensor<?x8xf32> {
  %e = tensor.empty() : tensor<4x8xf32>
  %r = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%x : tensor<4x8xf32>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %y = math.exp %in : f32
    linalg.yield %y : f32
  } -> tensor<4x8xf32>
  %c = tensor.cast %r : tensor<4x8xf32> to tensor<?x8xf32>
  return %c : tensor<?x8xf32>
}

// The module's list gathers every function's.
// LIST: "total": {
// LIST: "interface_defaults": [
// LIST-NEXT: {
// LIST-NEXT: "op": "complex.add",
// LIST-NEXT: "interface": "ElementwiseMappable",
// LIST-NEXT: "count": 1
// LIST-NEXT: },
// LIST-NEXT: {
// LIST-NEXT: "op": "complex.exp",
// LIST-NEXT: "interface": "ElementwiseMappable",
// LIST-NEXT: "count": 1
// LIST-NEXT: },
// LIST-NEXT: {
// LIST-NEXT: "op": "complex.abs",
// LIST-NEXT: "interface": "ElementwiseMappable",
// LIST-NEXT: "count": 1
// LIST-NEXT: },
// LIST-NEXT: {
// LIST-NEXT: "op": "complex.mul",
// LIST-NEXT: "interface": "ElementwiseMappable",
// LIST-NEXT: "count": 1
// LIST-NEXT: },
// LIST-NEXT: {
// LIST-NEXT: "op": "complex.eq",
// LIST-NEXT: "interface": "ElementwiseMappable",
// LIST-NEXT: "count": 1
// LIST-NEXT: },
// LIST-NEXT: {
// LIST-NEXT: "op": "llvm.getelementptr",
