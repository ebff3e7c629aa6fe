//===- ControlFlowModels.cpp - Cost models for scf, affine and cf ---------===//
//
// Loops cost their body times their trip count; branches cost the larger
// branch. Every op inside a loop body or branch is costed (and annotated)
// like a top-level op. A trip count that is not a constant is reported as
// unresolved, with the cost of one iteration, never taken as 0 or 1.
//
//===----------------------------------------------------------------------===//

#include "LoopNests.h"
#include "ModelUtils.h"
#include "cost/Models/Models.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/Interfaces/LoopLikeInterface.h"
#include "llvm/Support/CheckedArithmetic.h"
#include "llvm/Support/FormatVariadic.h"

using namespace mlir;
using namespace mlir::cost;

/// A loop bound or step: a constant, or an index value traced to shape
/// symbols.
static FailureOr<Polynomial> boundValue(Operation *op, OpFoldResult bound,
                                        CostContext &ctx,
                                        const std::string &iteration) {
  if (std::optional<int64_t> constant = getConstantIntValue(bound))
    return Polynomial(*constant);
  return ctx.getIndexValue(op, cast<Value>(bound), iteration);
}

/// The bounds of dimension `dim` of a loop: from LoopLikeOpInterface, or,
/// for affine.for and affine.parallel, from their bound maps.
static LogicalResult getBounds(LoopLikeOpInterface loop, unsigned dim,
                               CostContext &ctx, Polynomial &lb, Polynomial &ub,
                               const CostCounts &body) {
  Operation *op = loop.getOperation();
  // affine loops: each bound is a map applied to operands.
  struct BoundMaps {
    AffineMap lower;
    ValueRange lowerOperands;
    AffineMap upper;
    ValueRange upperOperands;
  };
  std::optional<BoundMaps> maps;
  if (auto affineFor = dyn_cast<affine::AffineForOp>(op))
    maps = BoundMaps{
        affineFor.getLowerBoundMap(), affineFor.getLowerBoundOperands(),
        affineFor.getUpperBoundMap(), affineFor.getUpperBoundOperands()};
  else if (auto parallel = dyn_cast<affine::AffineParallelOp>(op))
    maps = BoundMaps{
        parallel.getLowerBoundMap(dim), parallel.getLowerBoundsOperands(),
        parallel.getUpperBoundMap(dim), parallel.getUpperBoundsOperands()};
  std::string iteration = describeIteration(body);
  if (maps) {
    FailureOr<Polynomial> lower =
        ctx.getAffineValue(op, maps->lower, maps->lowerOperands, iteration);
    if (failed(lower))
      return failure();
    FailureOr<Polynomial> upper =
        ctx.getAffineValue(op, maps->upper, maps->upperOperands, iteration);
    if (failed(upper))
      return failure();
    lb = std::move(*lower);
    ub = std::move(*upper);
    return success();
  }
  std::optional<SmallVector<OpFoldResult>> lbs = loop.getLoopLowerBounds();
  std::optional<SmallVector<OpFoldResult>> ubs = loop.getLoopUpperBounds();
  if (!lbs || !ubs)
    return ctx.unresolved(op, "loop bounds are not known; " + iteration);
  FailureOr<Polynomial> lower = boundValue(op, (*lbs)[dim], ctx, iteration);
  if (failed(lower))
    return failure();
  FailureOr<Polynomial> upper = boundValue(op, (*ubs)[dim], ctx, iteration);
  if (failed(upper))
    return failure();
  lb = std::move(*lower);
  ub = std::move(*upper);
  return success();
}

/// `scf.for unsigned`: the bounds compare as unsigned integers of the
/// induction variable's width (0 to 255 on i8 is 255 iterations). Nothing
/// when a bound is a formula and every constant is >= 0 read signed: then
/// signed and unsigned agree (symbols are sizes, >= 0), and the signed
/// count applies.
static std::optional<FailureOr<Polynomial>>
getUnsignedTripCount(scf::ForOp loop, const CostCounts &body,
                     CostContext &ctx) {
  auto constant = [](Value value) -> std::optional<APInt> {
    if (auto known = getConstantAPIntValue(value))
      return known->first;
    return std::nullopt;
  };
  std::optional<APInt> lb = constant(loop.getLowerBound());
  std::optional<APInt> ub = constant(loop.getUpperBound());
  std::optional<APInt> step = constant(loop.getStep());
  if (!lb || !ub || !step) {
    auto nonNegative = [](const std::optional<APInt> &value) {
      return !value || !value->isNegative();
    };
    if (step && nonNegative(lb) && nonNegative(ub) && nonNegative(step))
      return std::nullopt;
    return {ctx.unresolved(loop, "an unsigned scf.for with a bound that is "
                                 "not a constant and a constant that is "
                                 "negative read signed, or a step that is "
                                 "not a constant; " +
                                     describeIteration(body))};
  }
  if (step->isZero())
    return ctx.unresolved(loop, "step of an unsigned scf.for is 0; " +
                                    describeIteration(body));
  if (ub->ule(*lb))
    return Polynomial(0);
  APInt span = *ub - *lb;
  APInt trips = span.udiv(*step);
  if (!span.urem(*step).isZero())
    trips += 1;
  if (trips.getActiveBits() > 63)
    return ctx.overflow(loop, "loop trip count");
  return Polynomial(static_cast<int64_t>(trips.getZExtValue()));
}

