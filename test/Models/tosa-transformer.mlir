// A transformer encoder block in TOSA (f32): sequence S = 8, model width
// D = 16, H = 2 heads of 8, feed-forward width F = 32. Softmax is built from
// reduce_max / sub / exp / reduce_sum / reciprocal / mul, layer norm from
// reduce_sum / rsqrt, GELU from erf. Totals computed by hand; the upstream
// lowering gives the same counts.
//
// RUN: cost-opt --flops --format=json %s | FileCheck %s --check-prefix=JSON
// RUN: cost-opt --flops --format=json %tosa_lowering %s | FileCheck %s --check-prefix=JSON
//
// MACs (1 MAC = 2 FLOPs):
//   Q, K, V projections  3 * S*D*D = 3*8*16*16 = 6144
//   scores Q.K^T         H*S*S*8   = 2*8*8*8   = 1024
//   context P.V          H*S*8*S   = 2*8*8*8   = 1024
//   output projection    S*D*D     = 8*16*16   = 2048
//   FFN up, down         2 * S*D*F = 2*8*16*32 = 8192
//   total                                        18432
// Other FLOPs (S*D = 128 elements, H*S*S = 128 scores):
//   layer norm, twice: sum 128, * 1/D 8, x - mean 128, square 128, sum 128,
//     * 1/D 8, + eps 8, * rstd 128, * gamma 128, + beta 128 = 920; 2*920 = 1840
//   score scaling 128; softmax: max 128, x - max 128, sum 128,
//     reciprocal 16, * 1/sum 128 = 528
//   two residual adds 2*128 = 256
//   GELU on S*F = 256: x * 1/sqrt(2), 1 + erf, x * (...), * 0.5 = 4*256 = 1024
//   total 1840 + 128 + 528 + 256 + 1024 = 3776
// FLOPs = 2*18432 + 3776 = 36864 + 3776 = 40640
// Transcendentals: rsqrt 8 per layer norm (16), exp 128, erf 256 = 400
// Params: Wq, Wk, Wv, Wo 4*16*16 = 1024; W1, W2 2*16*32 = 1024; the two
// gammas and betas 4*16 = 64; eight 1-element constants (zero point, shift,
// 1/D, eps, 1/sqrt(8), 1/sqrt(2), 1, 0.5) = 8: 1024 + 1024 + 64 + 8 = 2120.
// Param bytes: 2119 f32 * 4 + 1 i8 = 8476 + 1 = 8477.
// Columns: function, FLOPs, MACs, int OPs, transcendentals, bytes read,
// written, params, param bytes.
// JSON: "name": "encoder_block",
// JSON-NEXT: "flops": 40640,
// JSON-NEXT: "macs": 18432,
// JSON-NEXT: "int_ops": 0,
// JSON-NEXT: "transcendentals": 400,
// JSON-NEXT: "bytes_read": {{[0-9]+}},
// JSON-NEXT: "bytes_written": {{[0-9]+}},
// JSON-NEXT: "param_elements": 2120,
// JSON-NEXT: "param_bytes": 8477,
func.func @encoder_block(%x: tensor<1x8x16xf32>) -> tensor<1x8x16xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %sh = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %inv_d = "tosa.const"() <{values = dense<0.0625> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
  %eps = "tosa.const"() <{values = dense<1.0e-5> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
  %g1 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x16xf32>}> : () -> tensor<1x1x16xf32>
  %be1 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x16xf32>}> : () -> tensor<1x1x16xf32>
  %g2 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x16xf32>}> : () -> tensor<1x1x16xf32>
  %be2 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x16xf32>}> : () -> tensor<1x1x16xf32>
  %wq = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x16x16xf32>}> : () -> tensor<1x16x16xf32>
  %wk = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x16x16xf32>}> : () -> tensor<1x16x16xf32>
  %wv = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x16x16xf32>}> : () -> tensor<1x16x16xf32>
  %wo = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x16x16xf32>}> : () -> tensor<1x16x16xf32>
  %w1 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x16x32xf32>}> : () -> tensor<1x16x32xf32>
  %w2 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x32x16xf32>}> : () -> tensor<1x32x16xf32>
  %scale = "tosa.const"() <{values = dense<0.35355339> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
  %rsqrt2 = "tosa.const"() <{values = dense<0.70710678> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
  %one = "tosa.const"() <{values = dense<1.0> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
  %half = "tosa.const"() <{values = dense<0.5> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>

  // Layer norm 1.
  %s1 = tosa.reduce_sum %x {axis = 2 : i32} : (tensor<1x8x16xf32>) -> tensor<1x8x1xf32>
  %m1 = tosa.mul %s1, %inv_d, %sh : (tensor<1x8x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<1x8x1xf32>
  %c1 = tosa.sub %x, %m1 : (tensor<1x8x16xf32>, tensor<1x8x1xf32>) -> tensor<1x8x16xf32>
  %q1 = tosa.mul %c1, %c1, %sh : (tensor<1x8x16xf32>, tensor<1x8x16xf32>, tensor<1xi8>) -> tensor<1x8x16xf32>
  %v1 = tosa.reduce_sum %q1 {axis = 2 : i32} : (tensor<1x8x16xf32>) -> tensor<1x8x1xf32>
  %vm1 = tosa.mul %v1, %inv_d, %sh : (tensor<1x8x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<1x8x1xf32>
  %ve1 = tosa.add %vm1, %eps : (tensor<1x8x1xf32>, tensor<1x1x1xf32>) -> tensor<1x8x1xf32>
  %r1 = tosa.rsqrt %ve1 : (tensor<1x8x1xf32>) -> tensor<1x8x1xf32>
  %n1 = tosa.mul %c1, %r1, %sh : (tensor<1x8x16xf32>, tensor<1x8x1xf32>, tensor<1xi8>) -> tensor<1x8x16xf32>
  %gn1 = tosa.mul %n1, %g1, %sh : (tensor<1x8x16xf32>, tensor<1x1x16xf32>, tensor<1xi8>) -> tensor<1x8x16xf32>
  %ln1 = tosa.add %gn1, %be1 : (tensor<1x8x16xf32>, tensor<1x1x16xf32>) -> tensor<1x8x16xf32>

  // Attention.
  %q = tosa.matmul %ln1, %wq, %zp, %zp : (tensor<1x8x16xf32>, tensor<1x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x16xf32>
  %k = tosa.matmul %ln1, %wk, %zp, %zp : (tensor<1x8x16xf32>, tensor<1x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x16xf32>
  %v = tosa.matmul %ln1, %wv, %zp, %zp : (tensor<1x8x16xf32>, tensor<1x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x16xf32>
  %heads = tosa.const_shape {values = dense<[8, 2, 8]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %q3 = tosa.reshape %q, %heads : (tensor<1x8x16xf32>, !tosa.shape<3>) -> tensor<8x2x8xf32>
  %k3 = tosa.reshape %k, %heads : (tensor<1x8x16xf32>, !tosa.shape<3>) -> tensor<8x2x8xf32>
  %v3 = tosa.reshape %v, %heads : (tensor<1x8x16xf32>, !tosa.shape<3>) -> tensor<8x2x8xf32>
  %qh = tosa.transpose %q3 {perms = array<i32: 1, 0, 2>} : (tensor<8x2x8xf32>) -> tensor<2x8x8xf32>
  %kt = tosa.transpose %k3 {perms = array<i32: 1, 2, 0>} : (tensor<8x2x8xf32>) -> tensor<2x8x8xf32>
  %vh = tosa.transpose %v3 {perms = array<i32: 1, 0, 2>} : (tensor<8x2x8xf32>) -> tensor<2x8x8xf32>
  %sc = tosa.matmul %qh, %kt, %zp, %zp : (tensor<2x8x8xf32>, tensor<2x8x8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<2x8x8xf32>
  %ss = tosa.mul %sc, %scale, %sh : (tensor<2x8x8xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x8x8xf32>
  %mx = tosa.reduce_max %ss {axis = 2 : i32} : (tensor<2x8x8xf32>) -> tensor<2x8x1xf32>
  %sm = tosa.sub %ss, %mx : (tensor<2x8x8xf32>, tensor<2x8x1xf32>) -> tensor<2x8x8xf32>
  %ex = tosa.exp %sm : (tensor<2x8x8xf32>) -> tensor<2x8x8xf32>
  %sum = tosa.reduce_sum %ex {axis = 2 : i32} : (tensor<2x8x8xf32>) -> tensor<2x8x1xf32>
  %rs = tosa.reciprocal %sum : (tensor<2x8x1xf32>) -> tensor<2x8x1xf32>
  %p = tosa.mul %ex, %rs, %sh : (tensor<2x8x8xf32>, tensor<2x8x1xf32>, tensor<1xi8>) -> tensor<2x8x8xf32>
  %ctx = tosa.matmul %p, %vh, %zp, %zp : (tensor<2x8x8xf32>, tensor<2x8x8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<2x8x8xf32>
  %ct = tosa.transpose %ctx {perms = array<i32: 1, 0, 2>} : (tensor<2x8x8xf32>) -> tensor<8x2x8xf32>
  %model = tosa.const_shape {values = dense<[1, 8, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %cm = tosa.reshape %ct, %model : (tensor<8x2x8xf32>, !tosa.shape<3>) -> tensor<1x8x16xf32>
  %o = tosa.matmul %cm, %wo, %zp, %zp : (tensor<1x8x16xf32>, tensor<1x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x16xf32>
  %res1 = tosa.add %x, %o : (tensor<1x8x16xf32>, tensor<1x8x16xf32>) -> tensor<1x8x16xf32>

  // Layer norm 2.
  %s2 = tosa.reduce_sum %res1 {axis = 2 : i32} : (tensor<1x8x16xf32>) -> tensor<1x8x1xf32>
  %m2 = tosa.mul %s2, %inv_d, %sh : (tensor<1x8x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<1x8x1xf32>
  %c2 = tosa.sub %res1, %m2 : (tensor<1x8x16xf32>, tensor<1x8x1xf32>) -> tensor<1x8x16xf32>
  %q2 = tosa.mul %c2, %c2, %sh : (tensor<1x8x16xf32>, tensor<1x8x16xf32>, tensor<1xi8>) -> tensor<1x8x16xf32>
  %v2 = tosa.reduce_sum %q2 {axis = 2 : i32} : (tensor<1x8x16xf32>) -> tensor<1x8x1xf32>
  %vm2 = tosa.mul %v2, %inv_d, %sh : (tensor<1x8x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<1x8x1xf32>
  %ve2 = tosa.add %vm2, %eps : (tensor<1x8x1xf32>, tensor<1x1x1xf32>) -> tensor<1x8x1xf32>
  %r2 = tosa.rsqrt %ve2 : (tensor<1x8x1xf32>) -> tensor<1x8x1xf32>
  %n2 = tosa.mul %c2, %r2, %sh : (tensor<1x8x16xf32>, tensor<1x8x1xf32>, tensor<1xi8>) -> tensor<1x8x16xf32>
  %gn2 = tosa.mul %n2, %g2, %sh : (tensor<1x8x16xf32>, tensor<1x1x16xf32>, tensor<1xi8>) -> tensor<1x8x16xf32>
  %ln2 = tosa.add %gn2, %be2 : (tensor<1x8x16xf32>, tensor<1x1x16xf32>) -> tensor<1x8x16xf32>

  // Feed-forward with GELU(x) = 0.5 * x * (1 + erf(x / sqrt(2))).
  %h = tosa.matmul %ln2, %w1, %zp, %zp : (tensor<1x8x16xf32>, tensor<1x16x32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x32xf32>
  %hs = tosa.mul %h, %rsqrt2, %sh : (tensor<1x8x32xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<1x8x32xf32>
  %er = tosa.erf %hs : (tensor<1x8x32xf32>) -> tensor<1x8x32xf32>
  %e1 = tosa.add %er, %one : (tensor<1x8x32xf32>, tensor<1x1x1xf32>) -> tensor<1x8x32xf32>
  %hx = tosa.mul %h, %e1, %sh : (tensor<1x8x32xf32>, tensor<1x8x32xf32>, tensor<1xi8>) -> tensor<1x8x32xf32>
  %g = tosa.mul %hx, %half, %sh : (tensor<1x8x32xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<1x8x32xf32>
  %f = tosa.matmul %g, %w2, %zp, %zp : (tensor<1x8x32xf32>, tensor<1x32x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x16xf32>
  %out = tosa.add %res1, %f : (tensor<1x8x16xf32>, tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  return %out : tensor<1x8x16xf32>
}
