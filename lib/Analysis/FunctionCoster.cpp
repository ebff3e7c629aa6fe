//===- FunctionCoster.cpp - Costs the ops of one function -----------------===//

#include "FunctionCoster.h"
#include "TypeSizes.h"
#include "cost/Support/Limits.h"

#include "cost/Analysis/CostRules.h"
#include "cost/Interfaces/CostOpInterface.h"

#include "mlir/Interfaces/CallInterfaces.h"
#include "mlir/Interfaces/ControlFlowInterfaces.h"
#include "mlir/Interfaces/FunctionInterfaces.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FormatVariadic.h"

using namespace mlir;
using namespace mlir::cost;
using namespace mlir::cost::detail;

LogicalResult FunctionCoster::run() {
  FailureOr<CostCounts> counts = costRegionOps(func->getRegion(0));
  summary.symbols = tracer.getSymbols();
  if (failed(counts))
    return failure();
  summary.counts = std::move(*counts);
  return success();
}

LogicalResult FunctionCoster::runOnOp(Operation *op) {
  FailureOr<CostCounts> counts = costOp(op);
  summary.symbols = tracer.getSymbols();
  if (failed(counts))
    return failure();
  summary.counts = std::move(*counts);
  return success();
}

std::optional<int64_t> FunctionCoster::getInterfaceBytes() {
  Region &body = func->getRegion(0);
  SmallVector<Value> values(body.front().getArguments());
  for (Block &block : body)
    if (Operation *terminator = block.getTerminator();
        terminator && terminator->hasTrait<OpTrait::ReturnLike>())
      llvm::append_range(values, terminator->getOperands());
  int64_t total = 0;
  for (Value value : values) {
    if (!isa<TensorType, BaseMemRefType>(value.getType()))
      continue;
    auto shaped = cast<ShapedType>(value.getType());
    if (!shaped.hasRank())
      return std::nullopt;
    Polynomial elements = 1;
    for (unsigned d = 0, rank = shaped.getRank(); d < rank; ++d) {
      std::string why;
      std::optional<Polynomial> size = tracer.getDimSize(value, d, why);
      std::optional<Polynomial> next =
          size ? Polynomial::mul(elements, *size) : std::nullopt;
      if (!next)
        return std::nullopt;
      elements = std::move(*next);
    }
    // A negative traced size (tensor.empty of -5) has no byte size.
    std::optional<int64_t> count = elements.getConstant();
    std::optional<int64_t> bytes =
        count && *count >= 0
            ? bytesOfElements(layout, *count, shaped.getElementType())
            : std::nullopt;
    std::optional<int64_t> sum = bytes ? checkedAdd(total, *bytes) : bytes;
    if (!sum)
      return std::nullopt;
    total = *sum;
  }
  return total;
}

FailureOr<CostCounts> FunctionCoster::getPayloadCost(Block &block) {
  noteVisited(block.getParent());
  // The payloads of one function repeat (every matmul of a type has the
  // same one): a payload of scalar ops is costed once per shape. Not with a
  // rules file: rules count occurrences.
  SmallVector<uintptr_t, 48> key;
  bool keyed = !options.rules && memo.appendPayloadKey(block, key);
  if (keyed)
    if (const CostCounts *known = memo.lookupPayload(key))
      return *known;
  RecordCount before = getRecordCount();
  ++payloadDepth;
  FailureOr<CostCounts> result = costBlockOps(block);
  --payloadDepth;
  // Only a payload that left nothing behind (no op listed as uncounted or
  // unresolved) is the same every time.
  if (keyed && succeeded(result) && getRecordCount() == before)
    memo.storePayload(key, *result);
  return result;
}

FailureOr<SmallVector<CostCounts>>
FunctionCoster::getRegionOpCosts(Region &region) {
  SmallVector<CostCounts> each;
  if (!region.hasOneBlock())
    return each;
  FailureOr<CostCounts> sum = getRegionCost(region, &each);
  if (failed(sum))
    return failure();
  return each;
}

FailureOr<CostCounts> FunctionCoster::getRegionCost(Region &region) {
  return getRegionCost(region, nullptr);
}

