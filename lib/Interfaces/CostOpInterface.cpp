//===- CostOpInterface.cpp - The one extension point of cost-opt ----------===//

#include "cost/Interfaces/CostOpInterface.h"

using namespace mlir;
using namespace mlir::cost;

CostContext::~CostContext() = default;

FailureOr<SmallVector<Polynomial>> CostContext::getShape(Operation *op,
                                                         Value value) {
  SmallVector<Polynomial> shape;
  auto shaped = dyn_cast<ShapedType>(value.getType());
  if (!shaped)
    return shape;
  if (!shaped.hasRank()) {
    (void)unresolved(op, "unranked operand");
    return failure();
  }
  for (unsigned dim = 0, rank = shaped.getRank(); dim < rank; ++dim) {
    FailureOr<Polynomial> size = getDimSize(op, value, dim);
    if (failed(size))
      return failure();
    shape.push_back(std::move(*size));
  }
  return shape;
}

FailureOr<Polynomial> CostContext::getNumElements(Operation *op, Value value) {
  FailureOr<SmallVector<Polynomial>> shape = getShape(op, value);
  if (failed(shape))
    return failure();
  Polynomial count = 1;
  for (const Polynomial &size : *shape) {
    std::optional<Polynomial> next = Polynomial::mul(count, size);
    if (!next) {
      (void)overflow(op, "element count");
      return failure();
    }
    count = std::move(*next);
  }
  return count;
}

#include "cost/Interfaces/CostOpInterface.cpp.inc"
