//===- CostAnalysis.h - Per-op and per-function cost results ----*- C++ -*-===//
//
// CostAnalysis walks a module (or one function), asks every op for its cost
// through CostOpInterface, and keeps the per-op results and per-function
// totals. Passes (annotate, report) only read these results; nothing else
// computes a count.
//
//===----------------------------------------------------------------------===//

#ifndef COST_ANALYSIS_COSTANALYSIS_H
#define COST_ANALYSIS_COSTANALYSIS_H

#include "cost/Analysis/ShapeSymbols.h"
#include "cost/Interfaces/CostContext.h"
#include "cost/Interfaces/CostCounts.h"

#include "mlir/IR/Location.h"
#include "mlir/IR/Operation.h"
#include "mlir/Support/TypeID.h"
#include "llvm/ADT/DenseMap.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace mlir {
class AnalysisManager;
namespace cost {

/// How the analysis classified one op.
enum class OpCostStatus {
  /// Costed through CostOpInterface; `counts` is its cost.
  Costed,
  /// It has a cost model, but a dynamic dimension or an unknown trip count
  /// kept it from being computed; see `reason`. Left out of totals.
  Unresolved,
  /// No cost model: listed by name, left out of totals.
  Uncounted,
};

/// What few op results have (unresolved ops, loops, branches), kept apart so
/// that the record of every other op stays small: a module has one per op.
struct OpCostDetails {
  /// Why an unresolved op could not be costed.
  std::string reason;
  /// For a branching op: the cost of each region; `counts` is the larger.
  std::vector<CostCounts> branches;
  /// How many times each region runs per execution of the op, where its
  /// model said so (a loop: its trip count; a branching op: 1 for the
  /// counted region, 0 for the others). Empty: every region runs once.
  std::vector<Polynomial> regionExecutions;
  /// For an op directly in a block of a region of several blocks (a
  /// control-flow graph): true, with how many times its block runs per run
  /// of the region in `blockRuns` (0 on a branch arm that is not counted,
  /// a trip count in a loop), or no value when that is unknown (a loop whose
  /// trip count could not be read).
  bool inGraph = false;
  std::optional<Polynomial> blockRuns;
  /// For a loop inside a loop nest whose bounds depend on outer induction
  /// variables (docs/ops.md, "Affine counting"): true. Its counts are those
  /// of all its executions during one execution of the nest's outermost
  /// loop, its region executions are per execution of that loop, and it
  /// runs as often as its parent (not times the parent's trip count).
  bool perNestRoot = false;
};

/// The result for one op that the analysis costed at op granularity (ops in
/// functions, loop bodies and branches; not the scalar ops of a payload).
struct OpCostResult {
  Operation *op = nullptr;
  OpCostStatus status = OpCostStatus::Costed;
  /// One execution of the op; for region-holding ops, the regions included.
  CostCounts counts;
  /// Why an unresolved op could not be costed (empty otherwise).
  StringRef getReason() const {
    return details ? StringRef(details->reason) : StringRef();
  }
  /// For a branching op: the cost of each region; `counts` is the larger.
  ArrayRef<CostCounts> getBranches() const {
    return details ? ArrayRef<CostCounts>(details->branches)
                   : ArrayRef<CostCounts>();
  }
  /// Runs of region `region` per execution of the op: what its model
  /// recorded (a loop: its trip count; a branching op: 1 for the counted
  /// region, 0 for the others), 1 if it recorded nothing.
  Polynomial getRegionExecutions(unsigned region) const {
    return details && region < details->regionExecutions.size()
               ? details->regionExecutions[region]
               : Polynomial(1);
  }
  /// How many times the op's block runs per run of its region: 1 in a
  /// region of one block; in a control-flow graph, what the analysis found
  /// (no value when unknown).
  std::optional<Polynomial> getBlockRuns() const {
    if (!details || !details->inGraph)
      return Polynomial(1);
    return details->blockRuns;
  }
  /// The reason, branches and region executions, where the op has any.
  std::unique_ptr<OpCostDetails> details;
  /// `details`, created if there are none yet (for the analysis filling
  /// them in).
  OpCostDetails &getDetails() {
    if (!details)
      details = std::make_unique<OpCostDetails>();
    return *details;
  }
  /// True for a loop whose counts are per execution of its nest's
  /// outermost loop (OpCostDetails::perNestRoot): its parent's region
  /// executions do not multiply it.
  bool isPerNestRoot() const { return details && details->perNestRoot; }
  /// For a call to a function of the module: the callee's index in
  /// CostAnalysis::getFunctions(); -1 otherwise.
  int callee = -1;
  /// The index (in the function's results) of the nearest enclosing op
  /// that has a result, and which of its regions holds this op; -1 for an
  /// op directly in the function body.
  int parent = -1;
  unsigned parentRegion = 0;
  /// True if a rule of the rules file (CostOptions::rules) gave the cost.
  bool byRule = false;
  /// True if ops nested in this one have results of their own (a loop, a
  /// branch): its counts already hold theirs. False for a leaf op.
  bool hasNestedResults = false;
  /// How many times the op runs per execution of its function: the product
  /// of the enclosing trip counts (0 in a branch that is not counted).
  /// A polynomial when a trip count depends on a symbol. Empty inside an
  /// op that is not costed (an unresolved loop), or if the product exceeds
  /// INT64_MAX.
  std::optional<Polynomial> executions;
};

/// An op name with how many times it occurs.
struct OpNameCount {
  std::string name;
  int64_t count = 0;
};

/// Ops of one name that an MLIR interface they implement costed (they have
/// no cost model of their own; InterfaceDefaults.h), with how many.
struct InterfaceDefaultCount {
  std::string name;
  /// The interface: "LinalgOp", "ElementwiseMappable", ...
  std::string interface;
  int64_t count = 0;
};

/// An op that could not be costed, with where and why.
struct UnresolvedOp {
  std::string name;
  Location loc;
  std::string reason;
};

/// A branching op with the cost of each of its regions.
struct BranchCost {
  std::string name;
  Location loc;
  std::vector<CostCounts> regions;
  /// The region the totals count.
  unsigned counted = 0;
};

/// Totals of one function (exclusive of callees) or of a module.
struct CostSummary {
  CostCounts counts;
  ParamFootprint params;
  /// Ops with a cost model whose cost was computed.
  int64_t opsCosted = 0;
  /// Ops without a cost model, by name, in order of first occurrence.
  std::vector<OpNameCount> uncounted;
  /// Every op without a cost model, in costing order (payload ops
  /// included), for the diagnostics on them.
  std::vector<Operation *> uncountedOps;
  /// Ops whose cost could not be determined statically.
  std::vector<UnresolvedOp> unresolved;
  /// Branching ops, each with every branch's cost (outside payloads).
  std::vector<BranchCost> branches;
  /// The shape symbols the counts were traced to, each once, in order of
  /// first use; bound ones with their value.
  std::vector<ShapeSymbol> symbols;
  /// Ops a rule of the rules file costed, by name, in order of first
  /// occurrence.
  std::vector<OpNameCount> costedByRule;
  /// Those of them that also have a cost model of their own (built-in or
  /// native), which the rule overrode.
  std::vector<OpNameCount> ruleOverrides;
  /// Those ops, each occurrence, for the diagnostics on them.
  std::vector<Operation *> ruleOverrideOps;
  /// Ops without a cost model that an interface default costed, by name,
  /// in order of first occurrence (payload ops included).
  std::vector<InterfaceDefaultCount> interfaceDefaults;
  /// Those ops, each occurrence, in costing order, for the remarks on them.
  std::vector<Operation *> interfaceDefaultOps;
};

struct FunctionCost {
  Operation *func = nullptr;
  /// Its qualified name (getQualifiedName): `inner::@g` in a nested module.
  std::string name;
  /// Exclusive: the function's own ops; a call costs nothing here.
  CostSummary summary;
  /// Inclusive: each call to a function of the module adds the callee's
  /// inclusive cost at the call site (times the enclosing trip counts).
  /// Equal to `summary.counts` for a function without such calls.
  CostCounts inclusive;
  /// True if the function calls a function of the module with a body.
  bool hasCallees = false;
  /// True if the module total counts it (inclusive): --entry names it, or,
  /// without --entry, no function outside its own recursion cycle calls
  /// it.
  bool isRoot = true;
  /// Bytes of its tensor and buffer arguments and results (counted like
  /// operands, CostContext::getMemoryBytes); empty if one has a dynamic
  /// shape.
  std::optional<int64_t> interfaceBytes;
};

/// The cost of every op under a root op. The root is a module (every
/// function in it is analysed, in parallel when threading is enabled) or a
/// single function-like op. Results are in module order. Every query is
/// const and safe to call from several threads.
class CostAnalysis {
public:
  /// Costs every function under `root` with `options`. Fails after an error
  /// was emitted on an op (a count beyond INT64_MAX, a clash of dimension
  /// names). Ops that cannot be costed are not failures: they are results
  /// (OpCostStatus::Uncounted, OpCostStatus::Unresolved) and listed in the
  /// summaries.
  static FailureOr<CostAnalysis> compute(Operation *root,
                                         const CostOptions &options = {});

