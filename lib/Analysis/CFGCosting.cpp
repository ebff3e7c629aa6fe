//===- CFGCosting.cpp - Regions of several blocks: their control flow -----===//
//
// A region of several blocks (a function after convert-scf-to-cf, an
// scf.execute_region with branches) is costed on its control-flow graph:
// every block once, then
// - the natural loops (MLIR's CFGLoopInfo), innermost first: a loop whose
//   header compares an induction variable with a bound and whose latch adds
//   a constant step to it (what convert-scf-to-cf emits for scf.for) runs
//   its header trip count + 1 times and its body trip count times; any
//   other loop is unresolved, with the cost of one iteration, as scf.while
//   is;
// - the branches: the region costs the most expensive path from the entry
//   to an exit (as scf.if counts its larger branch); the blocks of the other
//   arms run 0 times, and each branch lists the cost through every
//   successor.
// Each op directly in a block records how many times its block runs
// (OpCostDetails::blockRuns), so that execution counts, the roofline and
// the own cost of a function follow the same multiplication.
//
//===----------------------------------------------------------------------===//

#include "CFGLoopShapes.h"
#include "FunctionCoster.h"

#include "mlir/Analysis/CFGLoopInfo.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/IR/Dominance.h"
#include "mlir/Interfaces/ControlFlowInterfaces.h"
#include "llvm/Support/FormatVariadic.h"

using namespace mlir;
using namespace mlir::cost;
using namespace mlir::cost::detail;

namespace {
/// Solves the control-flow graph of one region whose blocks are costed.
class GraphSolver {
public:
  GraphSolver(CostContext &ctx, Region &region,
              const llvm::DenseMap<Block *, CostCounts> &blockCosts,
              CFGLoopInfo &loops, const LoopMatches &matches)
      : ctx(ctx), region(region), blockCosts(blockCosts), loops(loops),
        matches(matches) {}

  /// The cost of one run of the region, or nothing if it is unresolved
  /// (recorded) or an error was emitted (`hadError`).
  std::optional<CostCounts> solve();

  /// How many times each block runs per run of the region; no value where
  /// unknown. Valid after solve().
  std::optional<Polynomial> getRuns(Block *block) const;

  bool hadError = false;

private:
  /// A node of a scope's graph: a block directly in the scope, or a loop
  /// directly inside it, named by its header.
  struct Node {
    Block *block;
    CFGLoop *loop;
  };
  /// The outcome of a scope's longest path from `entry`.
  struct Path {
    CostCounts cost;
    bool resolved = true;
  };
  struct LoopResult {
    bool resolved = false;
    CostCounts total;
    Polynomial trips;
    /// The header's successor inside the loop.
    Block *bodyEntry = nullptr;
  };

  bool inScope(Block *block, CFGLoop *scope) const {
    return !scope || scope->contains(block);
  }
  /// The node `block` belongs to in `scope`.
  Node nodeOf(Block *block, CFGLoop *scope) const;
  /// The successor nodes of `node` in `scope`; a null block ends the path
  /// (an exit of the scope, or a back edge to its header).
  SmallVector<Node> successors(Node node, CFGLoop *scope) const;
  CostCounts nodeCost(Node node);
  /// The most expensive path from `entry` in `scope`, choosing at each
  /// branch; `first` forces the first step (the header's edge into its
  /// loop body).
  Path longestPath(Node entry, CFGLoop *scope, std::optional<Node> first);
  const LoopResult &solveLoop(CFGLoop *loop);
  /// The trip count of `loop` read from its header and latches, or a
  /// reason why it cannot be.
  FailureOr<Polynomial> getTripCount(CFGLoop *loop, std::string &why);
  /// Assigns runs along the chosen path from `entry` in `scope`.
  void assignRuns(Node entry, CFGLoop *scope, const Polynomial &runs,
                  std::optional<Node> first);
  void assignLoopRuns(CFGLoop *loop, const Polynomial &runs);
  void markUnknown(CFGLoop *loop);
  void setRuns(Block *block, const Polynomial &runs);

  CostContext &ctx;
  Region &region;
  const llvm::DenseMap<Block *, CostCounts> &blockCosts;
  CFGLoopInfo &loops;
  /// Every loop's shape, matched once (findLoopControl).
  const LoopMatches &matches;
  llvm::DenseMap<CFGLoop *, LoopResult> loopResults;
  /// The successor each node's path takes, per scope (null block: the end).
  llvm::DenseMap<std::pair<CFGLoop *, Block *>, Node> chosen;
  llvm::DenseMap<Block *, std::optional<Polynomial>> runs;
};
} // namespace

GraphSolver::Node GraphSolver::nodeOf(Block *block, CFGLoop *scope) const {
  CFGLoop *child = nullptr;
  for (CFGLoop *loop = loops.getLoopFor(block); loop && loop != scope;
       loop = loop->getParentLoop())
    child = loop;
  return child ? Node{child->getHeader(), child} : Node{block, nullptr};
}

