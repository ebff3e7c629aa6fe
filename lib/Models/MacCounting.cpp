//===- MacCounting.cpp - Which multiplies are multiply-accumulates --------===//
//
// A multiply counts as a MAC when its product is accumulated: in a linalg
// payload, added into an output block argument; in a loop nest of scalar
// ops, added to a value loaded from and stored back to the address the
// reduction loop does not move; in a function whose arguments address that
// element, the loops are those around the call the function is costed for
// (docs/ops.md). Vectors as scalars: a vector multiply whose product is
// accumulated so counts one MAC per lane, its operands and accumulator read
// and written by vector transfers, loads and stores.
//
//===----------------------------------------------------------------------===//

#include "ModelUtils.h"
#include "cost/Models/Formulas.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/Interfaces/CallInterfaces.h"
#include "mlir/Interfaces/CastInterfaces.h"
#include "mlir/Interfaces/ControlFlowInterfaces.h"
#include "mlir/Interfaces/FunctionInterfaces.h"
#include "mlir/Interfaces/LoopLikeInterface.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace mlir::cost;

/// Follows `value` up through cast ops (extf, truncf, extsi, sitofp, ...).
static Value stripCasts(Value value) {
  while (Operation *def = value.getDefiningOp()) {
    if (!isa<CastOpInterface>(def) || def->getNumOperands() != 1)
      break;
    value = def->getOperand(0);
  }
  return value;
}

/// Multiplies among the leaves of the tree of adds and subtractions that
/// computes `value` (through casts): each is a multiply whose product is
/// accumulated.
static int64_t countMultiplyLeaves(Value value, unsigned depth) {
  Operation *def = stripCasts(value).getDefiningOp();
  if (!def || depth > 16)
    return 0;
  // A product of constants is folded away: no multiply runs.
  if (isa<arith::MulFOp, arith::MulIOp>(def))
    return isFoldedConstant(def) ? 0 : 1;
  if (isa<arith::AddFOp, arith::AddIOp, arith::SubFOp, arith::SubIOp>(def))
    return countMultiplyLeaves(def->getOperand(0), depth + 1) +
           countMultiplyLeaves(def->getOperand(1), depth + 1);
  return 0;
}

/// Number of ops of the payload of `op` that read an accumulator (an
/// output block argument, through casts) and so combine into an output.
/// The first `numInputs` block arguments are the inputs'.
int64_t mlir::cost::countAccumulatorUses(linalg::LinalgOp op,
                                         unsigned numInputs) {
  Block *body = op.getBlock();
  int64_t uses = 0;
  for (Operation &inner : *body) {
    if (isa<CastOpInterface>(inner) || inner.hasTrait<OpTrait::IsTerminator>())
      continue;
    if (llvm::any_of(inner.getOperands(), [&](Value value) {
          auto arg = dyn_cast<BlockArgument>(stripCasts(value));
          return arg && arg.getOwner() == body &&
                 arg.getArgNumber() >= numInputs;
        }))
      ++uses;
  }
  return uses;
}

/// The MACs of one iteration of a payload with a reduction loop; the first
/// `numInputs` block arguments are the inputs'.
int64_t mlir::cost::countPayloadMacs(linalg::LinalgOp op, unsigned numInputs) {
  Block *body = op.getBlock();
  auto isAccumulator = [&](Value value) {
    auto arg = dyn_cast<BlockArgument>(stripCasts(value));
    return arg && arg.getOwner() == body && arg.getArgNumber() >= numInputs;
  };
  int64_t macs = 0;
  for (Operation &inner : *body) {
    if (isa<arith::AddFOp, arith::AddIOp>(inner)) {
      Value lhs = inner.getOperand(0), rhs = inner.getOperand(1);
      if (isAccumulator(lhs))
        macs += countMultiplyLeaves(rhs, 0);
      else if (isAccumulator(rhs))
        macs += countMultiplyLeaves(lhs, 0);
    } else if (isa<arith::SubFOp, arith::SubIOp>(inner)) {
      // acc - a*b: a multiply-subtract, one MAC.
      if (isAccumulator(inner.getOperand(0)))
        macs += countMultiplyLeaves(inner.getOperand(1), 0);
    } else if (auto fma = dyn_cast<math::FmaOp>(inner)) {
      if (isAccumulator(fma.getC()))
        ++macs;
    }
  }
  return macs;
}

