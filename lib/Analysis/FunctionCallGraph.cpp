//===- FunctionCallGraph.cpp - The call graph of a module's functions -----===//

#include "FunctionCallGraph.h"

#include "llvm/ADT/GraphTraits.h"
#include "llvm/ADT/SCCIterator.h"

using namespace mlir;
using namespace mlir::cost;
using namespace mlir::cost::detail;

namespace {
/// The call graph as llvm::scc_iterator walks it: a node per function, and
/// an entry node that reaches every function (so that every one is
/// visited, callees first).
struct CallNode {
  int index; // -1: the entry node.
  SmallVector<CallNode *> succs;
};
} // namespace

namespace llvm {
template <>
struct GraphTraits<CallNode *> {
  using NodeRef = CallNode *;
  using ChildIteratorType = SmallVector<CallNode *>::iterator;
  static NodeRef getEntryNode(NodeRef node) { return node; }
  static ChildIteratorType child_begin(NodeRef node) {
    return node->succs.begin();
  }
  static ChildIteratorType child_end(NodeRef node) { return node->succs.end(); }
};
} // namespace llvm

FunctionCallGraph::FunctionCallGraph(ArrayRef<Operation *> functions)
    : funcs(functions.begin(), functions.end()) {
  size_t n = funcs.size();
  for (auto [i, fn] : llvm::enumerate(funcs))
    funcIndex[fn] = i;
  inclusive.resize(n);
  atCallSite.resize(n);
  dependsOnCallSite.assign(n, false);
  callees.resize(n);
  scc.assign(n, 0);
  outsideCallers.assign(n, 0);
  levels.assign(n ? 1 : 0, {});
  for (size_t i = 0; i < n; ++i)
    scc[i] = i;
  if (n)
    for (size_t i = 0; i < n; ++i)
      levels[0].push_back(i);
}

void FunctionCallGraph::setCalls(ArrayRef<std::vector<unsigned>> calls) {
  size_t n = funcs.size();
  for (auto [i, list] : llvm::enumerate(calls)) {
    callees[i].assign(list.begin(), list.end());
    llvm::sort(callees[i]);
    callees[i].erase(std::unique(callees[i].begin(), callees[i].end()),
                     callees[i].end());
  }

  // Recursion cycles, callees first: scc_iterator visits the graph in
  // post-order, so a component comes after every component it calls.
  std::vector<CallNode> nodes(n);
  CallNode entry{-1, {}};
  for (size_t i = 0; i < n; ++i) {
    nodes[i].index = static_cast<int>(i);
    for (unsigned callee : callees[i])
      nodes[i].succs.push_back(&nodes[callee]);
    entry.succs.push_back(&nodes[i]);
  }
  unsigned components = 0;
  for (auto it = llvm::scc_begin(&entry); !it.isAtEnd(); ++it) {
    bool any = false;
    for (CallNode *node : *it)
      if (node->index >= 0) {
        scc[node->index] = components;
        any = true;
      }
    components += any;
  }

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
  levels.assign(numLevels, {});
  for (auto [i, id] : llvm::enumerate(scc))
    levels[sccLevel[id]].push_back(i);
}

int FunctionCallGraph::resolve(CallOpInterface call) const {
  std::lock_guard<std::mutex> guard(mutex);
  Operation *callee = call.resolveCallableInTable(&symbolTables);
  auto it = callee ? funcIndex.find(callee) : funcIndex.end();
  return it == funcIndex.end() ? -1 : static_cast<int>(it->second);
}