SmallVector<GraphSolver::Node> GraphSolver::successors(Node node,
                                                       CFGLoop *scope) const {
  SmallVector<Block *> targets;
  llvm::SmallPtrSet<Block *, 8> seen;
  if (node.loop) {
    SmallVector<Block *> exits;
    node.loop->getExitBlocks(exits);
    for (Block *exit : exits)
      if (seen.insert(exit).second)
        targets.push_back(exit);
  } else {
    for (Block *succ : node.block->getSuccessors())
      if (seen.insert(succ).second)
        targets.push_back(succ);
  }
  SmallVector<Node> nodes;
  for (Block *target : targets) {
    if (!inScope(target, scope) || (scope && target == scope->getHeader()))
      nodes.push_back({nullptr, nullptr});
    else
      nodes.push_back(nodeOf(target, scope));
  }
  return nodes;
}

CostCounts GraphSolver::nodeCost(Node node) {
  if (!node.block)
    return CostCounts();
  if (!node.loop)
    return blockCosts.lookup(node.block);
  const LoopResult &loop = solveLoop(node.loop);
  return loop.resolved ? loop.total : CostCounts();
}

GraphSolver::Path GraphSolver::longestPath(Node entry, CFGLoop *scope,
                                           std::optional<Node> first) {
  // Post-order of the nodes reachable from the entry (iterative: a graph
  // can be long); a node met again while on the stack is a cycle that is
  // not a natural loop (irreducible control flow).
  enum class State { OnStack, Done };
  llvm::DenseMap<Block *, State> state;
  SmallVector<Node> order;
  SmallVector<std::pair<Node, unsigned>> stack;
  // Each node's successors, computed once (a switch may have thousands).
  llvm::DenseMap<Block *, SmallVector<Node>> succCache;
  auto succsOf = [&](Node node) -> ArrayRef<Node> {
    auto [it, inserted] = succCache.try_emplace(node.block);
    if (inserted)
      it->second = first && node.block == entry.block
                       ? SmallVector<Node>{*first}
                       : successors(node, scope);
    return it->second;
  };
  stack.push_back({entry, 0});
  state[entry.block] = State::OnStack;
  Path path;
  while (!stack.empty()) {
    auto &[node, next] = stack.back();
    ArrayRef<Node> succs = succsOf(node);
    if (next < succs.size()) {
      Node succ = succs[next++];
      if (!succ.block)
        continue;
      auto it = state.find(succ.block);
      if (it == state.end()) {
        state[succ.block] = State::OnStack;
        stack.push_back({succ, 0});
      } else if (it->second == State::OnStack) {
        path.resolved = false;
        (void)ctx.unresolved(node.block->getTerminator(),
                             "control flow that is not a natural loop (a "
                             "cycle entered other than through one header)");
        return path;
      }
      continue;
    }
    state[node.block] = State::Done;
    order.push_back(node);
    stack.pop_back();
  }
  // Longest paths, successors before predecessors.
  llvm::DenseMap<Block *, CostCounts> best;
  for (Node node : order) {
    ArrayRef<Node> succs = succsOf(node);
    SmallVector<CostCounts> through;
    unsigned counted = 0;
    for (auto [i, succ] : llvm::enumerate(succs)) {
      through.push_back(succ.block ? best.lookup(succ.block) : CostCounts());
      if (i == 0)
        continue;
      std::optional<bool> costlier =
          isCostlier(through.back(), through[counted]);
      if (!costlier) {
        path.resolved = false;
        (void)ctx.unresolved(node.block->getTerminator(),
                             "which successor costs more depends on the values "
                             "of shape symbols (bind them with --bind)");
        return path;
      }
      if (*costlier)
        counted = i;
    }
    CostCounts cost = nodeCost(node);
    // An unresolved loop is left out of the totals (its cost here is 0), as
    // an unresolved op is, also inside another loop: an scf.for holding an
    // scf.while is costed without it.
    if (!succs.empty() && failed(cost.add(through[counted]))) {
      hadError = true;
      (void)ctx.overflow(node.block->getTerminator(), "path through the "
                                                      "control-flow graph");
      return path;
    }
    chosen[{scope, node.block}] =
        succs.empty() ? Node{nullptr, nullptr} : succs[counted];
    // A branch between several successors lists the cost through each.
    if (!node.loop && succs.size() > 1)
      ctx.recordBranches(node.block->getTerminator(), through, counted);
    best[node.block] = std::move(cost);
  }
  path.cost = best.lookup(entry.block);
  return path;
}

