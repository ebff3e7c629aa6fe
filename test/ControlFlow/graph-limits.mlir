// Control-flow graphs that are not counted loops, and counted loops at the
// edges of their types (docs/ops.md, "Control-flow graphs"). A loop that
// is not counted is unresolved with the cost of one iteration and left out
// of the totals; everything else in its function still counts.
// RUN: cost-opt --flops --format=json --target=none --cost-diagnostics=none -split-input-file %s | FileCheck %s

// The entry branches into the header twice, with 8 and with 0: two
// initial values, no one trip count.
// CHECK: "name": "two_entries",
// CHECK-NEXT: "flops": 0,
// CHECK: "reason": "a loop of the control-flow graph whose trip count cannot be read from its header: it is entered with two initial values;
func.func @two_entries(%c: i1, %a: tensor<4xf32>) {
  %c0 = arith.constant 0 : index
  %c8 = arith.constant 8 : index
  %ub = arith.constant 10 : index
  %step = arith.constant 1 : index
  cf.cond_br %c, ^header(%c8 : index), ^header(%c0 : index)
^header(%i: index):
  %cond = arith.cmpi slt, %i, %ub : index
  cf.cond_br %cond, ^body, ^exit
^body:
  %0 = linalg.add ins(%a, %a : tensor<4xf32>, tensor<4xf32>) outs(%a : tensor<4xf32>) -> tensor<4xf32>
  %next = arith.addi %i, %step : index
  cf.br ^header(%next : index)
^exit:
  return
}

// -----

// A latch may pass the induction variable back unchanged: the loop may
// never end.
// CHECK: "name": "stall",
// CHECK-NEXT: "flops": 0,
// CHECK: "reason": "a loop of the control-flow graph whose trip count cannot be read from its header: a latch does not add one positive constant step to the induction variable;
func.func @stall(%d: i1, %a: tensor<4xf32>) {
  %c0 = arith.constant 0 : index
  %ub = arith.constant 10 : index
  %step = arith.constant 1 : index
  cf.br ^header(%c0 : index)
^header(%i: index):
  %cond = arith.cmpi slt, %i, %ub : index
  cf.cond_br %cond, ^body, ^exit
^body:
  %0 = linalg.add ins(%a, %a : tensor<4xf32>, tensor<4xf32>) outs(%a : tensor<4xf32>) -> tensor<4xf32>
  %next = arith.addi %i, %step : index
  cf.cond_br %d, ^header(%next : index), ^header(%i : index)
^exit:
  return
}

// -----

// The header's compare leads to another block of the loop, not out of it.
// CHECK: "name": "notexit",
// CHECK-NEXT: "flops": 0,
// CHECK: "reason": "a loop of the control-flow graph whose trip count cannot be read from its header: its header does not end in a branch on a comparison that enters the loop or leaves it;
func.func @notexit(%d: i1, %a: tensor<4xf32>) {
  %lb = arith.constant 0 : index
  %ub = arith.constant 10 : index
  %step = arith.constant 1 : index
  cf.br ^header(%lb : index)
^header(%i: index):
  %cond = arith.cmpi slt, %i, %ub : index
  cf.cond_br %cond, ^body, ^other
^body:
  %0 = linalg.add ins(%a, %a : tensor<4xf32>, tensor<4xf32>) outs(%a : tensor<4xf32>) -> tensor<4xf32>
  %next = arith.addi %i, %step : index
  cf.br ^header(%next : index)
^other:
  %w = linalg.exp ins(%a : tensor<4xf32>) outs(%a : tensor<4xf32>) -> tensor<4xf32>
  %n2 = arith.addi %i, %step : index
  cf.cond_br %d, ^header(%n2 : index), ^exit
^exit:
  return
}

// -----

// A break: the loop is also left from inside its body.
// CHECK: "name": "brk",
// CHECK-NEXT: "flops": 0,
// The block the break goes to runs after the loop, once: 1000 exps.
// CHECK-NEXT: "macs": 0,
// CHECK-NEXT: "int_ops": 0,
// CHECK-NEXT: "transcendentals": 1000,
// CHECK: "reason": "a loop of the control-flow graph whose trip count cannot be read from its header: it is left from a block other than its header (a break);
func.func @brk(%c: i1, %a: tensor<4xf32>, %b: tensor<1000xf32>) {
  %lb = arith.constant 0 : index
  %ub = arith.constant 100 : index
  %step = arith.constant 1 : index
  cf.br ^header(%lb : index)
^header(%i: index):
  %cond = arith.cmpi slt, %i, %ub : index
  cf.cond_br %cond, ^body, ^exit
^body:
  cf.cond_br %c, ^heavy, ^light
^heavy:
  %1 = linalg.exp ins(%b : tensor<1000xf32>) outs(%b : tensor<1000xf32>) -> tensor<1000xf32>
  cf.br ^exit
^light:
  %0 = linalg.add ins(%a, %a : tensor<4xf32>, tensor<4xf32>) outs(%a : tensor<4xf32>) -> tensor<4xf32>
  %next = arith.addi %i, %step : index
  cf.br ^header(%next : index)
^exit:
  return
}