int64_t mlir::cost::countAccumulatingMultiplies(linalg::LinalgOp op) {
  return op.getNumReductionLoops() ? countPayloadMacs(op, op.getNumDpsInputs())
                                   : 0;
}

/// `value` and the results of the cast ops that use it (one level): where a
/// sum may be stored from (an f32 sum truncated to bf16, ...).
static SmallVector<Value> withCastUsers(Value value) {
  SmallVector<Value> values = {value};
  for (Operation *user : value.getUsers())
    if (isa<CastOpInterface>(user) && user->getNumResults() == 1)
      values.push_back(user->getResult(0));
  return values;
}

/// True if `op` reads memory into a value that a multiply can use: a scalar
/// load or a vector one.
static bool isLoad(Operation *op) {
  return isa_and_nonnull<memref::LoadOp, affine::AffineLoadOp,
                         vector::TransferReadOp, vector::LoadOp>(op);
}

/// Follows `value` up through casts and the vector ops that only spread or
/// reshape a value (a scalar broadcast to every lane of a vector multiply).
static Value stripCastsAndBroadcasts(Value value) {
  while (true) {
    value = stripCasts(value);
    Operation *def = value.getDefiningOp();
    if (!isa_and_nonnull<vector::BroadcastOp, vector::ShapeCastOp,
                         vector::TransposeOp>(def))
      return value;
    value = def->getOperand(0);
  }
}

/// The loads (memref.load, affine.load, vector transfers and loads) whose
/// values a multiply among the leaves of the add tree computing `value`
/// reads (through casts and broadcasts).
static void collectProductLoads(Value value,
                                SmallVectorImpl<Operation *> &loads,
                                unsigned depth) {
  Operation *def = stripCasts(value).getDefiningOp();
  if (!def || depth > 16)
    return;
  if (isa<arith::MulFOp, arith::MulIOp, math::FmaOp, vector::FMAOp>(def)) {
    for (Value operand : def->getOperands().take_front(2))
      if (Operation *load = stripCastsAndBroadcasts(operand).getDefiningOp();
          isLoad(load))
        loads.push_back(load);
    return;
  }
  if (isa<arith::AddFOp, arith::AddIOp, arith::SubFOp, arith::SubIOp>(def)) {
    collectProductLoads(def->getOperand(0), loads, depth + 1);
    collectProductLoads(def->getOperand(1), loads, depth + 1);
  }
}

/// The index operands of a load or store, scalar or vector.
static ValueRange getAccessIndices(Operation *access) {
  return TypeSwitch<Operation *, ValueRange>(access)
      .Case<memref::LoadOp, memref::StoreOp, vector::TransferReadOp,
            vector::TransferWriteOp, vector::LoadOp, vector::StoreOp>(
          [](auto op) { return op.getIndices(); })
      .Case<affine::AffineLoadOp, affine::AffineStoreOp>(
          [](auto op) { return op.getMapOperands(); })
      .Default([](Operation *) { return ValueRange(); });
}

/// True if the store `store` writes `sum` back to the element (or vector of
/// elements) the load `load` read: the same buffer at the same indices, the
/// same way (affine map, vector permutation).
static bool storesBack(Operation *store, Operation *load, Value sum) {
  return TypeSwitch<Operation *, bool>(store)
      .Case([&](memref::StoreOp write) {
        auto read = dyn_cast<memref::LoadOp>(load);
        return read && write.getValueToStore() == sum &&
               write.getMemRef() == read.getMemRef() &&
               llvm::equal(write.getIndices(), read.getIndices());
      })
      .Case([&](affine::AffineStoreOp write) {
        auto read = dyn_cast<affine::AffineLoadOp>(load);
        return read && write.getValueToStore() == sum &&
               write.getMemRef() == read.getMemRef() &&
               write.getAffineMap() == read.getAffineMap() &&
               llvm::equal(write.getMapOperands(), read.getMapOperands());
      })
      .Case([&](vector::TransferWriteOp write) {
        auto read = dyn_cast<vector::TransferReadOp>(load);
        return read && write.getValueToStore() == sum &&
               write.getBase() == read.getBase() &&
               write.getPermutationMap() == read.getPermutationMap() &&
               write.getMask() == read.getMask() &&
               llvm::equal(write.getIndices(), read.getIndices());
      })
      .Case([&](vector::StoreOp write) {
        auto read = dyn_cast<vector::LoadOp>(load);
        return read && write.getValueToStore() == sum &&
               write.getBase() == read.getBase() &&
               llvm::equal(write.getIndices(), read.getIndices());
      })
      .Default(false);
}

