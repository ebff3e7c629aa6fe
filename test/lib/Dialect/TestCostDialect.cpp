//===- TestCostDialect.cpp - A downstream dialect for the tests -----------===//
//
// The native CostOpInterface implementations: what a downstream dialect
// writes, built on the shared formula helpers (Formulas.h).
//
//===----------------------------------------------------------------------===//

#include "TestCostDialect.h"

#include "cost/Models/Formulas.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/IR/TypeUtilities.h"

using namespace mlir;
using namespace mlir::cost;
using namespace mlir::cost::test;

#include "TestCostDialect.cpp.inc"

void CostTestDialect::initialize() {
  addOperations<
#define GET_OP_LIST
#include "TestCostOps.cpp.inc"
      >();
}

#define GET_OP_CLASSES
#include "TestCostOps.cpp.inc"

/// [M, K] x [K, N]: M*N*K MACs, reads both operands, writes the result.
LogicalResult GemmOp::computeCost(CostContext &ctx, CostCounts &counts) {
  FailureOr<SmallVector<Polynomial>> lhs = ctx.getShape(*this, getLhs());
  FailureOr<SmallVector<Polynomial>> result = ctx.getShape(*this, getResult());
  if (failed(lhs) || failed(result))
    return failure();
  if (lhs->size() != 2 || result->size() != 2)
    return ctx.unresolved(*this, "cost_test.gemm takes rank-2 operands");
  Type element = getElementTypeOrSelf(getResult().getType());
  if (failed(computeDomainCost(*this, {(*result)[0], (*result)[1], (*lhs)[1]},
                               getMacCost(element, ctx.getOptions().convention),
                               ctx, counts)) ||
      failed(addMemoryBytes(*this, getOperands(), ctx, counts.bytesRead)) ||
      failed(addMemoryBytes(*this, getResult(), ctx, counts.bytesWritten)))
    return failure();
  return success();
}

bool CastOp::areCastCompatible(TypeRange inputs, TypeRange outputs) {
  return inputs.size() == 1 && outputs.size() == 1;
}

/// "parallel" or "reduction", one a loop.
SmallVector<utils::IteratorType> StructuredOp::getIteratorTypesArray() {
  SmallVector<utils::IteratorType> types;
  for (StringRef name : getIteratorTypes().getAsValueRange<StringAttr>())
    types.push_back(name == "reduction" ? utils::IteratorType::reduction
                                        : utils::IteratorType::parallel);
  return types;
}

/// `flops` FLOPs, whatever the operand.
LogicalResult FixedOp::computeCost(CostContext &ctx, CostCounts &counts) {
  int64_t flops = static_cast<int64_t>(getFlops());
  if (flops < 0)
    return ctx.unresolved(*this, "negative 'flops'");
  counts.flops = flops;
  return success();
}
