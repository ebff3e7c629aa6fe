//===- FunctionCallGraph.cpp - The call graph of a module's functions -----===//

#include "FunctionCallGraph.h"

#include "mlir/Analysis/CallGraph.h"
#include "llvm/ADT/SCCIterator.h"

using namespace mlir;
using namespace mlir::cost;
using namespace mlir::cost::detail;

FunctionCallGraph::FunctionCallGraph(Operation *root,
                                     ArrayRef<Operation *> functions)
    : funcs(functions.begin(), functions.end()) {
  size_t n = funcs.size();
  inclusive.resize(n);
  atCallSite.resize(n);
  callees.resize(n);
  scc.assign(n, 0);
  outsideCallers.assign(n, 0);

  // mlir::CallGraph finds every call, wherever it is nested; only the calls
  // between the functions of `funcs` are edges here.
  CallGraph graph(root);
  llvm::DenseMap<const CallGraphNode *, unsigned> nodeIndex;
  for (auto [i, fn] : llvm::enumerate(funcs)) {
    funcIndex[fn] = i;
    if (CallGraphNode *node = graph.lookupNode(&fn->getRegion(0)))
      nodeIndex[node] = i;
  }
  for (auto [node, i] : nodeIndex)
    for (const CallGraphNode::Edge &edge : *node)
      if (edge.isCall())
        if (auto it = nodeIndex.find(edge.getTarget()); it != nodeIndex.end())
          callees[i].push_back(it->second);
  // nodeIndex's order is a hash order: each function's callees in function
  // order.
  for (SmallVector<unsigned> &list : callees)
    llvm::sort(list);

  // Recursion cycles, callees first (scc_iterator visits the graph in
  // post-order: a component comes after every component it calls).
  unsigned components = 0;
  for (auto it = llvm::scc_begin(static_cast<const CallGraph *>(&graph));
       !it.isAtEnd(); ++it) {
    bool any = false;
    for (const CallGraphNode *node : *it)
      if (auto found = nodeIndex.find(node); found != nodeIndex.end()) {
        scc[found->second] = components;
        any = true;
      }
    components += any;
  }
  // A function that mlir::CallGraph has no node for (it cannot: every
  // function here has a body) would share component 0; give each its own.
  for (auto [i, fn] : llvm::enumerate(funcs))
    if (!graph.lookupNode(&fn->getRegion(0)))
      scc[i] = components++;

  // Levels: component ids are callees first, so one pass in id order
  // settles every level.
  std::vector<SmallVector<unsigned>> members(components);
  for (auto [i, id] : llvm::enumerate(scc))
    members[id].push_back(i);
  std::vector<unsigned> sccLevel(components, 0);
  for (unsigned id = 0; id < components; ++id)
    for (unsigned i : members[id])
      for (unsigned callee : callees[i])
        if (scc[callee] != id) {
          sccLevel[id] = std::max(sccLevel[id], sccLevel[scc[callee]] + 1);
          ++outsideCallers[callee];
        }
  unsigned numLevels = 0;
  for (unsigned id : scc)
    numLevels = std::max(numLevels, sccLevel[id] + 1);
  levels.resize(numLevels);
  for (auto [i, id] : llvm::enumerate(scc))
    levels[sccLevel[id]].push_back(i);
}

int FunctionCallGraph::resolve(CallOpInterface call) const {
  std::lock_guard<std::mutex> guard(mutex);
  Operation *callee = call.resolveCallableInTable(&symbolTables);
  auto it = callee ? funcIndex.find(callee) : funcIndex.end();
  return it == funcIndex.end() ? -1 : static_cast<int>(it->second);
}
