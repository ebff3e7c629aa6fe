//===- FunctionCallGraph.h - The call graph of a module's functions -*- C++
//-*-===//
//
// Private to lib/Analysis. The functions of a module, the calls between them
// (found by the first costing run, which visits every op anyway), their
// recursion cycles (llvm::scc_iterator over this graph) and the levels in
// which they are costed bottom-up; plus the callee summaries the costing
// fills in, callees first. mlir::CallGraph would find the same edges, but
// only by walking every op of the module twice more: on the 262k-op
// benchmark module that took 0.26-0.39 s, 2-3x the whole analysis
// (docs/performance.md).
//
//===----------------------------------------------------------------------===//

#ifndef COST_LIB_ANALYSIS_FUNCTIONCALLGRAPH_H
#define COST_LIB_ANALYSIS_FUNCTIONCALLGRAPH_H

#include "cost/Interfaces/CostCounts.h"

#include "mlir/IR/SymbolTable.h"
#include "mlir/Interfaces/CallInterfaces.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"

#include <atomic>
#include <functional>
#include <mutex>
#include <optional>
#include <vector>

namespace mlir {
namespace cost {
namespace detail {

class FunctionCallGraph {
public:
  /// The functions `funcs` (those with a body directly under `root`, or
  /// `root` itself when it is a function), before their calls are known.
  explicit FunctionCallGraph(ArrayRef<Operation *> funcs);

  /// Sets the calls: `callees[i]` are the functions function `i` calls (with
  /// repeats, in any order), anywhere in its body: in loops, payloads,
  /// regions no model costs, calls a rule costs. Then finds the recursion
  /// cycles and the levels.
  void setCalls(ArrayRef<std::vector<unsigned>> callees);

  /// The index of the callee of `call` in `funcs`, or -1 when the callee has
  /// no body (a declaration) or cannot be resolved. Safe to call from
  /// several threads: the symbol tables are built and read under a lock
  /// (calls are few among ops).
  int resolve(CallOpInterface call) const;

  /// The functions, by index.
  ArrayRef<Operation *> getFunctions() const { return funcs; }
  /// The functions each function calls, each once, in index order.
  ArrayRef<unsigned> getCallees(unsigned i) const { return callees[i]; }
  /// True if `a` and `b` are in one recursion cycle (a call between them is
  /// recursive).
  bool inSameCycle(unsigned a, unsigned b) const { return scc[a] == scc[b]; }
  /// True if no function outside `i`'s recursion cycle calls it.
  bool isRoot(unsigned i) const { return outsideCallers[i] == 0; }
  /// Levels of the graph: a function calls only functions of lower levels
  /// (or of its own recursion cycle).
  ArrayRef<SmallVector<size_t>> getLevels() const { return levels; }

  /// True for a function whose cost may differ from call to call: a model
  /// asked for the call site (CostContext::getCallSite), as for a multiply
  /// accumulated into memory its arguments address. Set after the first
  /// run.
  std::vector<char> dependsOnCallSite;
  /// The inclusive cost of function `callee` costed for `call`, as
  /// atCallSite is (its own symbols unbound); empty if it cannot be costed
  /// (an overflow). Set by the analysis; safe to call from several threads.
  std::function<std::optional<CostCounts>(unsigned callee, Operation *call)>
      costAtCall;
  /// How many costAtCall runs this analysis has started (kMaxCallSiteCostings
  /// bounds them).
  mutable std::atomic<unsigned> callSiteCostings{0};

  /// Inclusive cost of each function, filled in callees-first order.
  std::vector<CostCounts> inclusive;
  /// What a call to each function costs before its arguments' sizes are
  /// known: the inclusive cost with the function's own symbols unbound
  /// (--bind values are for the function as a root, not for what a call
  /// passes). A call substitutes its operands' sizes. Empty if that cost
  /// overflows.
  std::vector<std::optional<CostCounts>> atCallSite;

private:
  std::vector<Operation *> funcs;
  llvm::DenseMap<Operation *, unsigned> funcIndex;
  std::vector<SmallVector<unsigned>> callees;
  /// Strongly connected component of each function, numbered callees
  /// first.
  std::vector<unsigned> scc;
  std::vector<unsigned> outsideCallers;
  std::vector<SmallVector<size_t>> levels;
  mutable std::mutex mutex;
  mutable SymbolTableCollection symbolTables;
};

} // namespace detail
} // namespace cost
} // namespace mlir

#endif // COST_LIB_ANALYSIS_FUNCTIONCALLGRAPH_H
