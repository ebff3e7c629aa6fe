//===- InterfaceDefaults.h - Costs from MLIR's interfaces -------*- C++ -*-===//
//
// An op without a cost model (no CostOpInterface, no rule) is not always
// unknown: the interfaces and traits it implements may say what it does. The
// analysis asks here before it lists an op as not costed, and reports each op
// costed this way as "costed by interface default", so that a user sees what
// was assumed (docs/ops.md).
//
//===----------------------------------------------------------------------===//

#ifndef COST_MODELS_INTERFACEDEFAULTS_H
#define COST_MODELS_INTERFACEDEFAULTS_H

#include "cost/Interfaces/CostContext.h"
#include "cost/Interfaces/CostCounts.h"

#include "mlir/IR/Operation.h"

namespace mlir {
namespace cost {

/// The MLIR interface (or trait) whose default cost applies to an op.
enum class InterfaceDefault {
  /// None applies: the op stays not costed.
  None,
  /// linalg::LinalgOp: the structured model, iteration domain x payload
  /// (computeStructuredOpCost).
  Structured,
  /// OpTrait::Elementwise (ODS `ElementwiseMappable`) with no memory
  /// effects, on integer, index, float or complex elements: one operation
  /// per element, a FLOP for floats and complex numbers, an integer OP for
  /// integers (ScalarKind::ByType), as computeElementwiseCost counts it.
  Elementwise,
  /// ViewLikeOpInterface: a view of its source, free.
  ViewLike,
  /// CastOpInterface: a cast, free.
  Cast,
};

/// The default that applies to `op`, checked in the order of the enum; the
/// caller asks only for ops without a cost model.
InterfaceDefault getInterfaceDefault(Operation *op);

/// The name the report and the diagnostics give `kind`: "LinalgOp",
/// "ElementwiseMappable", "ViewLikeOpInterface", "CastOpInterface".
StringRef getInterfaceDefaultName(InterfaceDefault kind);

/// The cost of one execution of `op` by the default `kind` (not None).
LogicalResult computeInterfaceDefaultCost(Operation *op, InterfaceDefault kind,
                                          CostContext &ctx, CostCounts &counts);

} // namespace cost
} // namespace mlir

#endif // COST_MODELS_INTERFACEDEFAULTS_H