// -----

// An scf.for of 8 holding a data-dependent loop, after convert-scf-to-cf:
// the outer loop still counts its 4-element multiply 8 times (32 FLOPs) and
// the inner loop is unresolved, as the scf.while in scf form is.
// CHECK: "name": "inner_while",
// CHECK-NEXT: "flops": 32,
// CHECK: "unresolved": [
// CHECK-NEXT: {
// CHECK-NEXT: "op": "cf.cond_br",
  func.func @inner_while(%arg0: i1, %arg1: tensor<4xf32>) {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c8 = arith.constant 8 : index
    cf.br ^bb1(%c0 : index)
  ^bb1(%0: index):  // 2 preds: ^bb0, ^bb4
    %1 = arith.cmpi slt, %0, %c8 : index
    cf.cond_br %1, ^bb2, ^bb5
  ^bb2:  // pred: ^bb1
    %2 = linalg.mul ins(%arg1, %arg1 : tensor<4xf32>, tensor<4xf32>) outs(%arg1 : tensor<4xf32>) -> tensor<4xf32>
    cf.br ^bb3
  ^bb3:  // 2 preds: ^bb2, ^bb3
    %3 = linalg.add ins(%arg1, %arg1 : tensor<4xf32>, tensor<4xf32>) outs(%arg1 : tensor<4xf32>) -> tensor<4xf32>
    cf.cond_br %arg0, ^bb3, ^bb4
  ^bb4:  // pred: ^bb3
    %4 = arith.addi %0, %c1 : index
    cf.br ^bb1(%4 : index)
  ^bb5:  // pred: ^bb1
    return
  }

// -----

// i8, unsigned, 0 to 250 step 100: 0, 100, 200, then 300 wraps to 44 and
// the loop goes on: unresolved, not 3 trips.
// CHECK: "name": "wrap",
// CHECK-NEXT: "flops": 0,
// CHECK: "reason": "a loop of the control-flow graph whose trip count cannot be read from its header: its induction variable wraps around before it reaches the bound;
func.func @wrap(%a: tensor<4xf32>) {
  %lb = arith.constant 0 : i8
  %ub = arith.constant 250 : i8
  %step = arith.constant 100 : i8
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

// i8, signed, -100 to 100 step 1: 200 trips (more than an i8 holds, fine:
// the last value, 100, does): 200 * 4 = 800 FLOPs.
// CHECK: "name": "i8s",
// CHECK-NEXT: "flops": 800,
func.func @i8s(%a: tensor<4xf32>) {
  %lb = arith.constant -100 : i8
  %ub = arith.constant 100 : i8
  %step = arith.constant 1 : i8
  cf.br ^header(%lb : i8)
^header(%i: i8):
  %cond = arith.cmpi slt, %i, %ub : i8
  cf.cond_br %cond, ^body, ^exit
^body:
  %0 = linalg.add ins(%a, %a : tensor<4xf32>, tensor<4xf32>) outs(%a : tensor<4xf32>) -> tensor<4xf32>
  %next = arith.addi %i, %step : i8
  cf.br ^header(%next : i8)
^exit:
  return
}

// -----

// The bound 100 + 100 on i8 is 200 as unsigned (ult): 200 trips, 800 FLOPs.
// CHECK: "name": "i8wrapub",
// CHECK-NEXT: "flops": 800,
func.func @i8wrapub(%a: tensor<4xf32>) {
  %c0 = arith.constant 0 : i8
  %c100 = arith.constant 100 : i8
  %ub = arith.addi %c100, %c100 : i8
  %step = arith.constant 1 : i8
  cf.br ^h(%c0 : i8)
^h(%i: i8):
  %cond = arith.cmpi ult, %i, %ub : i8
  cf.cond_br %cond, ^body, ^exit
^body:
  %0 = linalg.add ins(%a, %a : tensor<4xf32>, tensor<4xf32>) outs(%a : tensor<4xf32>) -> tensor<4xf32>
  %next = arith.addi %i, %step : i8
  cf.br ^h(%next : i8)
^exit:
  return
}
