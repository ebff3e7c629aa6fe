// The example model of the README, totals derived by hand.
// RUN: cost-opt --flops --exact %cost_src/examples/cnn.mlir | FileCheck %s
// RUN: cost-opt --flops --format=json %cost_src/examples/cnn.mlir | FileCheck %s --check-prefix=JSON
// RUN: cost-opt --flops %cost_src/examples/cnn.mlir | FileCheck %s --check-prefix=SI

// conv1 MACs: H*W*Cout*K^2*Cin = 32*32*16*9*3 = 442368
// conv2 MACs: 16*16*32*9*16 = 1179648
// fc MACs:    1*10*32 = 320
// MACs = 442368 + 1179648 + 320 = 1622336
// FLOPs = 2*MACs                           = 3244672
//       + bias+ReLU 1: 2*16*32*32          =   32768
//       + max-pool 2x2: 16*16*16*4         =   16384
//       + bias+ReLU 2: 2*32*16*16          =   16384
//       + global sum-pool: 32*16*16        =    8192
//       + divide by 256: 32                =      32
//       + fc bias: 10                      =      10
//       = 3318442
// params: 16*3*3*3 + 16 + 32*16*3*3 + 32 + 32*10 + 10 = 432+16+4608+32+320+10 = 5418
// param bytes: 5418*4 = 21672
// CHECK: function FLOPs MACs int OPs transcendentals read written params param bytes costed not costed
// JSON: "name": "forward",
// JSON-NEXT: "flops": 3318442,
// JSON-NEXT: "macs": 1622336,
// JSON-NEXT: "int_ops": 0,
// JSON-NEXT: "transcendentals": 0,
// JSON-NEXT: "bytes_read": {{[0-9]+}},
// JSON-NEXT: "bytes_written": {{[0-9]+}},
// JSON-NEXT: "param_elements": 5418,
// JSON-NEXT: "param_bytes": 21672,
// JSON-NEXT: "ops_costed": {{[0-9]+}},
// JSON-NEXT: "uncounted": [],
// JSON-NEXT: "unresolved": [],
// JSON: "total": {
// JSON-NEXT: "flops": 3318442,
// JSON-NEXT: "macs": 1622336,
// JSON-NEXT: "int_ops": 0,
// JSON-NEXT: "transcendentals": 0,
// CHECK-NOT: warning

// The README shows this row with SI units; its layout is checked as printed.
// SI: @forward 3.32 MFLOPs 1.62 MMACs 0 OPs 0 {{.*}} 5.42 K params 21.7 KB
