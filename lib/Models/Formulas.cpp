//===- Formulas.cpp - Cost formulas shared by the dialect models ----------===//

#include "cost/Models/Formulas.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/IR/TypeUtilities.h"
#include "mlir/Interfaces/CastInterfaces.h"
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
                                         CostContext &ctx, int64_t &bytes) {
  for (Value value : values) {
    FailureOr<int64_t> size = ctx.getMemoryBytes(op, value.getType());
    if (failed(size))
      return failure();
    std::optional<int64_t> sum = checkedAdd(bytes, *size);
    if (!sum)
      return ctx.overflow(op, "bytes moved");
    bytes = *sum;
  }
  return success();
}

LogicalResult mlir::cost::computeElementwiseCost(Operation *op,
                                                 const CostCounts &perElement,
                                                 CostContext &ctx,
                                                 CostCounts &counts) {
  Type domain = op->getNumResults() ? op->getResult(0).getType()
                                    : op->getOperand(0).getType();
  FailureOr<int64_t> elements = ctx.getNumElements(op, domain);
  if (failed(elements))
    return failure();
  counts = perElement;
  if (failed(counts.scale(*elements)))
    return ctx.overflow(op, "elementwise count");
  if (failed(addMemoryBytes(op, op->getOperands(), ctx, counts.bytesRead)) ||
      failed(addMemoryBytes(op, op->getResults(), ctx, counts.bytesWritten)))
    return failure();
  return success();
}

FailureOr<int64_t> mlir::cost::getDomainSize(Operation *op,
                                             ArrayRef<int64_t> sizes,
                                             CostContext &ctx) {
  int64_t points = 1;
  for (auto [dim, size] : llvm::enumerate(sizes)) {
    if (ShapedType::isDynamic(size))
      return ctx.unresolved(
          op, llvm::formatv("dynamic size of iteration dimension d{0}", dim));
    std::optional<int64_t> next = checkedMul(points, size);
    if (!next)
      return ctx.overflow(op, "iteration domain size");
    points = *next;
  }
  return points;
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

int64_t mlir::cost::countAccumulatingMultiplies(linalg::LinalgOp op) {
  if (op.getNumReductionLoops() == 0)
    return 0;
  Block *body = op.getBlock();
  unsigned numInputs = op.getNumDpsInputs();
  auto isAccumulator = [&](Value value) {
    auto arg = dyn_cast<BlockArgument>(stripCasts(value));
    return arg && arg.getOwner() == body && arg.getArgNumber() >= numInputs;
  };
  auto isMultiply = [](Value value) {
    Operation *def = stripCasts(value).getDefiningOp();
    return def && isa<arith::MulFOp, arith::MulIOp>(def);
  };
  int64_t macs = 0;
  for (Operation &inner : *body) {
    if (isa<arith::AddFOp, arith::AddIOp>(inner)) {
      Value lhs = inner.getOperand(0), rhs = inner.getOperand(1);
      if ((isAccumulator(lhs) && isMultiply(rhs)) ||
          (isAccumulator(rhs) && isMultiply(lhs)))
        ++macs;
    } else if (auto fma = dyn_cast<math::FmaOp>(inner)) {
      if (isAccumulator(fma.getC()))
        ++macs;
    }
  }
  return macs;
}

LogicalResult mlir::cost::computeStructuredOpCost(linalg::LinalgOp op,
                                                  CostContext &ctx,
                                                  CostCounts &counts) {
  Operation *operation = op.getOperation();
  if (!op.getShapesToLoopsMap())
    return ctx.unresolved(operation, "iteration domain cannot be derived "
                                     "from the operand shapes");
  FailureOr<int64_t> points =
      getDomainSize(operation, op.getStaticLoopRanges(), ctx);
  if (failed(points))
    return failure();

  FailureOr<CostCounts> perIteration = ctx.getPayloadCost(*op.getBlock());
  if (failed(perIteration))
    return failure();
  counts = *perIteration;
  counts.macs = countAccumulatingMultiplies(op);
  if (failed(counts.scale(*points)))
    return ctx.overflow(operation, "payload cost x iteration domain");

  // Bytes: each operand the payload reads, once at its full size; each init
  // is written. Operands that only contribute their shape (the window of a
  // pooling op, an init that is overwritten) move no data.
  for (OpOperand &operand : operation->getOpOperands()) {
    bool isInit = op.isDpsInit(&operand);
    if (op.payloadUsesValueFromOperand(&operand) &&
        failed(addMemoryBytes(operation, operand.get(), ctx, counts.bytesRead)))
      return failure();
    if (isInit &&
        failed(addMemoryBytes(operation, operand.get(), ctx,
                              counts.bytesWritten)))
      return failure();
  }
  return success();
}
