//===- Formulas.cpp - Cost formulas shared by the dialect models ----------===//

#include "cost/Models/Formulas.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/TypeUtilities.h"
#include "mlir/Interfaces/CastInterfaces.h"
#include "mlir/Interfaces/LoopLikeInterface.h"
#include "llvm/Support/FormatVariadic.h"

using namespace mlir;
using namespace mlir::cost;

CostCounts mlir::cost::getScalarCost(ScalarKind kind, Type elementType) {
  CostCounts counts;
  switch (kind) {
  case ScalarKind::Float:
    counts.flops = 1;
    break;
  case ScalarKind::Int:
    counts.intOps = 1;
    break;
  case ScalarKind::ByType:
    if (isa<FloatType, ComplexType>(getElementTypeOrSelf(elementType)))
      counts.flops = 1;
    else
      counts.intOps = 1;
    break;
  case ScalarKind::Fma:
    counts.flops = 2;
    break;
  case ScalarKind::Transcendental:
    counts.transcendentals = 1;
    break;
  case ScalarKind::Free:
    break;
  }
  return counts;
}

LogicalResult mlir::cost::addMemoryBytes(Operation *op, ValueRange values,
                                         CostContext &ctx, Polynomial &bytes) {
  for (Value value : values) {
    FailureOr<Polynomial> size = ctx.getMemoryBytes(op, value);
    if (failed(size))
      return failure();
    std::optional<Polynomial> sum = Polynomial::add(bytes, *size);
    if (!sum)
      return ctx.overflow(op, "bytes moved");
    bytes = *sum;
  }
  return success();
}

LogicalResult mlir::cost::computePerElementCost(
    Operation *op, Value domain, const CostCounts &perElement, ValueRange reads,
    ValueRange writes, CostContext &ctx, CostCounts &counts) {
  FailureOr<Polynomial> elements = ctx.getNumElements(op, domain);
  if (failed(elements))
    return failure();
  counts = perElement;
  if (failed(counts.scale(*elements)))
    return ctx.overflow(op, "cost per element x elements");
  if (failed(addMemoryBytes(op, reads, ctx, counts.bytesRead)) ||
      failed(addMemoryBytes(op, writes, ctx, counts.bytesWritten)))
    return failure();
  return success();
}

LogicalResult mlir::cost::computeElementwiseCost(Operation *op,
                                                 const CostCounts &perElement,
                                                 CostContext &ctx,
                                                 CostCounts &counts) {
  Value domain = op->getNumResults() ? op->getResult(0) : op->getOperand(0);
  CostCounts cost = perElement;
  if (ctx.getOptions().convention.oneOpPerElement) {
    std::optional<int64_t> flops = cost.flops.getConstant(),
                           intOps = cost.intOps.getConstant(),
                           transcendentals = cost.transcendentals.getConstant();
    if (flops && intOps && transcendentals &&
        *flops + *intOps + *transcendentals > 1) {
      CostCounts one;
      if (*transcendentals)
        one.transcendentals = 1;
      else if (*flops)
        one.flops = 1;
      else
        one.intOps = 1;
      one.macs = cost.macs;
      cost = std::move(one);
    }
  }
  return computePerElementCost(op, domain, cost, op->getOperands(),
                               op->getResults(), ctx, counts);
}

FailureOr<Polynomial> mlir::cost::getDomainSize(Operation *op,
                                                ArrayRef<Polynomial> sizes,
                                                CostContext &ctx) {
  Polynomial points = 1;
  for (const Polynomial &size : sizes) {
    std::optional<Polynomial> next = Polynomial::mul(points, size);
    if (!next)
      return ctx.overflow(op, "iteration domain size");
    points = std::move(*next);
  }
  return points;
}

/// The loop ranges of `op` from its indexing maps (read once by the
/// caller: a named op builds them anew on every call): each loop's size is
/// that of the first operand dimension its map returns as the plain loop
/// dimension, as getShapesToLoopsMap() would pick it, traced through
/// symbols where dynamic. Unresolved if a loop has no such dimension.
static FailureOr<SmallVector<Polynomial>>
getLoopRanges(linalg::LinalgOp op, ArrayRef<AffineMap> maps, CostContext &ctx) {
  Operation *operation = op.getOperation();
  MutableArrayRef<OpOperand> operands = operation->getOpOperands();
  unsigned numLoops = maps.empty() ? 0 : maps.front().getNumDims();
  if (maps.size() != operands.size())
    return ctx.unresolved(operation, "indexing maps do not match operands");
  SmallVector<std::pair<OpOperand *, unsigned>> source(numLoops, {nullptr, 0});
  unsigned found = 0;
  for (auto [operand, map] : llvm::zip_equal(operands, maps)) {
    for (auto [d, expr] : llvm::enumerate(map.getResults())) {
      auto dim = dyn_cast<AffineDimExpr>(expr);
      if (!dim || dim.getPosition() >= numLoops ||
          source[dim.getPosition()].first)
        continue;
      source[dim.getPosition()] = {&operand, static_cast<unsigned>(d)};
      ++found;
    }
  }
  if (found != numLoops)
    return ctx.unresolved(operation, "iteration domain cannot be derived "
                                     "from the operand shapes");
  SmallVector<Polynomial> sizes;
  sizes.reserve(numLoops);
  for (auto [operand, d] : source) {
    Value value = operand->get();
    int64_t size = cast<ShapedType>(value.getType()).getDimSize(d);
    if (!ShapedType::isDynamic(size)) {
      sizes.push_back(size);
      continue;
    }
    FailureOr<Polynomial> traced = ctx.getDimSize(operation, value, d);
    if (failed(traced))
      return failure();
    sizes.push_back(std::move(*traced));
  }
  return sizes;
}

