//===- FunctionCoster.h - Costs the ops of one function ---------*- C++ -*-===//
//
// Private to lib/Analysis. CostContextImpl answers what a cost model may
// ask (CostContext: sizes, types, records); FunctionCoster walks one
// function's body, asks every op for its cost (a rule, the op's
// CostOpInterface, or the callee's summary for a call), and keeps a result
// per op. Each function costed in parallel has its own; nothing is shared
// but the call graph.
//
//===----------------------------------------------------------------------===//

#ifndef COST_LIB_ANALYSIS_FUNCTIONCOSTER_H
#define COST_LIB_ANALYSIS_FUNCTIONCOSTER_H

#include "CostMemo.h"
#include "FunctionCallGraph.h"

#include "cost/Analysis/CostAnalysis.h"
#include "cost/Analysis/ShapeSymbols.h"
#include "cost/Support/Limits.h"
#include "cost/Interfaces/CostOpInterface.h"
#include "cost/Models/InterfaceDefaults.h"

#include "mlir/Interfaces/DataLayoutInterfaces.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringMap.h"

namespace mlir {
namespace cost {
class CostRule;
namespace detail {

/// The CostContext answers for the ops of one function (or, with `func` the
/// module, for module-level globals): type sizes, traced dimensions and
/// index values, and the records of unresolved and uncounted ops, branches
/// and errors.
class CostContextImpl : public CostContext {
public:
  /// With `quiet`, errors fail without a diagnostic.
  CostContextImpl(Operation *func, const CostOptions &options,
                  bool quiet = false);

  const CostOptions &getOptions() const override { return options; }
  int64_t getElementBytes(Type type) override;
  using CostContext::getMemoryBytes;
  using CostContext::getNumElements;
  FailureOr<int64_t> getNumElements(Operation *op, Type type) override;
  FailureOr<int64_t> getMemoryBytes(Operation *op, Type type) override;
  FailureOr<Polynomial> getMemoryBytes(Operation *op, Value value) override;
  FailureOr<Polynomial> getDimSize(Operation *op, Value value,
                                   unsigned dim) override;
  FailureOr<Polynomial> getIndexValue(Operation *op, Value value,
                                      const Twine &detail) override;
  FailureOr<Polynomial> getAffineValue(Operation *op, AffineMap map,
                                       ValueRange operands,
                                       const Twine &detail) override;
  LogicalResult unresolved(Operation *op, const Twine &reason) override;
  void recordBranches(Operation *op, ArrayRef<CostCounts> regions,
                      unsigned counted) override;
  void recordRegionExecutions(Operation *op,
                              ArrayRef<Polynomial> perRegion) override;
  void recordNestExecutions(Operation *op,
                            ArrayRef<Polynomial> perRootRun) override;
  LogicalResult overflow(Operation *op, StringRef what) override;
  const void *getSignatureValue(
      Operation *op, TypeID type,
      llvm::function_ref<std::shared_ptr<const void>()> make) override;

  Operation *getCallSite() override {
    askedCallSite = true;
    return callSite;
  }

  llvm::DenseMap<Operation *, bool> *getFoldedConstantCache() override {
    return &foldedConstants;
  }

  int64_t *getEnumerationBudget() override { return &enumerationLeft; }

  /// True once an error (an overflow) has been emitted.
  bool hadErrors() const { return hadError; }

  /// The call the function is costed for (getCallSite); null: on its own.
  Operation *callSite = nullptr;
  /// True once a model asked for the call site: the function's cost may
  /// differ from call to call.
  bool askedCallSite = false;

  /// The function's totals and lists: what the costing recorded.
  CostSummary summary;

protected:
  /// Lists one more occurrence of `op` as not costed.
  void noteUncounted(Operation *op);
  /// Lists one more occurrence of `op` as costed by the interface default
  /// `interface`.
  void noteInterfaceDefault(Operation *op, StringRef interface);
  /// Why `op` was recorded as unresolved.
  std::string reasonFor(Operation *op) const;
  /// A traced size, or failure: an overflow error, or `op` unresolved with
  /// the reason.
  FailureOr<Polynomial> traced(Operation *op, std::optional<Polynomial> size,
                               const std::string &why);

  /// How many records the costing has made (unresolved and uncounted ops,
  /// errors): a payload or op costed without adding one is the same for
  /// every op of its key.
  struct RecordCount {
    size_t unresolved;
    int64_t uncounted;
    size_t interfaceDefaults;
    bool error;
    bool operator==(const RecordCount &other) const {
      return unresolved == other.unresolved && uncounted == other.uncounted &&
             interfaceDefaults == other.interfaceDefaults &&
             error == other.error;
    }
  };
  RecordCount getRecordCount() const {
    return {summary.unresolved.size(), uncountedOccurrences,
            summary.interfaceDefaultOps.size(), hadError};
  }