FailureOr<CostCounts>
FunctionCoster::getRegionCost(Region &region,
                              SmallVectorImpl<CostCounts> *each) {
  noteVisited(&region);
  // The results of the region's ops have the op being costed (its region
  // `region`) as their parent. A model costing another op's region leaves
  // the parents to be found in the IR afterwards.
  int outerSlot = parentSlot;
  unsigned outerRegion = parentRegionNumber;
  if (!frames.empty() && frames.back().op == region.getParentOp()) {
    parentSlot = frames.back().slot;
    parentRegionNumber = region.getRegionNumber();
  } else {
    parentsRecorded = false;
  }
  FailureOr<CostCounts> cost = each && region.hasOneBlock()
                                   ? costBlockOps(region.front(), each)
                                   : costRegionOps(region);
  parentSlot = outerSlot;
  parentRegionNumber = outerRegion;
  return cost;
}

FailureOr<CostCounts> FunctionCoster::costRegionOps(Region &region) {
  if (!region.empty() && !region.hasOneBlock())
    return costGraphRegion(region);
  CostCounts sum;
  for (Block &block : region) {
    FailureOr<CostCounts> blockCost = costBlockOps(block);
    if (failed(blockCost))
      return failure();
    if (failed(sum.add(*blockCost)))
      return overflow(region.getParentOp(), "sum over the region");
  }
  return sum;
}

FailureOr<CostCounts>
FunctionCoster::costBlockOps(Block &block, SmallVectorImpl<CostCounts> *each) {
  CostCounts sum;
  for (Operation &op : block) {
    FailureOr<CostCounts> opCost = costOp(&op);
    if (failed(opCost))
      return failure();
    if (each)
      each->push_back(*opCost);
    if (failed(sum.add(*opCost)))
      return overflow(&op, "running sum of the enclosing block");
  }
  return sum;
}

/// Adds one occurrence of `name` to `list` (by name, in order of first
/// occurrence).
static void noteName(std::vector<OpNameCount> &list, StringRef name) {
  auto it = llvm::find_if(
      list, [&](const OpNameCount &entry) { return entry.name == name; });
  if (it == list.end())
    list.push_back({name.str(), 1});
  else
    ++it->count;
}

FailureOr<CostCounts> FunctionCoster::costOp(Operation *op) {
  bool record = payloadDepth == 0;
  auto iface = dyn_cast<CostOpInterface>(op);
  // A rule of the rules file comes first, in place of the op's own model if
  // it has one (then listed as an override).
  const CostRule *rule =
      options.rules ? options.rules->lookup(op->getName().getStringRef())
                    : nullptr;
  if (rule) {
    StringRef name = op->getName().getStringRef();
    noteName(summary.costedByRule, name);
    if (iface) {
      noteName(summary.ruleOverrides, name);
      summary.ruleOverrideOps.push_back(op);
    }
    // A call a rule costs still makes its callee a called function.
    if (exclusive && calls)
      if (auto call = dyn_cast<CallOpInterface>(op))
        if (int callee = calls->resolve(call); callee >= 0)
          calledFunctions.push_back(callee);
  } else if (!iface && calls) {
    if (auto call = dyn_cast<CallOpInterface>(op))
      if (int callee = calls->resolve(call); callee >= 0)
        return costCall(op, callee, record);
  }
  if (!loopControl.empty() && loopControl.contains(op)) {
    if (record)
      recordResult(op, OpCostStatus::Costed);
    return CostCounts();
  }
  // Without a model, the interfaces the op implements may say what it does
  // (InterfaceDefaults.h).
  InterfaceDefault fallback = InterfaceDefault::None;
  if (!rule && !iface) {
    // Terminators carry no work of their own: the values they yield were
    // produced (and costed) by other ops.
    if (op->hasTrait<OpTrait::IsTerminator>())
      return CostCounts();
    fallback = getInterfaceDefault(op);
  }
  if (fallback != InterfaceDefault::None)
    noteInterfaceDefault(op, getInterfaceDefaultName(fallback));
  if (!rule && !iface && fallback == InterfaceDefault::None) {
    noteUncounted(op);
    findCallsIn(op->getRegions());
    if (record)
      recordResult(op, OpCostStatus::Uncounted);
    return CostCounts();
  }

  // Reserve the slot first so results stay in pre-order (parents before
  // the ops of their regions).
  size_t slot = record ? recordResult(op, OpCostStatus::Costed) : 0;
  if (record)
    results[slot].byRule = rule != nullptr;

  CostCounts counts;
  size_t depth = frames.size();
  if (op->getNumRegions()) {
    // The models recurse once per level of regions: bound the depth so the
    // stack is bounded too, whatever thread runs the analysis.
    if (depth >= kMaxRegionNesting) {
      if (!hadError && !quiet)
        mlir::emitError(op->getLoc())
            << "regions nest deeper than " << kMaxRegionNesting
            << " levels; cost-opt does not cost deeper nesting";
      hadError = true;
      return failure();
    }
    frames.push_back({op, record ? static_cast<int>(slot) : -1,
                      SmallVector<bool, 2>(op->getNumRegions())});
  }
  LogicalResult computed = computeModelCost(op, iface, rule, fallback, counts);
  if (frames.size() > depth) {
    Frame top = frames.pop_back_val();
    for (auto [region, visited] : llvm::zip(op->getRegions(), top.visited))
      if (!visited)
        findCallsIn(region);
  }
  if (failed(computed)) {
    if (hadError)
      return failure();
    // The model declined. Make sure the op itself is listed, even when the
    // unresolved value was found on a nested op.
    if (!unresolvedOps.contains(op))
      (void)unresolved(op, "depends on an op whose cost is unresolved");
    if (record) {
      results[slot].status = OpCostStatus::Unresolved;
      results[slot].getDetails().reason = reasonFor(op);
    }
    return CostCounts();
  }

  if (record) {
    results[slot].counts = counts;
    if (auto it = branchCosts.find(op); it != branchCosts.end())
      results[slot].getDetails().branches = std::move(it->second);
    if (auto it = regionRuns.find(op); it != regionRuns.end())
      results[slot].getDetails().regionExecutions = std::move(it->second);
    if (nestMembers.contains(op))
      results[slot].getDetails().perNestRoot = true;
    ++summary.opsCosted;
    if (iface && failed(summary.params.add(iface.getParamFootprint(*this))))
      return overflow(op, "parameter count");
  }
  return counts;
}

