//===- VectorPadding.h - Vector lanes outside the data ----------*- C++ -*-===//
//
// A vector op counts the lanes it executes. Some of them may hold nothing:
// lanes a mask turns off (not executed, so not in the counts), and lanes a
// transfer that is not in bounds reads or writes past the end of its
// buffer, executed on the last iterations of a loop whose trip count is not
// a multiple of the vector width, with the arithmetic done on them. This
// analysis reads the per-op results of a CostAnalysis and reports those
// padding lanes, and the part of the counts spent on them, apart: the
// counts less the padding are those of the lanes inside the data
// (docs/ops.md, "Vector").
//
//===----------------------------------------------------------------------===//

#ifndef COST_ANALYSIS_VECTORPADDING_H
#define COST_ANALYSIS_VECTORPADDING_H

#include "cost/Analysis/CostAnalysis.h"

#include <string>
#include <vector>

namespace mlir {
namespace cost {

/// One op with padding lanes, over every execution of its function.
struct PaddedVectorOp {
  Operation *op = nullptr;
  /// Lanes outside the data: masked off, or past the end of a buffer.
  int64_t lanes = 0;
  /// The part of the op's counts (times its executions) spent on them.
  CostCounts counts;
};

/// A vector op whose padding could not be computed, and why.
struct UnknownVectorPadding {
  Operation *op = nullptr;
  std::string reason;
};

/// The padding of one function's vector ops, per execution of the function.
struct VectorPadding {
  int64_t lanes = 0;
  CostCounts counts;
  std::vector<PaddedVectorOp> ops;
  std::vector<UnknownVectorPadding> unknown;

  /// True if no op has padding lanes and none is unknown: the report then
  /// says nothing.
  bool empty() const { return ops.empty() && unknown.empty(); }
};

/// The padding lanes of the vector ops of `fn` (exclusive of callees), from
/// the costs and executions `analysis` found.
VectorPadding computeVectorPadding(const CostAnalysis &analysis,
                                   const FunctionCost &fn);

} // namespace cost
} // namespace mlir

#endif // COST_ANALYSIS_VECTORPADDING_H
