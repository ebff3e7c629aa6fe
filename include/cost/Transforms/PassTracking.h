//===- PassTracking.h - The cost of the module after each pass --*- C++ -*-===//
//
// --cost-track-passes: a pass instrumentation that costs the module after
// every pass of the user's pipeline and records the totals, for the report
// to print (include/cost/Report/PassTable.h).
//
//===----------------------------------------------------------------------===//

#ifndef COST_TRANSFORMS_PASSTRACKING_H
#define COST_TRANSFORMS_PASSTRACKING_H

#include "cost/Report/PassTable.h"
#include "cost/Transforms/Passes.h"

#include "mlir/Pass/PassManager.h"
#include "llvm/ADT/STLFunctionalExtras.h"

#include <memory>
#include <vector>

namespace mlir {
namespace cost {

/// Adds the user's pipeline (what `setupUserPipeline` adds to a pass
/// manager) to `pm`, and an instrumentation that appends to `rows` the
/// module's cost, with the analysis options of `options`, before the first
/// pass ("input") and after each pass on the module. A nested pipeline
/// (`func.func(a, b)`) is added as one nested pipeline per pass
/// (`func.func(a)`, then `func.func(b)`), so that each row is taken once
/// its pass has run on every function: the passes of a nested pipeline
/// act on one function each, so the result is the same. Fails, after an
/// error at `loc`, if the pipeline cannot be rebuilt from its text.
LogicalResult addTrackedPipeline(
    PassManager &pm, Location loc,
    llvm::function_ref<LogicalResult(PassManager &)> setupUserPipeline,
    const CostReportPassOptions &options,
    std::shared_ptr<std::vector<PassCostRow>> rows);

/// --cost-track-passes=fail-on-change: fails, after writing to `os` one
/// "cost-opt: error: ..." line per pass of `rows` that changed FLOPs or
/// MACs (the pass, its anchor, both counts before and after, and the
/// functions it changed).
LogicalResult checkPassesKeepWork(ArrayRef<PassCostRow> rows,
                                  llvm::raw_ostream &os);

} // namespace cost
} // namespace mlir

#endif // COST_TRANSFORMS_PASSTRACKING_H