/// True if `index` is `iv`, or is computed from it by one affine.apply or
/// index arithmetic op (the input row oh + kh of a lowered convolution).
static bool isIndexOf(Value index, Value iv) {
  if (index == iv)
    return true;
  Operation *def = index.getDefiningOp();
  return def &&
         isa<affine::AffineApplyOp, arith::AddIOp, arith::SubIOp,
             arith::MulIOp>(def) &&
         llvm::is_contained(def->getOperands(), iv);
}

/// True if `iv` addresses the element `access` reads or writes: one of its
/// indices is `iv` or computed from it (isIndexOf).
static bool addresses(Operation *access, Value iv) {
  return llvm::any_of(getAccessIndices(access),
                      [&](Value index) { return isIndexOf(index, iv); });
}

/// The value each branch into `block` passes for its argument `number`.
static SmallVector<Value> getIncomingValues(Block *block, unsigned number) {
  SmallVector<Value> values;
  for (Block *pred : block->getPredecessors()) {
    auto branch = dyn_cast<BranchOpInterface>(pred->getTerminator());
    if (!branch)
      continue;
    for (auto [i, succ] : llvm::enumerate(pred->getSuccessors()))
      if (succ == block) {
        SuccessorOperands operands = branch.getSuccessorOperands(i);
        if (number < operands.size() && operands[number])
          values.push_back(operands[number]);
      }
  }
  return values;
}

/// True if `value` is the induction variable of a loop of a control-flow
/// graph (a loop nest after convert-scf-to-cf): an argument of a block
/// other than the entry that a branch into the block passes back
/// incremented (`iv + step`), as a loop header's is.
static bool isGraphInductionVar(Value value) {
  auto arg = dyn_cast<BlockArgument>(value);
  if (!arg || arg.getOwner()->isEntryBlock())
    return false;
  return llvm::any_of(getIncomingValues(arg.getOwner(), arg.getArgNumber()),
                      [&](Value incoming) {
                        auto add = incoming.getDefiningOp<arith::AddIOp>();
                        return add &&
                               (add.getLhs() == arg || add.getRhs() == arg);
                      });
}

/// True if `store` is inside a loop that reduces into the element it
/// writes: a loop whose induction variable addresses an element a product
/// reads (`productLoads`) but not the stored element. An elementwise
/// update in an outer loop (a time step) is no reduction. The loops are
/// loop ops, or, in a control-flow graph, blocks whose argument is
/// incremented and passed back (isGraphInductionVar).
static bool isReductionStore(Operation *store,
                             ArrayRef<Operation *> productLoads) {
  auto reduces = [&](Value iv) {
    return !addresses(store, iv) &&
           llvm::any_of(productLoads,
                        [&](Operation *load) { return addresses(load, iv); });
  };
  // Loops of a control-flow graph: the induction variables among what
  // addresses the products' loads (only those can reduce).
  for (Operation *load : productLoads)
    for (Value index : getAccessIndices(load)) {
      SmallVector<Value, 4> candidates = {index};
      if (Operation *def = index.getDefiningOp();
          def && isa<affine::AffineApplyOp, arith::AddIOp, arith::SubIOp,
                     arith::MulIOp>(def))
        llvm::append_range(candidates, def->getOperands());
      for (Value candidate : candidates)
        if (isGraphInductionVar(candidate) && reduces(candidate))
          return true;
    }
  for (Operation *parent = store->getParentOp(); parent;
       parent = parent->getParentOp()) {
    auto loop = dyn_cast<LoopLikeOpInterface>(parent);
    if (!loop)
      continue;
    std::optional<SmallVector<Value>> ivs = loop.getLoopInductionVars();
    if (!ivs)
      continue;
    for (Value iv : *ivs)
      if (!addresses(store, iv) &&
          llvm::any_of(productLoads,
                       [&](Operation *load) { return addresses(load, iv); }))
        return true;
  }
  return false;
}