LogicalResult FunctionCoster::computeModelCost(Operation *op,
                                               CostOpInterface iface,
                                               const CostRule *rule,
                                               InterfaceDefault fallback,
                                               CostCounts &counts) {
  if (rule)
    return CostRules::apply(*rule, op, *this, counts);
  if (!iface)
    return computeInterfaceDefaultCost(op, fallback, *this, counts);
  // A model that declares its counts a function of the op's signature and
  // payload computes them once per function for each pair (not with a
  // rules file: rules count occurrences). Whether they may be shared is
  // decided here, from what the model asked (SharingContext) and whether
  // the costing recorded anything, not by the model.
  Block *payload = options.rules ? nullptr : iface.getCostSharingPayload();
  SmallVector<uintptr_t, 64> key;
  if (!payload || !memo.getSharingKey(op, *payload, key))
    return iface.computeCost(*this, counts);
  if (const CostCounts *shared = memo.lookupShared(key, op)) {
    // The payload counts as costed, as if the model had costed it.
    noteVisited(payload->getParent());
    counts = *shared;
    return success();
  }
  RecordCount before = getRecordCount();
  SharingContext sharing(*this, *payload);
  if (failed(iface.computeCost(sharing, counts)))
    return failure();
  if (!sharing.dependsOnValues() && getRecordCount() == before)
    memo.storeShared(key, op, counts);
  return success();
}

