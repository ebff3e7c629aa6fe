//===- InterfaceDefaults.cpp - Costs read from MLIR's own interfaces ------===//
//
// The costs an op without a model gets from what it implements: a linalg
// structured op is costed like every other (computeStructuredOpCost), an
// elementwise op without memory effects one operation per element, a view or
// a cast nothing. The same formulas as the dialect models, so that an op
// costed by default counts what a model written for it would.
//
//===----------------------------------------------------------------------===//

#include "cost/Models/InterfaceDefaults.h"
#include "cost/Models/Formulas.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/IR/TypeUtilities.h"
#include "mlir/Interfaces/CastInterfaces.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "mlir/Interfaces/ViewLikeInterface.h"

using namespace mlir;
using namespace mlir::cost;

/// The type whose elements decide an elementwise op's kind, as for the
/// built-in elementwise models: the first operand's for a compare (an i1
/// result), the result's otherwise.
static Type getDecidingType(Operation *op) {
  Type type = op->getNumOperands() ? op->getOperand(0).getType()
                                   : op->getResult(0).getType();
  if (!getElementTypeOrSelf(op->getResult(0).getType()).isInteger(1))
    type = op->getResult(0).getType();
  return type;
}

InterfaceDefault mlir::cost::getInterfaceDefault(Operation *op) {
  if (isa<linalg::LinalgOp>(op))
    return InterfaceDefault::Structured;
  if (op->hasTrait<OpTrait::Elementwise>() && op->getNumResults() &&
      isMemoryEffectFree(op)) {
    Type element = getElementTypeOrSelf(getDecidingType(op));
    if (element.isIntOrIndexOrFloat() || isa<ComplexType>(element))
      return InterfaceDefault::Elementwise;
  }
  if (isa<ViewLikeOpInterface>(op))
    return InterfaceDefault::ViewLike;
  if (isa<CastOpInterface>(op))
    return InterfaceDefault::Cast;
  return InterfaceDefault::None;
}

StringRef mlir::cost::getInterfaceDefaultName(InterfaceDefault kind) {
  switch (kind) {
  case InterfaceDefault::Structured:
    return "LinalgOp";
  case InterfaceDefault::Elementwise:
    return "ElementwiseMappable";
  case InterfaceDefault::ViewLike:
    return "ViewLikeOpInterface";
  case InterfaceDefault::Cast:
    return "CastOpInterface";
  case InterfaceDefault::None:
    break;
  }
  return "";
}

LogicalResult mlir::cost::computeInterfaceDefaultCost(Operation *op,
                                                      InterfaceDefault kind,
                                                      CostContext &ctx,
                                                      CostCounts &counts) {
  switch (kind) {
  case InterfaceDefault::Structured:
    return computeStructuredOpCost(cast<linalg::LinalgOp>(op), ctx, counts);
  case InterfaceDefault::Elementwise:
    return computeElementwiseCost(
        op, getScalarCost(ScalarKind::ByType, getDecidingType(op)), ctx,
        counts);
  case InterfaceDefault::ViewLike:
  case InterfaceDefault::Cast:
    return success();
  case InterfaceDefault::None:
    break;
  }
  return ctx.unresolved(op, "no interface default applies");
}
