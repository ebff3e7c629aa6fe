//===- ResultLinking.cpp - Per-op results into per-function totals --------===//

#include "ResultLinking.h"

#include "llvm/ADT/DenseMap.h"

using namespace mlir;
using namespace mlir::cost;
using namespace mlir::cost::detail;

/// Finds each result's parent by walking up the IR from its op. Results are
/// in pre-order, so a parent is always seen (and indexed) before the ops of
/// its regions.
static void findParents(Operation *func, std::vector<OpCostResult> &results) {
  llvm::DenseMap<Operation *, unsigned> slots;
  slots.reserve(results.size());
  for (OpCostResult &result : results)
    result.hasNestedResults = false;
  for (auto [i, result] : llvm::enumerate(results)) {
    slots[result.op] = i;
    result.parent = -1;
    result.parentRegion = 0;
    Operation *child = result.op;
    for (Operation *p = child->getParentOp(); p && p != func;
         child = p, p = p->getParentOp()) {
      auto it = slots.find(p);
      if (it == slots.end())
        continue;
      result.parent = static_cast<int>(it->second);
      result.parentRegion = child->getParentRegion()->getRegionNumber();
      results[result.parent].hasNestedResults = true;
      break;
    }
  }
}

void mlir::cost::detail::linkResults(Operation *func, bool haveParents,
                                     std::vector<OpCostResult> &results) {
  if (!haveParents)
    findParents(func, results);
  for (OpCostResult &result : results) {
    // In a block of a control-flow graph, the op runs as often as its block
    // (possibly an unknown number of times).
    bool inGraph = result.details && result.details->inGraph;
    std::optional<Polynomial> blockRuns =
        inGraph ? result.details->blockRuns : std::nullopt;
    if (inGraph && !blockRuns)
      continue;
    if (result.parent < 0) {
      result.executions = inGraph ? *blockRuns : Polynomial(1);
      continue;
    }
    const OpCostResult &up = results[result.parent];
    if (up.status != OpCostStatus::Costed || !up.executions)
      continue;
    // A loop of a nest with dependent bounds counts per run of the nest's
    // outermost loop, as its parent does (or is).
    result.executions =
        result.isPerNestRoot()
            ? std::optional<Polynomial>(*up.executions)
            : Polynomial::mul(*up.executions,
                              up.getRegionExecutions(result.parentRegion));
    if (inGraph && result.executions)
      result.executions = Polynomial::mul(*result.executions, *blockRuns);
  }
}

std::optional<CostCounts>
mlir::cost::detail::subtractCalls(const CostCounts &inclusive,
                                  ArrayRef<OpCostResult> linkedResults) {
  CostCounts own = inclusive;
  for (const OpCostResult &result : linkedResults) {
    if (result.callee < 0 || result.status != OpCostStatus::Costed ||
        !result.executions)
      continue;
    CostCounts perCall = result.counts;
    if (failed(perCall.scale(*result.executions)))
      return std::nullopt;
    for (const CostField &field : getCostFields()) {
      std::optional<Polynomial> rest =
          Polynomial::sub(own.*field.member, perCall.*field.member);
      if (!rest)
        return std::nullopt;
      own.*field.member = std::move(*rest);
    }
  }
  return own;
}

LogicalResult mlir::cost::detail::accumulate(CostSummary &into,
                                             const CostSummary &from,
                                             bool addParams) {
  if (failed(into.counts.add(from.counts)))
    return failure();
  if (addParams && failed(into.params.add(from.params)))
    return failure();
  into.opsCosted += from.opsCosted;
  auto merge = [](std::vector<OpNameCount> &to,
                  const std::vector<OpNameCount> &entries) {
    for (const OpNameCount &entry : entries) {
      auto it = llvm::find_if(
          to, [&](const OpNameCount &e) { return e.name == entry.name; });
      if (it == to.end())
        to.push_back(entry);
      else
        it->count += entry.count;
    }
  };
  merge(into.uncounted, from.uncounted);
  merge(into.costedByRule, from.costedByRule);
  merge(into.ruleOverrides, from.ruleOverrides);
  for (const InterfaceDefaultCount &entry : from.interfaceDefaults) {
    auto it = llvm::find_if(
        into.interfaceDefaults,
        [&](const InterfaceDefaultCount &e) { return e.name == entry.name; });
    if (it == into.interfaceDefaults.end())
      into.interfaceDefaults.push_back(entry);
    else
      it->count += entry.count;
  }
  llvm::append_range(into.interfaceDefaultOps, from.interfaceDefaultOps);
  llvm::append_range(into.uncountedOps, from.uncountedOps);
  llvm::append_range(into.ruleOverrideOps, from.ruleOverrideOps);
  llvm::append_range(into.unresolved, from.unresolved);
  llvm::append_range(into.branches, from.branches);
  for (const ShapeSymbol &symbol : from.symbols)
    if (llvm::none_of(into.symbols, [&](const ShapeSymbol &s) {
          return s.name == symbol.name;
        }))
      into.symbols.push_back(symbol);
  return success();
}
