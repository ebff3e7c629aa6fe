//===- OpCost.h - The cost of one op, for other passes ----------*- C++ -*-===//
//
// A single-op query for passes that choose between rewrites by their cost (a
// tiling or fusion heuristic): what one execution of this op costs, with the
// same models, conventions and rules as the whole-module analysis.
//
//===----------------------------------------------------------------------===//

#ifndef COST_ANALYSIS_OPCOST_H
#define COST_ANALYSIS_OPCOST_H

#include "cost/Analysis/CostAnalysis.h"

namespace mlir {
namespace cost {

/// The cost of one execution of one op.
struct OpCost {
  /// Costed: `counts` is the cost. Unresolved: a size or trip count could
  /// not be determined (`reason`), or the op is a call to a function with a
  /// body (its cost is the callee's: use CostAnalysis on the module).
  /// Uncounted: the op has no cost model.
  OpCostStatus status = OpCostStatus::Costed;
  /// One execution, the op's regions included (a loop: every iteration).
  CostCounts counts;
  /// Why the op is unresolved; empty otherwise.
  std::string reason;
  /// Weights the op stores in the IR (a constant).
  ParamFootprint params;
  /// Ops nested in this one (a loop body, a payload) without a cost model,
  /// by name; left out of `counts`.
  std::vector<OpNameCount> uncounted;
  /// Ops nested in this one (or the op itself) that are unresolved.
  std::vector<UnresolvedOp> unresolved;
  /// The shape symbols `counts` were traced to (a dynamic dimension is a
  /// symbol named after the enclosing function's argument).
  std::vector<ShapeSymbol> symbols;
};

/// Costs `op` alone, as CostAnalysis would cost it where it stands (sizes
/// traced within its function, `options`' convention, bindings and rules).
/// Calls inside the op are not followed. Fails only after an error was
/// emitted on the op (a count beyond INT64_MAX); everything else is a
/// status. Thread-safe for ops of different functions; the IR is not
/// changed.
FailureOr<OpCost> computeOpCost(Operation *op, const CostOptions &options = {});

} // namespace cost
} // namespace mlir

#endif // COST_ANALYSIS_OPCOST_H
