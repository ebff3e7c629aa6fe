//===- VectorModels.h - Vector cost models shared by two files --*- C++ -*-===//
//
// Private to lib/Models. The vector models are split along one seam: memory,
// data movement and masks (VectorModels.cpp), arithmetic
// (VectorArithModels.cpp). A masked op (inside vector.mask, or with a mask
// operand) runs the lanes its mask enables: each model that can be masked
// takes that mask.
//
//===----------------------------------------------------------------------===//

#ifndef COST_LIB_MODELS_VECTORMODELS_H
#define COST_LIB_MODELS_VECTORMODELS_H

#include "cost/Interfaces/CostContext.h"
#include "cost/Interfaces/CostCounts.h"

#include "mlir/Dialect/Vector/IR/VectorOps.h"

namespace mlir {
namespace cost {

/// The lanes `mask` (a vector of i1) enables along each of its dimensions:
/// the sizes of a vector.create_mask (clamped to the mask's shape) or a
/// vector.constant_mask, the whole shape or none for a splat constant. Other
/// masks depend on data: `op` is then unresolved.
FailureOr<SmallVector<Polynomial>> getMaskSizes(Operation *op, Value mask,
                                                CostContext &ctx);

/// vector.contract over its iteration domain, or over the points `mask`
/// enables (null: all of them).
LogicalResult costOfContract(vector::ContractionOp op, Value mask,
                             CostContext &ctx, CostCounts &counts);

/// vector.outerproduct on every lane of its result, or on those `mask`
/// enables.
LogicalResult costOfOuterProduct(vector::OuterProductOp op, Value mask,
                                 CostContext &ctx, CostCounts &counts);

/// vector.multi_reduction over its source, or over the lanes `mask`
/// enables.
LogicalResult costOfMultiReduction(vector::MultiDimReductionOp op, Value mask,
                                   CostContext &ctx, CostCounts &counts);

/// vector.reduction over its source, or over the lanes `mask` enables.
LogicalResult costOfReduction(vector::ReductionOp op, Value mask,
                              CostContext &ctx, CostCounts &counts);

/// A model of an op that can be masked, costed without a mask.
template <typename OpTy,
          LogicalResult (*Fn)(OpTy, Value, CostContext &, CostCounts &)>
LogicalResult costUnmasked(OpTy op, CostContext &ctx, CostCounts &counts) {
  return Fn(op, Value(), ctx, counts);
}

/// Attaches the models of the vector arithmetic ops (VectorArithModels.cpp).
void registerVectorArithCostModels(MLIRContext *ctx);

} // namespace cost
} // namespace mlir

#endif // COST_LIB_MODELS_VECTORMODELS_H
