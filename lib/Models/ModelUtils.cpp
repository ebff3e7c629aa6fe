//===- ModelUtils.cpp - Helpers shared by the dialect models --------------===//

#include "ModelUtils.h"

#include "llvm/Support/FormatVariadic.h"

using namespace mlir;
using namespace mlir::cost;

std::string mlir::cost::describeIteration(const CostCounts &body) {
  return llvm::formatv("one iteration costs {0} FLOPs, {1} int OPs, {2} "
                       "transcendentals, {3} bytes read, {4} bytes written",
                       body.flops, body.intOps, body.transcendentals,
                       body.bytesRead, body.bytesWritten)
      .str();
}

FailureOr<CostCounts> mlir::cost::sumRegionCosts(Operation *op,
                                                 CostContext &ctx) {
  CostCounts sum;
  for (Region &region : op->getRegions()) {
    FailureOr<CostCounts> cost = ctx.getRegionCost(region);
    if (failed(cost))
      return failure();
    if (failed(sum.add(*cost)))
      return ctx.overflow(op, "sum over the regions");
  }
  return sum;
}

LogicalResult mlir::cost::costDataDependentLoop(Operation *op,
                                                CostContext &ctx) {
  FailureOr<CostCounts> iteration = sumRegionCosts(op, ctx);
  if (failed(iteration))
    return failure();
  return ctx.unresolved(op, op->getName().getStringRef() +
                                " trip count is data-dependent; " +
                                describeIteration(*iteration));
}

LogicalResult mlir::cost::copyCost(Operation *op, ValueRange readFrom,
                                   ValueRange writeTo, CostContext &ctx,
                                   CostCounts &counts) {
  if (failed(addMemoryBytes(op, readFrom, ctx, counts.bytesRead)) ||
      failed(addMemoryBytes(op, writeTo, ctx, counts.bytesWritten)))
    return failure();
  return success();
}

LogicalResult mlir::cost::elementAccessBytes(Operation *op, Type shapedType,
                                             CostContext &ctx,
                                             Polynomial &bytes) {
  Type element = cast<ShapedType>(shapedType).getElementType();
  std::optional<Polynomial> sum =
      Polynomial::add(bytes, ctx.getElementBytes(element));
  if (!sum)
    return ctx.overflow(op, "bytes moved");
  bytes = std::move(*sum);
  return success();
}

ParamFootprint mlir::cost::tensorParams(Operation *op, Type type,
                                        CostContext &ctx) {
  if (!isa<RankedTensorType, MemRefType>(type))
    return {};
  FailureOr<int64_t> elements = ctx.getNumElements(op, type);
  FailureOr<int64_t> bytes = ctx.getMemoryBytes(op, type);
  if (failed(elements) || failed(bytes))
    return {};
  return {*elements, *bytes};
}

LogicalResult mlir::cost::vectorBytes(Operation *op, VectorType type,
                                      CostContext &ctx, Polynomial &bytes) {
  FailureOr<Polynomial> lanes = ctx.getVectorLanes(op, type);
  if (failed(lanes))
    return failure();
  return addLaneBytes(op, *lanes, type.getElementType(), ctx, bytes);
}

LogicalResult mlir::cost::addLaneBytes(Operation *op, const Polynomial &lanes,
                                       Type elementType, CostContext &ctx,
                                       Polynomial &bytes) {
  std::optional<Polynomial> size =
      Polynomial::mul(lanes, ctx.getElementBytes(elementType));
  std::optional<Polynomial> sum =
      size ? Polynomial::add(bytes, *size) : std::nullopt;
  if (!sum)
    return ctx.overflow(op, "vector bytes");
  bytes = std::move(*sum);
  return success();
}