  /// The constructor AnalysisManager::getAnalysis<CostAnalysis>() calls:
  /// compute() with the default CostOptions (what a pass gets when it
  /// leaves the counting options at their defaults; docs/library.md). The
  /// analysis is then cached and preserved like any other. Errors are
  /// emitted as compute() emits them; hasErrors() then says so and there
  /// are no results.
  CostAnalysis(Operation *root, AnalysisManager &am);

  CostAnalysis(CostAnalysis &&);
  CostAnalysis &operator=(CostAnalysis &&);
  ~CostAnalysis();

  /// True if the analysis was built by the AnalysisManager constructor and
  /// an error was emitted.
  bool hasErrors() const { return !ok; }

  /// Functions with a body, in the order they appear.
  ArrayRef<FunctionCost> getFunctions() const { return functions; }

  /// The functions (indices into getFunctions()) by level of the call
  /// graph: a function calls only functions of lower levels (a call within
  /// a recursion cycle is unresolved and has no callee). What is computed
  /// bottom-up over calls can take each level in parallel.
  ArrayRef<SmallVector<size_t>> getCallLevels() const { return callLevels; }

  /// Ops of the module that hold functions the analysis cannot reach: an
  /// op of an unregistered dialect (`gpu.module` where gpu is not loaded)
  /// is no symbol table. Each is listed in the total as not costed.
  ArrayRef<Operation *> getUnreachedFunctionHolders() const {
    return unreachedHolders;
  }

