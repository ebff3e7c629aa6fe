//===- TosaUtils.h - What the tosa cost models share ------------*- C++ -*-===//
//
// Private to lib/Models.
//
//===----------------------------------------------------------------------===//

#ifndef COST_LIB_MODELS_TOSAUTILS_H
#define COST_LIB_MODELS_TOSAUTILS_H

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Matchers.h"

namespace mlir {
class MLIRContext;
namespace cost {

/// True unless `zeroPoint` is a constant zero: a zero point that must be
/// subtracted (a non-zero constant, or a value only known at run time).
inline bool needsZeroPoint(Value zeroPoint) {
  Attribute attr;
  if (!matchPattern(zeroPoint, m_Constant(&attr)))
    return true;
  auto elements = dyn_cast<DenseElementsAttr>(attr);
  if (!elements || !elements.isSplat())
    return true;
  if (isa<FloatType>(elements.getElementType()))
    return !elements.getSplatValue<APFloat>().isZero();
  if (elements.getElementType().isIntOrIndex())
    return !elements.getSplatValue<APInt>().isZero();
  return true;
}

inline Type elementTypeOf(Value value) {
  return getElementTypeOrSelf(value.getType());
}

/// Attaches the models of the convolutions, matmuls, FFTs, pooling ops and
/// reductions (TosaContractionModels.cpp).
void registerTosaContractionCostModels(MLIRContext *ctx);

} // namespace cost
} // namespace mlir

#endif // COST_LIB_MODELS_TOSAUTILS_H