/// The number of iterations of a loop: the product over its dimensions of
/// ceil((ub - lb) / step), 0 for an empty range. The step must be a positive
/// constant; bounds may depend on shape symbols, when the count is >= 0
/// for every value of them (getRangeTrips).
static FailureOr<Polynomial> getTripCount(LoopLikeOpInterface loop,
                                          const CostCounts &body,
                                          CostContext &ctx) {
  Operation *op = loop.getOperation();
  // A min or max bound map: the loop's own iteration domain.
  auto hasMinOrMax = [](ArrayRef<AffineMap> maps) {
    return llvm::any_of(maps,
                        [](AffineMap map) { return map.getNumResults() > 1; });
  };
  if (auto affineFor = dyn_cast<affine::AffineForOp>(op);
      affineFor &&
      hasMinOrMax({affineFor.getLowerBoundMap(), affineFor.getUpperBoundMap()}))
    return countNestIterations(op, op, ctx, body);
  if (auto parallel = dyn_cast<affine::AffineParallelOp>(op)) {
    for (unsigned d = 0, e = parallel.getNumDims(); d < e; ++d)
      if (hasMinOrMax(
              {parallel.getLowerBoundMap(d), parallel.getUpperBoundMap(d)}))
        return countNestIterations(op, op, ctx, body);
  }
  if (auto scfFor = dyn_cast<scf::ForOp>(op); scfFor && scfFor.getUnsignedCmp())
    if (std::optional<FailureOr<Polynomial>> trips =
            getUnsignedTripCount(scfFor, body, ctx))
      return *trips;
  std::optional<SmallVector<OpFoldResult>> steps = loop.getLoopSteps();
  if (auto parallel = dyn_cast<affine::AffineParallelOp>(op))
    steps = getAsIndexOpFoldResult(op->getContext(), parallel.getSteps());
  if (!steps)
    return ctx.unresolved(op, "loop steps are not known; " +
                                  describeIteration(body));
  Polynomial trips = 1;
  for (auto [dim, stepFold] : llvm::enumerate(*steps)) {
    std::optional<int64_t> step = getConstantIntValue(stepFold);
    if (!step || *step <= 0)
      return ctx.unresolved(
          op, llvm::formatv("step of loop dimension {0} is not a positive "
                            "constant; {1}",
                            dim, describeIteration(body)));
    Polynomial lb, ub;
    if (failed(getBounds(loop, dim, ctx, lb, ub, body)))
      return failure();
    FailureOr<Polynomial> count = getRangeTrips(op, lb, ub, *step, ctx, body);
    if (failed(count))
      return failure();
    std::optional<Polynomial> next = Polynomial::mul(trips, *count);
    if (!next)
      return ctx.overflow(op, "trip count");
    trips = std::move(*next);
  }
  return trips;
}

/// A loop of a nest whose bounds depend on outer induction variables: the
/// ops directly in its body run as many times per execution of the nest's
/// outermost loop as the chain of loops down to it has iteration points;
/// the loops in its body count their own (LoopNests.h).
static LogicalResult costNestLoop(Operation *op, Operation *root,
                                  CostContext &ctx, CostCounts &counts) {
  Region &region = op->getRegion(0);
  FailureOr<SmallVector<CostCounts>> each = ctx.getRegionOpCosts(region);
  if (failed(each))
    return failure();
  if (!region.hasOneBlock() ||
      each->size() != region.front().getOperations().size())
    return ctx.unresolved(op, "a loop body of several blocks");
  CostCounts direct, nested;
  for (auto [inner, cost] : llvm::zip(region.front(), *each))
    if (failed((isNestLoop(&inner) ? nested : direct).add(cost)))
      return ctx.overflow(op, "loop body");
  FailureOr<Polynomial> runs = countNestIterations(root, op, ctx, direct);
  if (failed(runs))
    return failure();
  if (op == root)
    ctx.recordRegionExecutions(op, *runs);
  else
    ctx.recordNestExecutions(op, *runs);
  counts = direct;
  if (failed(counts.scale(*runs)) || failed(counts.add(nested)))
    return ctx.overflow(op, "loop body x iteration points");
  return success();
}

/// scf.for, scf.forall, scf.parallel, affine.for, affine.parallel.
template <typename OpTy>
struct LoopModel
    : public CostOpInterface::ExternalModel<LoopModel<OpTy>, OpTy> {
  LogicalResult computeCost(Operation *op, CostContext &ctx,
                            CostCounts &counts) const {
    LoopNest nest = getLoopNest(op);
    if (nest.dependent)
      return costNestLoop(op, nest.root, ctx, counts);
    // Cost the body first, so that its ops are annotated even when the trip
    // count turns out to be unknown.
    FailureOr<CostCounts> body = ctx.getRegionCost(op->getRegion(0));
    if (failed(body))
      return failure();
    FailureOr<Polynomial> trips =
        getTripCount(cast<LoopLikeOpInterface>(op), *body, ctx);
    if (failed(trips))
      return failure();
    ctx.recordRegionExecutions(op, *trips);
    counts = *body;
    if (failed(counts.scale(*trips)))
      return ctx.overflow(op, "loop body x trip count");
    return success();
  }
};