/// `value`, a constant of an integer type of `bits` bits, as the unsigned
/// number those bits hold (ult), or as the signed one (slt): traced values
/// are sign-extended, and arithmetic on them does not wrap, so a value that
/// the type cannot hold has no reading.
static std::optional<__int128> readAs(int64_t value, unsigned bits,
                                      bool isUnsigned) {
  if (bits >= 64)
    return isUnsigned ? __int128(static_cast<uint64_t>(value))
                      : __int128(value);
  __int128 modulus = __int128(1) << bits, half = modulus / 2;
  if (value < -half || value >= modulus)
    return std::nullopt;
  if (isUnsigned)
    return value < 0 ? value + modulus : __int128(value);
  return value >= half ? value - modulus : __int128(value);
}

FailureOr<Polynomial> GraphSolver::getTripCount(CFGLoop *loop,
                                                std::string &why) {
  const LoopMatch &match = matches.find(loop)->second;
  const std::optional<CountedLoop> &shape = match.shape;
  if (!shape) {
    why = match.why;
    return failure();
  }
  Operation *at = loop->getHeader()->getTerminator();
  arith::CmpIOp header = shape->cmp;
  for (Value bound : {shape->lower, header.getRhs()}) {
    std::string outer = describeEnclosingIVUse(loop, bound);
    if (outer.empty())
      continue;
    why = "a bound depends on the induction variable of an enclosing loop (" +
          outer +
          "), as a tile's does; such nests are counted in their affine and "
          "scf forms (docs/ops.md, \"Affine counting\"), not yet in a "
          "control-flow graph";
    return failure();
  }
  FailureOr<Polynomial> lb = ctx.getIndexValue(at, shape->lower, "");
  if (failed(lb))
    return failure();
  arith::CmpIOp cmp = shape->cmp;
  FailureOr<Polynomial> ub = ctx.getIndexValue(at, cmp.getRhs(), "");
  if (failed(ub))
    return failure();
  int64_t step = shape->step;
  std::optional<int64_t> lbValue = lb->getConstant();
  std::optional<int64_t> ubValue = ub->getConstant();
  if (!lbValue || !ubValue) {
    // A symbolic range is taken as non-empty, as scf.for's is.
    std::optional<Polynomial> span = Polynomial::sub(*ub, *lb);
    std::optional<Polynomial> trips =
        span ? Polynomial::ceilDiv(*span, step) : std::nullopt;
    if (!trips) {
      hadError = true;
      (void)ctx.overflow(at, "loop range");
      return failure();
    }
    return *trips;
  }
  Type type = shape->iv.getType();
  unsigned bits = type.isIndex() ? 64 : type.getIntOrFloatBitWidth();
  std::optional<__int128> low = readAs(*lbValue, bits, shape->isUnsigned);
  std::optional<__int128> high = readAs(*ubValue, bits, shape->isUnsigned);
  if (!low || !high) {
    why = "a bound does not fit the induction variable's type";
    return failure();
  }
  if (*high <= *low)
    return Polynomial(0);
  __int128 trips = (*high - *low + step - 1) / step;
  // The last increment must not wrap around the type (the loop would go on).
  __int128 max =
      bits >= 64
          ? (shape->isUnsigned ? __int128(UINT64_MAX) : __int128(INT64_MAX))
          : (shape->isUnsigned ? (__int128(1) << bits) - 1
                               : (__int128(1) << (bits - 1)) - 1);
  if (*low + trips * step > max) {
    why = "its induction variable wraps around before it reaches the bound";
    return failure();
  }
  // The header runs once more than the body.
  if (trips >= INT64_MAX) {
    hadError = true;
    (void)ctx.overflow(at, "trip count");
    return failure();
  }
  return Polynomial(static_cast<int64_t>(trips));
}

const GraphSolver::LoopResult &GraphSolver::solveLoop(CFGLoop *loop) {
  if (auto it = loopResults.find(loop); it != loopResults.end())
    return it->second;
  LoopResult result;
  Block *header = loop->getHeader();
  // The header's edge into the loop body (the first successor inside).
  for (Block *succ : header->getSuccessors())
    if (loop->contains(succ)) {
      result.bodyEntry = succ;
      break;
    }
  // One iteration: the header, then the most expensive way around.
  CostCounts iteration = blockCosts.lookup(header);
  bool resolved = true;
  if (result.bodyEntry && result.bodyEntry != header) {
    Path body =
        longestPath(nodeOf(header, loop), loop, nodeOf(result.bodyEntry, loop));
    resolved = body.resolved;
    if (resolved)
      iteration = body.cost;
  }
  std::string why;
  FailureOr<Polynomial> trips = resolved && !hadError
                                    ? getTripCount(loop, why)
                                    : FailureOr<Polynomial>(failure());
  if (succeeded(trips)) {
    CostCounts total = iteration;
    CostCounts lastCheck = blockCosts.lookup(header);
    if (failed(total.scale(*trips)) || failed(total.add(lastCheck))) {
      hadError = true;
      (void)ctx.overflow(header->getTerminator(), "loop body x trip count");
    } else {
      result.resolved = true;
      result.total = std::move(total);
      result.trips = std::move(*trips);
    }
  } else if (!why.empty()) {
    (void)ctx.unresolved(
        header->getTerminator(),
        llvm::formatv("a loop of the control-flow graph whose trip count "
                      "cannot be read from its header: {0}; one iteration "
                      "costs {1} FLOPs, {2} int OPs, {3} transcendentals, {4} "
                      "bytes read, {5} bytes written",
                      why, iteration.flops, iteration.intOps,
                      iteration.transcendentals, iteration.bytesRead,
                      iteration.bytesWritten));
  }
  return loopResults[loop] = std::move(result);
}