/// The memref and indices of a load or store.
static SmallVector<Value> getAccessOperands(Operation *access) {
  SmallVector<Value> operands = {isa<memref::LoadOp, affine::AffineLoadOp>(
                                     access)
                                     ? access->getOperand(0)
                                     : access->getOperand(1)};
  llvm::append_range(operands, getAccessIndices(access));
  return operands;
}

/// Adds to `args` the numbers of the arguments of the enclosing function
/// that `value` is, or is computed from by one op (as isIndexOf follows),
/// the op's other operands being constants. False if `value` is anything
/// else: what the function's caller cannot move.
static bool collectArguments(Value value, SmallVectorImpl<unsigned> &args) {
  auto addArgument = [&](Value v) {
    auto arg = dyn_cast<BlockArgument>(v);
    if (!arg || !arg.getOwner()->isEntryBlock() ||
        !isa<FunctionOpInterface>(arg.getOwner()->getParentOp()))
      return false;
    args.push_back(arg.getArgNumber());
    return true;
  };
  if (addArgument(value))
    return true;
  Operation *def = value.getDefiningOp();
  if (def && def->hasTrait<OpTrait::ConstantLike>())
    return true;
  if (!def || !isa<affine::AffineApplyOp, arith::AddIOp, arith::SubIOp,
                   arith::MulIOp>(def))
    return false;
  return llvm::all_of(def->getOperands(), [&](Value operand) {
    Operation *constant = operand.getDefiningOp();
    return addArgument(operand) ||
           (constant && constant->hasTrait<OpTrait::ConstantLike>());
  });
}

/// True if `value` is the induction variable of a loop op or of a loop of a
/// control-flow graph.
static bool isInductionVar(Value value) {
  if (isGraphInductionVar(value))
    return true;
  auto arg = dyn_cast<BlockArgument>(value);
  auto loop = arg ? dyn_cast<LoopLikeOpInterface>(arg.getOwner()->getParentOp())
                  : LoopLikeOpInterface();
  if (!loop)
    return false;
  std::optional<SmallVector<Value>> ivs = loop.getLoopInductionVars();
  return ivs && llvm::is_contained(*ivs, value);
}

/// True if the call the function of `store` is costed for reduces into the
/// element `store` writes, as the loops around it would if the function
/// were inlined there: the element's buffer and indices are the function's
/// arguments (or computed from them, isIndexOf), and a loop around the call
/// moves an operand the call passes for an argument that addresses a
/// product's load but none it passes for the element. Asks `ctx` for the
/// call only then.
static bool isReducedAtCallSite(Operation *store,
                                ArrayRef<Operation *> productLoads,
                                CostContext &ctx) {
  SmallVector<unsigned> storeArgs, productArgs;
  for (Value operand : getAccessOperands(store))
    if (!collectArguments(operand, storeArgs))
      return false;
  for (Operation *load : productLoads)
    for (Value operand : getAccessOperands(load))
      (void)collectArguments(operand, productArgs);
  if (productArgs.empty())
    return false;
  auto call = dyn_cast_or_null<CallOpInterface>(ctx.getCallSite());
  if (!call)
    return false;
  OperandRange passed = call.getArgOperands();
  auto movedBy = [&](ArrayRef<unsigned> args, Value iv) {
    return llvm::any_of(args, [&](unsigned arg) {
      return arg < passed.size() && isIndexOf(passed[arg], iv);
    });
  };
  for (unsigned arg : productArgs) {
    if (arg >= passed.size())
      continue;
    SmallVector<Value, 4> candidates = {passed[arg]};
    if (Operation *def = passed[arg].getDefiningOp();
        def && isa<affine::AffineApplyOp, arith::AddIOp, arith::SubIOp,
                   arith::MulIOp>(def))
      llvm::append_range(candidates, def->getOperands());
    for (Value candidate : candidates)
      if (isInductionVar(candidate) && !movedBy(storeArgs, candidate))
        return true;
  }
  return false;
}