FailureOr<CostCounts> FunctionCoster::costCall(Operation *op, unsigned callee,
                                               bool record) {
  size_t slot = record ? recordResult(op, OpCostStatus::Costed) : 0;
  auto calleeName = [&] {
    return getQualifiedName(calls->getFunctions()[callee]);
  };
  // The call is unresolved for `reason`; it adds nothing to the sum.
  auto unresolvedCall = [&](const Twine &reason) {
    (void)unresolved(op, reason);
    if (record) {
      results[slot].status = OpCostStatus::Unresolved;
      results[slot].getDetails().reason = reason.str();
    }
    return CostCounts();
  };
  if (exclusive)
    calledFunctions.push_back(callee);
  // The first (exclusive) run costs every call as nothing, recursive ones
  // included; a function with a recursive call is costed again.
  if (!exclusive && calls->inSameCycle(callee, self))
    return unresolvedCall("recursive call to @" + calleeName() +
                          ": the number of calls is data-dependent");
  sawCallee = true;
  if (!record)
    sawCalleeInPayload = true;
  if (!exclusive && !calls->atCallSite[callee])
    return unresolvedCall("the cost of @" + calleeName() +
                          " as a formula of its argument sizes overflows "
                          "int64");
  CostCounts counts = exclusive ? CostCounts() : *calls->atCallSite[callee];
  if (!exclusive && calls->dependsOnCallSite[callee]) {
    // The callee's cost depends on where it is called (a multiply it
    // accumulates into memory that a loop around this call reduces into):
    // its cost at this call. Each such costing may cost its own callees
    // again: a budget bounds the whole analysis.
    if (calls->callSiteCostings.fetch_add(1) >= kMaxCallSiteCostings)
      return unresolvedCall(
          llvm::formatv("@{0} would be costed again for this call site (its "
                        "multiply-accumulate depends on the loops around the "
                        "call), past the analysis' budget of {1} such "
                        "costings (a deep chain of statement functions)",
                        calleeName(), kMaxCallSiteCostings)
              .str());
    std::optional<CostCounts> atThisCall = calls->costAtCall(callee, op);
    if (!atThisCall)
      return unresolvedCall("the cost of @" + calleeName() +
                            " at this call overflows int64");
    counts = std::move(*atThisCall);
  }
  if (!counts.isConstant()) {
    FailureOr<CostCounts> atCall = bindCalleeSymbols(op, callee, counts);
    if (failed(atCall)) {
      if (hadError)
        return failure();
      return unresolvedCall(reasonFor(op));
    }
    counts = std::move(*atCall);
  }
  if (record) {
    results[slot].counts = counts;
    results[slot].callee = static_cast<int>(callee);
    ++summary.opsCosted;
  }
  return counts;
}

FailureOr<CostCounts>
FunctionCoster::bindCalleeSymbols(Operation *op, unsigned callee,
                                  const CostCounts &counts) {
  SmallVector<std::string> used;
  counts.getSymbols(used);
  llvm::StringSet<> wanted;
  for (const std::string &name : used)
    wanted.insert(name);
  auto fn = cast<FunctionOpInterface>(calls->getFunctions()[callee]);
  auto call = cast<CallOpInterface>(op);
  ValueRange operands = call.getArgOperands();
  llvm::StringMap<Polynomial> values;
  for (const ArgumentSymbol &symbol : getArgumentSymbols(fn)) {
    if (symbol.argNumber >= operands.size() || !wanted.contains(symbol.name) ||
        values.contains(symbol.name))
      continue;
    Value passed = operands[symbol.argNumber];
    FailureOr<Polynomial> value = symbol.dim
                                      ? getDimSize(op, passed, *symbol.dim)
                                      : getIndexValue(op, passed, "");
    if (failed(value))
      return failure();
    values[symbol.name] = std::move(*value);
  }
  CostCounts bound;
  for (const CostField &field : getCostFields()) {
    std::optional<Polynomial> value = (counts.*field.member).substitute(values);
    if (!value)
      return overflow(op, "callee cost at the call site");
    // A formula assumes every loop range non-empty (ub >= lb); the sizes a
    // call passes may make one empty.
    if (value->getConstant().value_or(0) < 0)
      return unresolved(
          op, llvm::formatv("at this call the {0} of @{1} evaluate to {2}: "
                            "a loop range its formula takes as non-empty "
                            "is empty for these sizes",
                            field.key, getQualifiedName(fn), *value));
    bound.*field.member = std::move(*value);
  }
  return bound;
}

void FunctionCoster::noteVisited(Region *region) {
  if (!frames.empty() && frames.back().op == region->getParentOp())
    frames.back().visited[region->getRegionNumber()] = true;
}

void FunctionCoster::findCallsIn(MutableArrayRef<Region> regions) {
  if (!exclusive || !calls)
    return;
  for (Region &region : regions)
    region.walk([&](CallOpInterface call) {
      if (int callee = calls->resolve(call); callee >= 0)
        calledFunctions.push_back(callee);
    });
}

size_t FunctionCoster::recordResult(Operation *op, OpCostStatus status) {
  size_t slot = results.size();
  results.push_back({op, status, {}, {}});
  results[slot].parent = parentSlot;
  results[slot].parentRegion = parentRegionNumber;
  if (parentSlot >= 0)
    results[parentSlot].hasNestedResults = true;
  return slot;
}
