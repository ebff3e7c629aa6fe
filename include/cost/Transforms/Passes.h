//===- Passes.h - cost-opt passes -------------------------------*- C++ -*-===//

#ifndef COST_TRANSFORMS_PASSES_H
#define COST_TRANSFORMS_PASSES_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/Pass.h"

#include <memory>
#include <vector>

namespace llvm {
class raw_ostream;
} // namespace llvm

namespace mlir {
namespace cost {

#define GEN_PASS_DECL
#include "cost/Transforms/Passes.h.inc"

/// A cost-report pass that appends its report to `os` instead of writing
/// the `report-file` option's destination, and its roofline plot to `svg`
/// (when given) instead of the `roofline-svg` option's, and sets
/// `*regressed` (when given) when the one failure after the report is
/// rendered, the --baseline gate, happens. Used by the cost-opt driver,
/// which owns the output files and writes them only if the whole run
/// succeeds (or only the gate failed).
struct PassCostRow;
/// `passes` (when given): the cost after each pass of the pipeline
/// (--cost-track-passes), shown in the report.
std::unique_ptr<Pass> createCostReportPass(
    const CostReportPassOptions &options, llvm::raw_ostream &os,
    llvm::raw_ostream *svg = nullptr, bool *regressed = nullptr,
    std::shared_ptr<const std::vector<PassCostRow>> passes = nullptr);

#define GEN_PASS_REGISTRATION
#include "cost/Transforms/Passes.h.inc"

} // namespace cost
} // namespace mlir

#endif // COST_TRANSFORMS_PASSES_H
