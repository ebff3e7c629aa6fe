//===- ResultLinking.h - Per-op results into per-function totals -*- C++
//-*-===//
//
// Private to lib/Analysis: what the analysis derives from a function's op
// results once they are costed: each result's parent and execution count,
// a function's own cost without its calls, and summaries added together.
//
//===----------------------------------------------------------------------===//

#ifndef COST_LIB_ANALYSIS_RESULTLINKING_H
#define COST_LIB_ANALYSIS_RESULTLINKING_H

#include "cost/Analysis/CostAnalysis.h"

namespace mlir {
namespace cost {
namespace detail {

/// Fills in each result's executions: the product of the trip counts of the
/// ops enclosing it. With `haveParents` false (a model costed the region of
/// an op other than its own), each result's parent is first found by
/// walking up the IR from its op.
void linkResults(Operation *func, bool haveParents,
                 std::vector<OpCostResult> &results);

/// A function's own cost (calls to functions of the module costing
/// nothing) from its inclusive cost: each call's counts, times the times it
/// runs, taken out. A call that added nothing (unresolved, or inside an op
/// that was not costed) has no executions. std::nullopt on overflow.
std::optional<CostCounts> subtractCalls(const CostCounts &inclusive,
                                        ArrayRef<OpCostResult> linkedResults);

/// Adds `from` into `into`, merging the name lists by name; `from`'s params
/// too with `addParams`. Fails on overflow.
LogicalResult accumulate(CostSummary &into, const CostSummary &from,
                         bool addParams);

} // namespace detail
} // namespace cost
} // namespace mlir

#endif // COST_LIB_ANALYSIS_RESULTLINKING_H