/// scf.while: the trip count is data-dependent.
static LogicalResult costOfWhile(scf::WhileOp op, CostContext &ctx,
                                 CostCounts &) {
  return costDataDependentLoop(op, ctx);
}

/// Regions that run once.
template <typename OpTy>
struct RunOnceModel
    : public CostOpInterface::ExternalModel<RunOnceModel<OpTy>, OpTy> {
  LogicalResult computeCost(Operation *op, CostContext &ctx,
                            CostCounts &counts) const {
    FailureOr<CostCounts> sum = sumRegionCosts(op, ctx);
    if (failed(sum))
      return failure();
    counts = *sum;
    return success();
  }
};

/// scf.reduce: each reduction region combines one value per iteration.
static LogicalResult costOfReduce(scf::ReduceOp op, CostContext &ctx,
                                  CostCounts &counts) {
  for (Region &region : op.getReductions()) {
    FailureOr<CostCounts> combine = ctx.getPayloadCost(region.front());
    if (failed(combine))
      return failure();
    if (failed(counts.add(*combine)))
      return ctx.overflow(op, "reduction");
  }
  return success();
}

static LogicalResult costOfAffineLoad(affine::AffineLoadOp op, CostContext &ctx,
                                      CostCounts &counts) {
  return elementAccessBytes(op, op.getMemRefType(), ctx, counts.bytesRead);
}

static LogicalResult costOfAffineStore(affine::AffineStoreOp op,
                                       CostContext &ctx, CostCounts &counts) {
  return elementAccessBytes(op, op.getMemRefType(), ctx, counts.bytesWritten);
}

static LogicalResult costOfAffineVectorLoad(affine::AffineVectorLoadOp op,
                                            CostContext &ctx,
                                            CostCounts &counts) {
  return vectorBytes(op, op.getVectorType(), ctx, counts.bytesRead);
}

static LogicalResult costOfAffineVectorStore(affine::AffineVectorStoreOp op,
                                             CostContext &ctx,
                                             CostCounts &counts) {
  return vectorBytes(op, op.getVectorType(), ctx, counts.bytesWritten);
}

void mlir::cost::registerSCFCostModels(DialectRegistry &registry) {
  registry.addExtension(+[](MLIRContext *ctx, scf::SCFDialect *) {
    scf::ForOp::attachInterface<LoopModel<scf::ForOp>>(*ctx);
    scf::ForallOp::attachInterface<LoopModel<scf::ForallOp>>(*ctx);
    scf::ParallelOp::attachInterface<LoopModel<scf::ParallelOp>>(*ctx);
    scf::IfOp::attachInterface<BranchModel<scf::IfOp>>(*ctx);
    scf::IndexSwitchOp::attachInterface<BranchModel<scf::IndexSwitchOp>>(*ctx);
    scf::ExecuteRegionOp::attachInterface<RunOnceModel<scf::ExecuteRegionOp>>(
        *ctx);
    attachFunction<scf::WhileOp, costOfWhile>(ctx);
    attachFunction<scf::ReduceOp, costOfReduce>(ctx);
  });
}

void mlir::cost::registerAffineCostModels(DialectRegistry &registry) {
  registry.addExtension(+[](MLIRContext *ctx, affine::AffineDialect *) {
    affine::AffineForOp::attachInterface<LoopModel<affine::AffineForOp>>(*ctx);
    affine::AffineParallelOp::attachInterface<
        LoopModel<affine::AffineParallelOp>>(*ctx);
    affine::AffineIfOp::attachInterface<BranchModel<affine::AffineIfOp>>(*ctx);
    // Address arithmetic: index computations of loads and stores, not data
    // arithmetic (docs/units.md).
    attachFree<affine::AffineApplyOp, affine::AffineMinOp, affine::AffineMaxOp,
               affine::AffineDelinearizeIndexOp, affine::AffineLinearizeIndexOp,
               affine::AffinePrefetchOp>(ctx);
    attachFunction<affine::AffineLoadOp, costOfAffineLoad>(ctx);
    attachFunction<affine::AffineStoreOp, costOfAffineStore>(ctx);
    attachFunction<affine::AffineVectorLoadOp, costOfAffineVectorLoad>(ctx);
    attachFunction<affine::AffineVectorStoreOp, costOfAffineVectorStore>(ctx);
  });
}

void mlir::cost::registerControlFlowCostModels(DialectRegistry &registry) {
  registry.addExtension(+[](MLIRContext *ctx, cf::ControlFlowDialect *) {
    // A runtime check: no arithmetic, no data.
    attachFree<cf::AssertOp>(ctx);
  });
}