namespace {
/// What the cost of a structured op reads of its definition, the same for
/// every op of one signature (CostContext::getSignatureValue): a named op
/// builds its maps and iterator types on each call, and every query of its
/// inits (getDpsInits, isDpsInit, getNumDpsInputs) builds its operand
/// segment attribute anew, all under the context's lock.
struct StructuredOpDefinition {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(StructuredOpDefinition)
  SmallVector<AffineMap> maps;
  SmallVector<utils::IteratorType> iterators;
  /// The inits are operands [initsBegin, initsBegin + numInits); the inputs
  /// are the others, before them. The payload's block arguments follow the
  /// operands.
  unsigned initsBegin = 0;
  unsigned numInits = 0;
};
} // namespace

static const StructuredOpDefinition &getDefinition(linalg::LinalgOp op,
                                                   CostContext &ctx) {
  return ctx.getSignatureValue<StructuredOpDefinition>(op, [&] {
    StructuredOpDefinition definition;
    definition.maps = op.getIndexingMapsArray();
    definition.iterators = op.getIteratorTypesArray();
    MutableOperandRange inits = op.getDpsInitsMutable();
    definition.numInits = inits.size();
    definition.initsBegin = inits.empty() ? 0 : inits[0].getOperandNumber();
    return definition;
  });
}

FailureOr<SmallVector<Polynomial>>
mlir::cost::getLoopRanges(linalg::LinalgOp op, CostContext &ctx) {
  return ::getLoopRanges(op, getDefinition(op, ctx).maps, ctx);
}

CostCounts mlir::cost::getMacCost(Type elementType,
                                  const CountingConvention &convention) {
  CostCounts counts = getScalarCost(ScalarKind::ByType, elementType);
  counts.flops *= convention.opsPerMac;
  counts.intOps *= convention.opsPerMac;
  counts.macs = 1;
  return counts;
}

LogicalResult mlir::cost::dropFirstCombines(Operation *op,
                                            const Polynomial &outputs,
                                            const CostCounts &perCombine,
                                            bool isAccumulate, CostContext &ctx,
                                            CostCounts &counts) {
  const CountingConvention &convention = ctx.getOptions().convention;
  if (isAccumulate ? convention.countFirstAccumulate
                   : convention.countFirstCombine)
    return success();
  CostCounts dropped = perCombine;
  if (failed(dropped.scale(outputs)))
    return ctx.overflow(op, "first combines per output");
  CostCounts result = counts;
  for (Polynomial CostCounts::*field : {&CostCounts::flops, &CostCounts::intOps,
                                        &CostCounts::transcendentals}) {
    std::optional<Polynomial> rest =
        Polynomial::sub(result.*field, dropped.*field);
    if (!rest)
      return ctx.overflow(op, "first combines per output");
    // Every output has at least one combine, so a constant difference is
    // never negative; the guard keeps a malformed op from making one.
    if (std::optional<int64_t> value = rest->getConstant(); value && *value < 0)
      return ctx.unresolved(op, "fewer combines than outputs");
    result.*field = std::move(*rest);
  }
  counts = std::move(result);
  return success();
}

LogicalResult mlir::cost::computeDomainCost(Operation *op,
                                            ArrayRef<Polynomial> domain,
                                            const CostCounts &perPoint,
                                            CostContext &ctx,
                                            CostCounts &counts) {
  FailureOr<Polynomial> points = getDomainSize(op, domain, ctx);
  if (failed(points))
    return failure();
  counts = perPoint;
  if (failed(counts.scale(*points)))
    return ctx.overflow(op, "cost per point x iteration domain");
  return success();
}

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
  if (isa<arith::MulFOp, arith::MulIOp>(def))
    return 1;
  if (isa<arith::AddFOp, arith::AddIOp, arith::SubFOp, arith::SubIOp>(def))
    return countMultiplyLeaves(def->getOperand(0), depth + 1) +
           countMultiplyLeaves(def->getOperand(1), depth + 1);
  return 0;
}

