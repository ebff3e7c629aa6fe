// Regions of several blocks are costed on their control-flow graph
// (docs/ops.md, "Control-flow graphs"): a branch counts its costlier
// successor and lists both; a loop whose header compares an induction
// variable with a bound and whose latch increments it runs its body trip
// count times; any other loop is unresolved, never counted once.
// RUN: cost-opt --flops --format=json --target=none --cost-diagnostics=none -split-input-file %s | FileCheck %s
// RUN: cost-opt --flops --format=csv --target=none --cost-diagnostics=none -split-input-file %s | FileCheck %s --check-prefix=CSV
// RUN: cost-opt --flops --target=none -split-input-file %s -o /dev/null 2>&1 | FileCheck %s --check-prefix=DIAG

// A diamond: then adds 16 elements (16 FLOPs), else takes 8 exponentials
// (8 transcendentals). Operations 16 > 8: the then arm counts; its block
// runs once, the else block 0 times.
// CHECK: "name": "diamond",
// CHECK-NEXT: "flops": 16,
// CHECK-NEXT: "macs": 0,
// CHECK-NEXT: "int_ops": 0,
// CHECK-NEXT: "transcendentals": 0,
// CHECK: "branches": [
// CHECK-NEXT: {
// CHECK-NEXT: "op": "cf.cond_br",
// CSV: diamond,linalg.add,{{.*}},costed,op,1,16,
// CSV: diamond,linalg.exp,{{.*}},costed,op,0,0,0,0,8,
func.func @diamond(%c: i1, %a: tensor<16xf32>, %b: tensor<8xf32>) {
  cf.cond_br %c, ^then, ^else
^then:
  %0 = linalg.add ins(%a, %a : tensor<16xf32>, tensor<16xf32>) outs(%a : tensor<16xf32>) -> tensor<16xf32>
  cf.br ^exit
^else:
  %1 = linalg.exp ins(%b : tensor<8xf32>) outs(%b : tensor<8xf32>) -> tensor<8xf32>
  cf.br ^exit
^exit:
  return
}

// -----

// for i in [2, 12) step 3 (i = 2, 5, 8, 11: 4 trips), an unsigned compare
// on i8: the body's 4-element add runs 4 times: 16 FLOPs. The header runs
// 5 times (4 trips + the last check); its compare and the latch's
// increment are the loop's control and cost nothing.
// CHECK: "name": "counted",
// CHECK-NEXT: "flops": 16,
// CHECK-NEXT: "macs": 0,
// CHECK-NEXT: "int_ops": 0,
// CSV: counted,arith.cmpi,{{.*}},costed,op,5,0,0,0,0,
// CSV: counted,linalg.add,{{.*}},costed,op,4,4,
// CSV: counted,arith.addi,{{.*}},costed,op,4,0,0,0,0,
func.func @counted(%a: tensor<4xf32>) {
  %lb = arith.constant 2 : i8
  %ub = arith.constant 12 : i8
  %step = arith.constant 3 : i8
  cf.br ^header(%lb : i8)
^header(%i: i8):
  %cond = arith.cmpi ult, %i, %ub : i8
  cf.cond_br %cond, ^body, ^exit
^body:
  %0 = linalg.add ins(%a, %a : tensor<4xf32>, tensor<4xf32>) outs(%a : tensor<4xf32>) -> tensor<4xf32>
  %next = arith.addi %i, %step : i8
  cf.br ^header(%next : i8)
^exit:
  return
}

// -----

// The same loop to 250 on i8 (200 > 127 as a signed i8: an unsigned
// compare still counts 0..250 step 50: 0, 50, 100, 150, 200: 5 trips).
// CHECK: "name": "unsigned_range",
// CHECK-NEXT: "flops": 20,
// 5 trips * 4 FLOPs = 20.
func.func @unsigned_range(%a: tensor<4xf32>) {
  %lb = arith.constant 0 : i8
  %ub = arith.constant 250 : i8
  %step = arith.constant 50 : i8
  cf.br ^header(%lb : i8)
^header(%i: i8):
  %cond = arith.cmpi ult, %i, %ub : i8
  cf.cond_br %cond, ^body, ^exit
^body:
  %0 = linalg.add ins(%a, %a : tensor<4xf32>, tensor<4xf32>) outs(%a : tensor<4xf32>) -> tensor<4xf32>
  %next = arith.addi %i, %step : i8
  cf.br ^header(%next : i8)
^exit:
  return
}

// -----

// A bound that is a function argument: the trip count is the symbol
// symbolic.arg1 (docs/symbolic.md); 8 FLOPs per trip.
// CHECK: "name": "symbolic",
// CHECK-NEXT: "flops": {
// CHECK-NEXT: "formula": "8*symbolic.arg1"
func.func @symbolic(%a: tensor<8xf32>, %n: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  cf.br ^header(%c0 : index)
^header(%i: index):
  %cond = arith.cmpi slt, %i, %n : index
  cf.cond_br %cond, ^body, ^exit
^body:
  %0 = linalg.add ins(%a, %a : tensor<8xf32>, tensor<8xf32>) outs(%a : tensor<8xf32>) -> tensor<8xf32>
  %next = arith.addi %i, %c1 : index
  cf.br ^header(%next : index)
^exit:
  return
}

// -----

// A loop that runs until a loaded flag clears: its trip count is
// data-dependent. It is unresolved with the cost of one iteration (4 FLOPs)
// and left out of the totals, as scf.while is; the add before it counts.
// CHECK: "name": "while_like",
// CHECK-NEXT: "flops": 4,
// CHECK: "unresolved": [
// CHECK-NEXT: {
// CHECK-NEXT: "op": "cf.cond_br",
// One iteration: the flag's load reads 1 byte; the add reads 2 * 4 * 4 = 32
// and writes 16.
// CHECK: "reason": "a loop of the control-flow graph whose trip count cannot be read from its header: its header does not end in a branch on a comparison that enters the loop or leaves it; one iteration costs 4 FLOPs, 0 int OPs, 0 transcendentals, 33 bytes read, 16 bytes written"
// The ops of the loop run an unknown number of times.
// CSV: while_like,linalg.add,{{.*}},costed,op,1,4,
// CSV: while_like,linalg.add,{{.*}},costed,op,,4,
// DIAG: warning: 'cf.cond_br' cost unresolved: a loop of the control-flow graph whose trip count cannot be read from its header
func.func @while_like(%a: tensor<4xf32>, %flag: memref<i1>) {
  %0 = linalg.add ins(%a, %a : tensor<4xf32>, tensor<4xf32>) outs(%a : tensor<4xf32>) -> tensor<4xf32>
  cf.br ^header
^header:
  %go = memref.load %flag[] : memref<i1>
  cf.cond_br %go, ^body, ^exit
^body:
  %1 = linalg.add ins(%a, %a : tensor<4xf32>, tensor<4xf32>) outs(%a : tensor<4xf32>) -> tensor<4xf32>
  cf.br ^header
^exit:
  return
}