  Operation *func;
  const CostOptions &options;
  DataLayout layout;
  ShapeTracer tracer;
  bool quiet;
  bool hadError = false;
  /// Depth of payloads being costed: their ops have no results, branches
  /// or region executions of their own.
  unsigned payloadDepth = 0;
  int64_t uncountedOccurrences = 0;
  CostMemo memo;
  llvm::DenseSet<Operation *> unresolvedOps;
  llvm::DenseMap<Operation *, std::vector<CostCounts>> branchCosts;
  llvm::DenseMap<Operation *, std::vector<Polynomial>> regionRuns;
  /// The loops recorded by recordNestExecutions.
  llvm::DenseSet<Operation *> nestMembers;
  llvm::StringMap<unsigned> uncountedIndex;
  llvm::DenseMap<Operation *, bool> foldedConstants;
  int64_t enumerationLeft = kMaxNestEnumeration;
};

/// Costs one function's ops into results and a summary.
class FunctionCoster final : public CostContextImpl {
public:
  /// `calls` (null for module-level globals and single ops) resolves calls
  /// to the functions of the module, `self` being this function's index.
  /// With `exclusive` (the first run, which does not use the recursion
  /// cycles), a call to a function of the module costs nothing.
  FunctionCoster(Operation *func, const CostOptions &options,
                 const FunctionCallGraph *calls = nullptr, unsigned self = 0,
                 bool exclusive = false, bool quiet = false)
      : CostContextImpl(func, options, quiet), calls(calls), self(self),
        exclusive(exclusive) {}

  /// Costs the whole body into `summary` and `results` (the function's
  /// signature, its dimension names, is checked once before:
  /// verifyDimNames). Fails only if an error was emitted.
  LogicalResult run();

  /// Costs `op` alone (computeOpCost): its result is results.front().
  /// Fails only if an error was emitted.
  LogicalResult runOnOp(Operation *op);

  /// Bytes of the function's tensor and buffer arguments and results, with
  /// dynamic sizes traced like operands'; empty if one cannot be traced to
  /// a number (an unbound symbol), is unranked, or the sum overflows.
  std::optional<int64_t> getInterfaceBytes();

  FailureOr<CostCounts> getPayloadCost(Block &block) override;
  FailureOr<CostCounts> getRegionCost(Region &region) override;
  FailureOr<SmallVector<CostCounts>> getRegionOpCosts(Region &region) override;

  /// Every op result, in walk (pre-)order.
  std::vector<OpCostResult> results;
  /// True once a call to a function of the module (non-recursive) was
  /// costed.
  bool sawCallee = false;
  /// True once such a call was costed inside a payload (not recorded).
  bool sawCalleeInPayload = false;
  /// In the exclusive (first) run: every function of the module this one
  /// calls (indices, with repeats): the calls costed, and those in regions
  /// no model costed (an uncounted op's, a region a model skips), which the
  /// costing never reaches but which still make the callee a called
  /// function. The call graph is made of these.
  std::vector<unsigned> calledFunctions;

  /// True if every result's parent, parentRegion and hasNestedResults were
  /// recorded as the ops were costed.
  bool hasParents() const { return parentsRecorded; }

private:
  /// getRegionCost, with each op's cost in `each` when it is set.
  FailureOr<CostCounts> getRegionCost(Region &region,
                                      SmallVectorImpl<CostCounts> *each);
  FailureOr<CostCounts> costRegionOps(Region &region);
  /// A region of several blocks: its control-flow graph (CFGCosting.cpp).
  FailureOr<CostCounts> costGraphRegion(Region &region);
  /// The ops of `block`, summed; with `each`, each op's cost too.
  FailureOr<CostCounts>
  costBlockOps(Block &block, SmallVectorImpl<CostCounts> *each = nullptr);
  /// Costs one op. Returns its contribution to the enclosing sum: its cost
  /// if it was costed, zero if it is unresolved or uncounted (both are
  /// listed). Fails only after an error.
  FailureOr<CostCounts> costOp(Operation *op);
  /// Runs the op's model (its rule or interface), sharing the counts
  /// between ops of one signature and payload where the model declares
  /// them so.
  LogicalResult computeModelCost(Operation *op, CostOpInterface iface,
                                 const CostRule *rule,
                                 InterfaceDefault fallback, CostCounts &counts);
  /// A call to a function of the module: the callee's inclusive cost, or
  /// nothing in exclusive mode; unresolved if the call is recursive.
  FailureOr<CostCounts> costCall(Operation *op, unsigned callee, bool record);
  /// The callee's counts at this call: each symbol of the callee (a
  /// dynamic dimension or index argument) replaced by what the call passes.
  FailureOr<CostCounts> bindCalleeSymbols(Operation *op, unsigned callee,
                                          const CostCounts &counts);
  /// Appends a result for `op`, whose parent is the innermost recorded op
  /// whose region is being costed; returns its slot.
  size_t recordResult(Operation *op, OpCostStatus status);

  const FunctionCallGraph *calls;
  unsigned self;
  bool exclusive;
  /// The ops being costed that have regions, innermost last, with their
  /// result's slot (-1 in a payload): the parent of the results recorded
  /// while their model costs one of their regions.
  struct Frame {
    Operation *op;
    int slot;
    /// Which of the op's regions its model has costed (the calls in the
    /// others are found by a walk, in the first run).
    SmallVector<bool, 2> visited;
  };
  /// Marks `region` as costed by the model of the op being costed.
  void noteVisited(Region *region);
  /// In the first run: adds the functions of the module called in
  /// `regions` to calledFunctions, without costing anything.
  void findCallsIn(MutableArrayRef<Region> regions);
  SmallVector<Frame> frames;
  /// The comparisons and increments that implement the loops of a
  /// control-flow graph (CFGCosting.cpp): free, as a loop op's own control
  /// is.
  llvm::DenseSet<Operation *> loopControl;
  /// The parent of the results recorded now (-1: the function), and which
  /// of its regions holds them; false once a parent could not be recorded.
  int parentSlot = -1;
  unsigned parentRegionNumber = 0;
  bool parentsRecorded = true;
};

} // namespace detail
} // namespace cost
} // namespace mlir

#endif // COST_LIB_ANALYSIS_FUNCTIONCOSTER_H