/// Number of ops of the payload of `op` that read an accumulator (an
/// output block argument, through casts) and so combine into an output.
/// The first `numInputs` block arguments are the inputs'.
static int64_t countAccumulatorUses(linalg::LinalgOp op, unsigned numInputs) {
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
static int64_t countPayloadMacs(linalg::LinalgOp op, unsigned numInputs) {
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

/// The loads (memref.load, affine.load) whose values a multiply among the
/// leaves of the add tree computing `value` reads (through casts).
static void collectProductLoads(Value value,
                                SmallVectorImpl<Operation *> &loads,
                                unsigned depth) {
  Operation *def = stripCasts(value).getDefiningOp();
  if (!def || depth > 16)
    return;
  if (isa<arith::MulFOp, arith::MulIOp, math::FmaOp>(def)) {
    for (Value operand : def->getOperands().take_front(2))
      if (Operation *load = stripCasts(operand).getDefiningOp();
          isa_and_nonnull<memref::LoadOp, affine::AffineLoadOp>(load))
        loads.push_back(load);
    return;
  }
  if (isa<arith::AddFOp, arith::AddIOp, arith::SubFOp, arith::SubIOp>(def)) {
    collectProductLoads(def->getOperand(0), loads, depth + 1);
    collectProductLoads(def->getOperand(1), loads, depth + 1);
  }
}

/// The index operands of a load or store.
static ValueRange getAccessIndices(Operation *access) {
  if (auto load = dyn_cast<memref::LoadOp>(access))
    return load.getIndices();
  if (auto load = dyn_cast<affine::AffineLoadOp>(access))
    return load.getMapOperands();
  if (auto store = dyn_cast<memref::StoreOp>(access))
    return store.getIndices();
  return cast<affine::AffineStoreOp>(access).getMapOperands();
}

/// True if `iv` addresses the element `access` reads or writes: an index
/// is `iv`, or is computed from it by one affine.apply or index arithmetic
/// op (the input row oh + kh of a lowered convolution).
static bool addresses(Operation *access, Value iv) {
  return llvm::any_of(getAccessIndices(access), [&](Value index) {
    if (index == iv)
      return true;
    Operation *def = index.getDefiningOp();
    return def &&
           isa<affine::AffineApplyOp, arith::AddIOp, arith::SubIOp,
               arith::MulIOp>(def) &&
           llvm::is_contained(def->getOperands(), iv);
  });
}

/// True if `store` is inside a loop that reduces into the element it
/// writes: a loop whose induction variable addresses an element a product
/// reads (`productLoads`) but not the stored element. An elementwise
/// update in an outer loop (a time step) is no reduction.
static bool isReductionStore(Operation *store,
                             ArrayRef<Operation *> productLoads) {
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

/// True if `acc` (through casts) is what `result` accumulates `product`
/// into: an iteration argument of a loop that yields `result` back to it,
/// or an element loaded from a buffer that `result` is stored back to, at
/// the same indices, inside a loop that reduces into it.
static bool isLoopAccumulator(Value acc, Value result, Value product) {
  acc = stripCasts(acc);
  SmallVector<Value> sums = withCastUsers(result);
  if (auto arg = dyn_cast<BlockArgument>(acc)) {
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
  if (!isa_and_nonnull<memref::LoadOp, affine::AffineLoadOp>(load))
    return false;
  SmallVector<Operation *> productLoads;
  collectProductLoads(product, productLoads, 0);
  for (Value sum : sums)
    for (Operation *user : sum.getUsers()) {
      bool sameElement = false;
      if (auto store = dyn_cast<memref::StoreOp>(user)) {
        auto read = dyn_cast<memref::LoadOp>(load);
        sameElement = read && store.getValueToStore() == sum &&
                      store.getMemRef() == read.getMemRef() &&
                      llvm::equal(store.getIndices(), read.getIndices());
      } else if (auto store = dyn_cast<affine::AffineStoreOp>(user)) {
        auto read = dyn_cast<affine::AffineLoadOp>(load);
        sameElement =
            read && store.getValueToStore() == sum &&
            store.getMemRef() == read.getMemRef() &&
            store.getAffineMap() == read.getAffineMap() &&
            llvm::equal(store.getMapOperands(), read.getMapOperands());
      }
      if (sameElement && isReductionStore(user, productLoads))
        return true;
    }
  return false;
}

int64_t mlir::cost::countLoopAccumulatedMultiplies(Operation *op) {
  if (op->getNumResults() != 1 || isa<ShapedType>(op->getResult(0).getType()))
    return 0;
  Value result = op->getResult(0);
  if (isa<arith::AddFOp, arith::AddIOp>(op)) {
    Value lhs = op->getOperand(0), rhs = op->getOperand(1);
    if (isLoopAccumulator(lhs, result, rhs))
      return countMultiplyLeaves(rhs, 0);
    if (isLoopAccumulator(rhs, result, lhs))
      return countMultiplyLeaves(lhs, 0);
    return 0;
  }
  if (isa<arith::SubFOp, arith::SubIOp>(op))
    return isLoopAccumulator(op->getOperand(0), result, op->getOperand(1))
               ? countMultiplyLeaves(op->getOperand(1), 0)
               : 0;
  if (auto fma = dyn_cast<math::FmaOp>(op))
    return isLoopAccumulator(fma.getC(), result, result) ? 1 : 0;
  return 0;
}

/// computeStructuredOpCost, for one op. It reads the op's signature and its
/// payload, and operand values only through `ctx` (a dynamic dimension).
LogicalResult mlir::cost::computeStructuredOpCost(linalg::LinalgOp op,
                                                  CostContext &ctx,
                                                  CostCounts &counts) {
  Operation *operation = op.getOperation();
  const StructuredOpDefinition &definition = getDefinition(op, ctx);
  ArrayRef<AffineMap> maps = definition.maps;
  ArrayRef<utils::IteratorType> iterators = definition.iterators;
  unsigned initsBegin = definition.initsBegin;
  unsigned initsEnd = initsBegin + definition.numInits;
  unsigned numInputs = operation->getNumOperands() - definition.numInits;
  FailureOr<SmallVector<Polynomial>> ranges = ::getLoopRanges(op, maps, ctx);
  if (failed(ranges))
    return failure();
  bool hasReduction =
      llvm::is_contained(iterators, utils::IteratorType::reduction);
  FailureOr<CostCounts> perIteration = ctx.getPayloadCost(*op.getBlock());
  if (failed(perIteration))
    return failure();
  int64_t macs = hasReduction ? countPayloadMacs(op, numInputs) : 0;
  perIteration->macs = macs;
  const CountingConvention &convention = ctx.getOptions().convention;
  // The payload counts each MAC's multiply and add; a convention that
  // counts a MAC as one operation drops the add, of the accumulator's type.
  Type accType =
      definition.numInits
          ? getElementTypeOrSelf(operation->getOperand(initsBegin).getType())
          : Type();
  if (macs && convention.opsPerMac != 2) {
    CostCounts add = getScalarCost(ScalarKind::ByType, accType);
    Polynomial CostCounts::*field =
        add.flops == Polynomial(0) ? &CostCounts::intOps : &CostCounts::flops;
    std::optional<int64_t> have = (*perIteration.*field).getConstant();
    int64_t drop = macs * (2 - static_cast<int64_t>(convention.opsPerMac));
    if (have && *have >= drop)
      *perIteration.*field = *have - drop;
  }
  if (failed(computeDomainCost(operation, *ranges, *perIteration, ctx, counts)))
    return failure();
  // The first combine into each output (an op of the payload that reads an
  // accumulator) is an assignment under a convention that does not count
  // it: one operation less per output and combining op.
  if (hasReduction) {
    SmallVector<Polynomial> parallel;
    for (auto [range, type] : llvm::zip_equal(*ranges, iterators))
      if (type == utils::IteratorType::parallel)
        parallel.push_back(range);
    FailureOr<Polynomial> outputs = getDomainSize(operation, parallel, ctx);
    if (failed(outputs))
      return failure();
    int64_t combiners = countAccumulatorUses(op, numInputs);
    CostCounts perCombine = getScalarCost(ScalarKind::ByType, accType);
    if (failed(perCombine.scale(combiners)) ||
        failed(dropFirstCombines(operation, *outputs, perCombine, macs > 0, ctx,
                                 counts)))
      return failure();
  }

  // Bytes: each operand the payload reads, once at its full size; each init
  // is written. Operands that only contribute their shape (the window of a
  // pooling op, an init that is overwritten) move no data.
  for (OpOperand &operand : operation->getOpOperands()) {
    unsigned number = operand.getOperandNumber();
    bool isInit = number >= initsBegin && number < initsEnd;
    if (op.payloadUsesValueFromOperand(&operand) &&
        failed(addMemoryBytes(operation, operand.get(), ctx, counts.bytesRead)))
      return failure();
    if (isInit && failed(addMemoryBytes(operation, operand.get(), ctx,
                                        counts.bytesWritten)))
      return failure();
  }
  return success();
}

bool mlir::cost::isLoopAccumulatedMultiply(Operation *op) {
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
          countLoopAccumulatedMultiplies(user) > 0)
        return true;
      if (isa<CastOpInterface, arith::AddFOp, arith::AddIOp, arith::SubFOp,
              arith::SubIOp>(user) &&
          user->getNumResults() == 1)
        worklist.push_back({user->getResult(0), depth + 1});
    }
  }
  return false;
}
