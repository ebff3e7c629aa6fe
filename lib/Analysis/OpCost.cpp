//===- OpCost.cpp - The cost of one op, for other passes ------------------===//

#include "cost/Analysis/OpCost.h"
#include "FunctionCoster.h"

#include "cost/Analysis/CostRules.h"
#include "cost/Interfaces/CostOpInterface.h"

#include "mlir/Interfaces/CallInterfaces.h"
#include "mlir/Interfaces/FunctionInterfaces.h"

using namespace mlir;
using namespace mlir::cost;
using namespace mlir::cost::detail;

FailureOr<OpCost> mlir::cost::computeOpCost(Operation *op,
                                            const CostOptions &options) {
  OpCost cost;
  // A call's cost is its callee's, which only the analysis of the module
  // knows (bottom-up over the call graph).
  if (auto call = dyn_cast<CallOpInterface>(op);
      call && !isa<CostOpInterface>(op) &&
      !(options.rules && options.rules->lookup(op->getName().getStringRef()))) {
    Operation *callee = call.resolveCallable();
    auto fn = dyn_cast_or_null<FunctionOpInterface>(callee);
    if (fn && !fn.isExternal()) {
      cost.status = OpCostStatus::Unresolved;
      cost.reason = "a call: its cost is its callee's, which CostAnalysis "
                    "computes over the module's call graph";
      return cost;
    }
  }
  // Sizes are traced within the enclosing function, whose arguments name
  // the shape symbols.
  Operation *scope = op->getParentOfType<FunctionOpInterface>();
  if (!scope)
    scope = op->getParentOp() ? op->getParentOp() : op;
  FunctionCoster coster(scope, options);
  if (failed(coster.runOnOp(op)))
    return failure();
  if (coster.results.empty() || coster.results.front().op != op) {
    // A terminator: its values were produced, and costed, by other ops.
    return cost;
  }
  const OpCostResult &result = coster.results.front();
  cost.status = result.status;
  cost.counts = result.counts;
  cost.reason = result.getReason().str();
  cost.params = coster.summary.params;
  cost.uncounted = std::move(coster.summary.uncounted);
  cost.unresolved = std::move(coster.summary.unresolved);
  cost.symbols = std::move(coster.summary.symbols);
  return cost;
}