/// True if `acc` (through casts) is what `result` accumulates `product`
/// into: an iteration argument of a loop that yields `result` back to it,
/// or an element loaded from a buffer that `result` is stored back to, at
/// the same indices, inside a loop that reduces into it (with `ctx`, also
/// a loop around the call the function is costed for).
static bool isLoopAccumulator(Value acc, Value result, Value product,
                              CostContext *ctx) {
  acc = stripCasts(acc);
  SmallVector<Value> sums = withCastUsers(result);
  if (auto arg = dyn_cast<BlockArgument>(acc)) {
    // In a control-flow graph: an argument of a loop header that a latch
    // passes the sum back to.
    if (!arg.getOwner()->isEntryBlock())
      return llvm::any_of(
          getIncomingValues(arg.getOwner(), arg.getArgNumber()),
          [&](Value incoming) { return llvm::is_contained(sums, incoming); });
    auto loop = dyn_cast<LoopLikeOpInterface>(arg.getOwner()->getParentOp());
    if (!loop)
      return false;
    ArrayRef<BlockArgument> iterArgs = loop.getRegionIterArgs();
    auto it = llvm::find(iterArgs, arg);
    if (it == iterArgs.end())
      return false;
    std::optional<MutableArrayRef<OpOperand>> yielded =
        loop.getYieldedValuesMutable();
    if (!yielded)
      return false;
    Value back = (*yielded)[it - iterArgs.begin()].get();
    return llvm::is_contained(sums, back);
  }
  Operation *load = acc.getDefiningOp();
  if (!isLoad(load))
    return false;
  SmallVector<Operation *> productLoads;
  collectProductLoads(product, productLoads, 0);
  for (Value sum : sums)
    for (Operation *user : sum.getUsers())
      if (storesBack(user, load, sum) &&
          (isReductionStore(user, productLoads) ||
           (ctx && isReducedAtCallSite(user, productLoads, *ctx))))
        return true;
  return false;
}

int64_t mlir::cost::countLoopAccumulatedMultiplies(Operation *op,
                                                   CostContext *ctx) {
  // Scalars and vectors (per lane); not a whole tensor or buffer.
  if (op->getNumResults() != 1 ||
      (isa<ShapedType>(op->getResult(0).getType()) &&
       !isa<VectorType>(op->getResult(0).getType())))
    return 0;
  Value result = op->getResult(0);
  if (isa<arith::AddFOp, arith::AddIOp>(op)) {
    Value lhs = op->getOperand(0), rhs = op->getOperand(1);
    if (isLoopAccumulator(lhs, result, rhs, ctx))
      return countMultiplyLeaves(rhs, 0);
    if (isLoopAccumulator(rhs, result, lhs, ctx))
      return countMultiplyLeaves(lhs, 0);
    return 0;
  }
  if (isa<arith::SubFOp, arith::SubIOp>(op))
    return isLoopAccumulator(op->getOperand(0), result, op->getOperand(1),
                             ctx)
               ? countMultiplyLeaves(op->getOperand(1), 0)
               : 0;
  if (auto fma = dyn_cast<math::FmaOp>(op))
    return isLoopAccumulator(fma.getC(), result, result, ctx) ? 1 : 0;
  return 0;
}

bool mlir::cost::isLoopAccumulatedMultiply(Operation *op, CostContext *ctx) {
  if (!isa<arith::MulFOp, arith::MulIOp>(op) || op->getNumResults() != 1)
    return false;
  // Follow the product down the adds, subtractions and casts it feeds (as
  // countMultiplyLeaves follows them up) to an accumulation.
  SmallVector<std::pair<Value, unsigned>> worklist = {{op->getResult(0), 0}};
  while (!worklist.empty()) {
    auto [value, depth] = worklist.pop_back_val();
    if (depth > 16)
      continue;
    for (Operation *user : value.getUsers()) {
      if (isa<arith::AddFOp, arith::AddIOp, arith::SubFOp, arith::SubIOp>(
              user) &&
          countLoopAccumulatedMultiplies(user, ctx) > 0)
        return true;
      if (isa<CastOpInterface, arith::AddFOp, arith::AddIOp, arith::SubFOp,
              arith::SubIOp>(user) &&
          user->getNumResults() == 1)
        worklist.push_back({user->getResult(0), depth + 1});
    }
  }
  return false;
}