void GraphSolver::setRuns(Block *block, const Polynomial &value) {
  std::optional<Polynomial> &slot = runs[block];
  if (!slot)
    return; // Unknown stays unknown.
  std::optional<Polynomial> sum = Polynomial::add(*slot, value);
  slot = sum ? *sum : std::optional<Polynomial>();
}

void GraphSolver::markUnknown(CFGLoop *loop) {
  for (Block *block : loop->getBlocks())
    runs[block] = std::nullopt;
}

void GraphSolver::assignLoopRuns(CFGLoop *loop, const Polynomial &times) {
  const LoopResult &result = solveLoop(loop);
  if (!result.resolved)
    return markUnknown(loop);
  Block *header = loop->getHeader();
  std::optional<Polynomial> headerRuns =
      Polynomial::add(result.trips, Polynomial(1));
  std::optional<Polynomial> bodyRuns = Polynomial::mul(times, result.trips);
  headerRuns = headerRuns ? Polynomial::mul(times, *headerRuns) : headerRuns;
  if (!headerRuns || !bodyRuns)
    return markUnknown(loop);
  setRuns(header, *headerRuns);
  if (result.bodyEntry && result.bodyEntry != header)
    assignRuns(nodeOf(header, loop), loop, *bodyRuns,
               nodeOf(result.bodyEntry, loop));
}

void GraphSolver::assignRuns(Node entry, CFGLoop *scope,
                             const Polynomial &times,
                             std::optional<Node> first) {
  // With `first`, the entry is a loop header whose runs are set already.
  Node node = first ? *first : entry;
  while (node.block) {
    if (node.loop)
      assignLoopRuns(node.loop, times);
    else
      setRuns(node.block, times);
    auto it = chosen.find({scope, node.block});
    if (it == chosen.end())
      break;
    node = it->second;
  }
}

std::optional<CostCounts> GraphSolver::solve() {
  for (Block &block : region)
    runs[&block] = Polynomial(0);
  Node entry = nodeOf(&region.front(), nullptr);
  Path path = longestPath(entry, nullptr, std::nullopt);
  if (hadError)
    return std::nullopt;
  if (!path.resolved) {
    for (Block &block : region)
      runs[&block] = std::nullopt;
    return std::nullopt;
  }
  assignRuns(entry, nullptr, Polynomial(1), std::nullopt);
  return path.cost;
}

std::optional<Polynomial> GraphSolver::getRuns(Block *block) const {
  return runs.lookup(block);
}

FailureOr<CostCounts> FunctionCoster::costGraphRegion(Region &region) {
  DominanceInfo dominance(region.getParentOp());
  CFGLoopInfo loops(dominance.getDomTree(&region));
  LoopMatches matches;
  findLoopControl(loops, loopControl, matches);
  // Every block once; the results of the ops directly in each block are
  // told how often their block runs afterwards.
  llvm::DenseMap<Block *, CostCounts> blockCosts;
  SmallVector<std::pair<Block *, std::pair<size_t, size_t>>> spans;
  int directParent = parentSlot;
  for (Block &block : region) {
    size_t begin = results.size();
    FailureOr<CostCounts> cost = costBlockOps(block);
    if (failed(cost))
      return failure();
    blockCosts[&block] = std::move(*cost);
    spans.push_back({&block, {begin, results.size()}});
  }
  GraphSolver solver(*this, region, blockCosts, loops, matches);
  std::optional<CostCounts> total = solver.solve();
  if (solver.hadError || hadError)
    return failure();
  if (payloadDepth == 0)
    for (auto &[block, span] : spans) {
      std::optional<Polynomial> blockRuns = solver.getRuns(block);
      for (size_t i = span.first; i < span.second; ++i) {
        OpCostResult &result = results[i];
        if (result.parent != directParent)
          continue;
        OpCostDetails &details = result.getDetails();
        details.inGraph = true;
        details.blockRuns = blockRuns;
      }
    }
  // An unresolved graph is listed (on the branch or loop that made it so)
  // and, like any unresolved op, left out of the totals.
  return total ? *total : CostCounts();
}
