//===- ModelUtils.cpp - Helpers shared by the dialect models --------------===//

#include "ModelUtils.h"

using namespace mlir;
using namespace mlir::cost;

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
                                             int64_t &bytes) {
  Type element = cast<ShapedType>(shapedType).getElementType();
  std::optional<int64_t> sum = checkedAdd(bytes, ctx.getElementBytes(element));
  if (!sum)
    return ctx.overflow(op, "bytes moved");
  bytes = *sum;
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