  /// The module: counts are the inclusive counts of the root functions
  /// (--entry, or those no other function calls), so each function counts once
  /// per execution through its callers; params count every weight once
  /// (function constants plus module-level globals); the lists of uncounted,
  /// unresolved and branching ops gather every function's.
  const CostSummary &getTotal() const { return total; }

  /// The result for `op`, or null if the op was not costed at op granularity
  /// (a payload op, a terminator, or an op outside any function).
  const OpCostResult *lookup(Operation *op) const;
  /// Where lookup() finds `op`: the function's index and the position in
  /// its getOpResults(). The index is built on the first query (once, under
  /// a lock), not by the analysis: a report that walks results in order
  /// never needs it.
  std::optional<std::pair<unsigned, unsigned>> getPosition(Operation *op) const;

  /// Every op result of one function, in walk (pre-)order.
  ArrayRef<OpCostResult> getOpResults(const FunctionCost &fn) const;

  const CostOptions &getOptions() const { return options; }

  /// True the first time it is called on this analysis, false after:
  /// emitCostDiagnostics emits an analysis' diagnostics once, however many
  /// passes share it (cost-annotate and cost-report on the cached one).
  bool claimDiagnostics() const;

  /// The shape symbols without a value (no --bind, no --default-dim) that
  /// some count or execution count depends on (those are formulas), sorted.
  SmallVector<std::string> getUnboundSymbols() const;

  /// Every symbol name the module's functions could define: each dynamic
  /// dimension and index argument of every function (what --bind may
  /// name), sorted.
  SmallVector<std::string> getPossibleSymbols() const;

  /// Checks that every name the options bind is one of
  /// getPossibleSymbols(); writes "error: --bind: ..." to `diag` otherwise.
  LogicalResult verifyBindings(llvm::raw_ostream &diag) const;

private:
  CostAnalysis() = default;
  /// Costs every function under `root`; false after an error.
  bool run(Operation *root);

  CostOptions options;
  bool ok = true;
  std::vector<FunctionCost> functions;
  std::vector<SmallVector<size_t>> callLevels;
  std::vector<Operation *> unreachedHolders;
  std::vector<std::vector<OpCostResult>> opResults;
  /// lookup()'s index, built once on the first query.
  struct Index;
  std::unique_ptr<Index> index;
  CostSummary total;
};

/// Emits, on each op's location, in module order (docs/diagnostics.md):
///   warning: 'NAME' not costed: no cost model
///   warning: 'NAME' cost unresolved: REASON
///   remark: 'NAME' costed by a rule of the rules file, in place of its own
///           cost model
///   remark: 'NAME' costed by interface default (INTERFACE)
void emitCostDiagnostics(const CostAnalysis &analysis, CostDiagnostics level);

/// Warns at each op under `root` with a tensor that has an encoding (a
/// sparse tensor, or any other): the models cost every tensor as dense, so
/// its count is that of the dense tensor. Nothing at level None.
void emitEncodingWarnings(Operation *root, CostDiagnostics level);

/// The location of an op as "file:line:col" (the first file location of a
/// fused or named location), as reports and diagnostics show it.
std::string locationToString(Location loc);

/// The name of the symbol `op` (a function) as a reference from the top
/// of the IR spells it, without the leading '@': `g` for a function of the
/// top module, `inner::@g` for one of a nested module (or other symbol
/// table) `@inner`. A symbol table without a name adds nothing.
std::string getQualifiedName(Operation *op);

} // namespace cost
} // namespace mlir

MLIR_DECLARE_EXPLICIT_TYPE_ID(mlir::cost::CostAnalysis)

#endif // COST_ANALYSIS_COSTANALYSIS_H
