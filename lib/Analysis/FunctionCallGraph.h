//===- FunctionCallGraph.h - The call graph of a module's functions -*- C++
//-*-===//
//
// Private to lib/Analysis. The functions of a module, the calls between them
// (from mlir::CallGraph), their recursion cycles (llvm::scc_iterator) and
// the levels in which they are costed bottom-up; plus the callee summaries
// the costing fills in, callees first.
//
//===----------------------------------------------------------------------===//

#ifndef COST_LIB_ANALYSIS_FUNCTIONCALLGRAPH_H
#define COST_LIB_ANALYSIS_FUNCTIONCALLGRAPH_H

#include "cost/Interfaces/CostCounts.h"

#include "mlir/IR/SymbolTable.h"
#include "mlir/Interfaces/CallInterfaces.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"

#include <mutex>
#include <optional>
#include <vector>

namespace mlir {
namespace cost {
namespace detail {

class FunctionCallGraph {
public:
  /// The call graph of `funcs` (the functions with a body directly under
  /// `root`, or `root` itself when it is a function): an edge for each
  /// function of `funcs` called anywhere in a function's body (in loops,
  /// payloads, regions no model costs, calls a rule costs), from
  /// mlir::CallGraph. Calls to declarations and to functions outside
  /// `funcs` are no edges.
  FunctionCallGraph(Operation *root, ArrayRef<Operation *> funcs);

  /// The index of the callee of `call` in `funcs`, or -1 when the callee has
  /// no body (a declaration) or cannot be resolved. Safe to call from
  /// several threads: the symbol tables are built and read under a lock
  /// (calls are few among ops).
  int resolve(CallOpInterface call) const;

  /// The functions, by index.
  ArrayRef<Operation *> getFunctions() const { return funcs; }
  /// The functions each function calls, each once.
  ArrayRef<unsigned> getCallees(unsigned i) const { return callees[i]; }
  /// True if `a` and `b` are in one recursion cycle (a call between them is
  /// recursive).
  bool inSameCycle(unsigned a, unsigned b) const { return scc[a] == scc[b]; }
  /// True if no function outside `i`'s recursion cycle calls it.
  bool isRoot(unsigned i) const { return outsideCallers[i] == 0; }
  /// Levels of the graph: a function calls only functions of lower levels
  /// (or of its own recursion cycle).
  ArrayRef<SmallVector<size_t>> getLevels() const { return levels; }

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
