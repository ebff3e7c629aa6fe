//===- Formulas.cpp - Cost formulas shared by the dialect models ----------===//

#include "cost/Models/Formulas.h"
#include "ModelUtils.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/IR/TypeUtilities.h"
#include "mlir/Interfaces/CastInterfaces.h"
#include "mlir/Interfaces/LoopLikeInterface.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
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

/// Scalars and vectors of them: what constant folding computes with.
static bool isFoldableType(Type type) {
  return type.isIntOrIndexOrFloat() || isa<ComplexType, VectorType>(type);
}

/// Whether `global`, a memref.get_global, reads a constant global whose
/// value is a splat: every element one constant. The verdict is kept in
/// `cache` under the get_global op (one symbol lookup per op).
static bool isSplatConstantGlobal(memref::GetGlobalOp getGlobal,
                                  llvm::DenseMap<Operation *, bool> *cache) {
  if (cache)
    if (auto it = cache->find(getGlobal); it != cache->end())
      return it->second;
  auto global = SymbolTable::lookupNearestSymbolFrom<memref::GlobalOp>(
      getGlobal, getGlobal.getNameAttr());
  auto value = global && global.getConstant()
                   ? dyn_cast_or_null<DenseElementsAttr>(
                         global.getInitialValueAttr())
                   : DenseElementsAttr();
  bool splat = value && value.isSplat();
  if (cache)
    (*cache)[getGlobal] = splat;
  return splat;
}

bool mlir::cost::isSplatConstantInput(
    Value value, llvm::DenseMap<Operation *, bool> *cache) {
  auto arg = dyn_cast<BlockArgument>(value);
  if (!arg || !arg.getOwner()->isEntryBlock())
    return false;
  auto linalgOp = dyn_cast<linalg::LinalgOp>(arg.getOwner()->getParentOp());
  if (!linalgOp || arg.getArgNumber() >= linalgOp.getNumDpsInputs())
    return false;
  Value source = linalgOp.getDpsInputOperand(arg.getArgNumber())->get();
  DenseElementsAttr dense;
  if (matchPattern(source, m_Constant(&dense)))
    return dense.isSplat();
  if (auto getGlobal = source.getDefiningOp<memref::GetGlobalOp>())
    return isSplatConstantGlobal(getGlobal, cache);
  return false;
}

/// isFoldedConstant below `depth` ops of the chain already followed.
static bool isFoldedConstant(Operation *op,
                             llvm::DenseMap<Operation *, bool> *cache,
                             unsigned depth) {
  if (cache)
    if (auto it = cache->find(op); it != cache->end())
      return it->second;
  if (depth > kMaxFoldedChain)
    return false;
  bool folded = op->getNumOperands() && !op->getNumRegions() &&
                llvm::all_of(op->getOperandTypes(), isFoldableType) &&
                llvm::all_of(op->getResultTypes(), isFoldableType) &&
                isMemoryEffectFree(op) &&
                llvm::all_of(op->getOperands(), [&](Value v) {
                  Operation *def = v.getDefiningOp();
                  if (!def)
                    return isSplatConstantInput(v, cache);
                  return def->hasTrait<OpTrait::ConstantLike>() ||
                         isFoldedConstant(def, cache, depth + 1);
                });
  // A verdict cut short by the chain limit is not the op's own.
  if (cache && (folded || depth == 0))
    (*cache)[op] = folded;
  return folded;
}

bool mlir::cost::isFoldedConstant(Operation *op,
                                  llvm::DenseMap<Operation *, bool> *cache) {
  // Without a context's cache, one for this query: each op of a shared
  // sub-chain is then followed once.
  llvm::DenseMap<Operation *, bool> local;
  return ::isFoldedConstant(op, cache ? cache : &local, 0);
}

LogicalResult mlir::cost::computeElementwiseCost(Operation *op,
                                                 const CostCounts &perElement,
                                                 CostContext &ctx,
                                                 CostCounts &counts) {
  // Index math that only addresses, and ops a pipeline folds, cost nothing
  // on every form.
  if (isAddressArithmetic(op) ||
      isFoldedConstant(op, ctx.getFoldedConstantCache())) {
    counts = CostCounts();
    return success();
  }
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

/// The loop ranges of `operation` from its indexing maps, one per operand
/// (read once by the caller: a named op builds them anew on every call):
/// each loop's size is that of the first operand dimension its map returns
/// as the plain loop dimension, as getShapesToLoopsMap() would pick it,
/// traced through symbols where dynamic, times vscale where it is a
/// scalable vector dimension. Unresolved if a loop has no such dimension.
static FailureOr<SmallVector<Polynomial>>
getLoopRanges(Operation *operation, ArrayRef<AffineMap> maps,
              CostContext &ctx) {
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
    if (auto vector = dyn_cast<VectorType>(value.getType());
        vector && vector.getScalableDims()[d]) {
      FailureOr<SmallVector<Polynomial>> lanes =
          ctx.getVectorShape(operation, vector);
      if (failed(lanes))
        return failure();
      sizes.push_back((*lanes)[d]);
      continue;
    }
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

FailureOr<SmallVector<Polynomial>>
mlir::cost::getIndexingDomain(Operation *op, ArrayRef<AffineMap> maps,
                              CostContext &ctx) {
  return ::getLoopRanges(op, maps, ctx);
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
  FailureOr<SmallVector<Polynomial>> ranges =
      ::getLoopRanges(operation, maps, ctx);
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
