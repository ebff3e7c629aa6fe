// The levels of --cost-diagnostics, and the remark on each op a rule of
// the rules file costs in place of the op's own model (docs/diagnostics.md).
// (This file has no expected-* comments: MLIR reports those it does not
// see even without -verify-diagnostics.)
// RUN: cost-opt --flops --target=none --cost-rules=%S/Inputs/override-exp.yaml %s -o /dev/null 2>&1 | FileCheck %s --check-prefix=ALL
// ALL: diagnostics-levels.mlir:[[# @LINE + 27]]:8: warning: 'tosa.custom' not costed: no cost model
// ALL: diagnostics-levels.mlir:[[# @LINE + 31]]:10: warning: 'func.call @ext' not costed: no cost model
// ALL: diagnostics-levels.mlir:[[# @LINE + 37]]:3: warning: 'scf.for' cost unresolved: the size result #0 of memref.load at {{.*}}diagnostics-levels.mlir:[[# @LINE + 36]]:8: no rule traces a size through memref.load
// ALL: diagnostics-levels.mlir:[[# @LINE + 25]]:8: remark: 'linalg.exp' costed by a rule of the rules file, in place of its own cost model
// The pass option is the same.
// RUN: cost-opt --pass-pipeline='builtin.module(cost-annotate{target=none cost-rules=%S/Inputs/override-exp.yaml})' %s -o /dev/null 2>&1 | FileCheck %s --check-prefix=ALL
// =warnings keeps the warnings and drops the remarks.
// RUN: cost-opt --flops --target=none --cost-rules=%S/Inputs/override-exp.yaml --cost-diagnostics=warnings %s -o /dev/null 2>&1 | FileCheck %s --check-prefix=WARN
// WARN-NOT: remark
// WARN: warning: 'tosa.custom' not costed: no cost model
// WARN-NOT: remark
// WARN: warning: 'func.call @ext' not costed: no cost model
// WARN-NOT: remark
// =none emits nothing; the report still lists every such op.
// RUN: cost-opt --flops --target=none --cost-diagnostics=none %s -o %t.txt 2>&1 | count 0
// RUN: FileCheck %s --check-prefix=REPORT < %t.txt
// REPORT: warning: @f: 1 x tosa.custom not costed (no cost model)
// REPORT: warning: @f: 1 x func.call @ext not costed
// REPORT: @f: scf.for at {{.*}}: the size result #0 of memref.load
// RUN: cost-opt --pass-pipeline='builtin.module(cost-annotate{target=none cost-diagnostics=none})' %s -o /dev/null 2>&1 | count 0
// RUN: not cost-opt --flops --target=none --cost-diagnostics=some %s 2>&1 | FileCheck %s --check-prefix=BAD
// BAD: cost-opt: error: unknown --cost-diagnostics 'some'; expected 'all', 'warnings' or 'none'

func.func private @ext(f32) -> f32

func.func @f(%a: tensor<4xf32>, %m: memref<index>) -> tensor<4xf32> {
  // An op with no cost model.
  %0 = tosa.custom %a {domain_name = "d", operator_name = "op", implementation_attrs = ""} : (tensor<4xf32>) -> tensor<4xf32>
  %1 = linalg.exp ins(%0 : tensor<4xf32>) outs(%0 : tensor<4xf32>) -> tensor<4xf32>
  // A payload op without a model gets its own diagnostic too.
  %2 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} outs(%1 : tensor<4xf32>) {
  ^bb0(%x: f32):
    %y = func.call @ext(%x) : (f32) -> f32
    linalg.yield %y : f32
  } -> tensor<4xf32>
  // A trip count read from memory.
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %n = memref.load %m[] : memref<index>
  scf.for %i = %c0 to %n step %c1 {
    %e = tensor.extract %a[%i] : tensor<4xf32>
  }
  return %2 : tensor<4xf32>
}

// The pass option gets the same check, as an error at the module.
// RUN: not cost-opt --pass-pipeline='builtin.module(cost-annotate{cost-diagnostics=some})' %s 2>&1 | FileCheck %s --check-prefix=BAD-PASS
// BAD-PASS: error: unknown cost-diagnostics 'some'; expected 'all', 'warnings' or 'none'

// cost-annotate and cost-report share the cached analysis; its diagnostics
// come once.
// RUN: cost-opt --pass-pipeline='builtin.module(cost-annotate{target=none},cost-report{target=none report-file=%t.report})' %s -o /dev/null 2>&1 | FileCheck %s --check-prefix=ONCE
// ONCE: warning: 'tosa.custom' not costed: no cost model
// ONCE-NOT: warning: 'tosa.custom' not costed
