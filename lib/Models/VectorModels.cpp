//===- VectorModels.cpp - Cost models for vector ops ----------------------===//
//
// Vectors live in registers: arithmetic on them is costed by the arith/math
// models (per element); vector memory ops move their vector's bytes; shuffles
// and casts between vector shapes are free.
//
//===----------------------------------------------------------------------===//

#include "ModelUtils.h"
#include "cost/Models/Models.h"

#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/DialectRegistry.h"

using namespace mlir;
using namespace mlir::cost;

template <typename OpTy>
static LogicalResult costOfVectorRead(OpTy op, CostContext &ctx,
                                      CostCounts &counts) {
  return vectorBytes(op, op.getVectorType(), ctx, counts.bytesRead);
}

template <typename OpTy>
static LogicalResult costOfVectorWrite(OpTy op, CostContext &ctx,
                                       CostCounts &counts) {
  return vectorBytes(op, op.getVectorType(), ctx, counts.bytesWritten);
}

/// vector.reduction of n elements: n - 1 combining operations, plus one
/// with the accumulator when there is one.
static LogicalResult costOfReduction(vector::ReductionOp op, CostContext &ctx,
                                     CostCounts &counts) {
  FailureOr<int64_t> elements =
      ctx.getNumElements(op, op.getSourceVectorType());
  if (failed(elements))
    return failure();
  int64_t steps = *elements - 1 + (op.getAcc() ? 1 : 0);
  counts = getScalarCost(ScalarKind::ByType, op.getDest().getType());
  return counts.scale(std::max<int64_t>(steps, 0));
}

void mlir::cost::registerVectorCostModels(DialectRegistry &registry) {
  registry.addExtension(+[](MLIRContext *ctx, vector::VectorDialect *) {
    attachElementwise<ScalarKind::Fma, vector::FMAOp>(ctx);
    attachFunction<vector::ReductionOp, costOfReduction>(ctx);
    attachFunction<vector::LoadOp, costOfVectorRead<vector::LoadOp>>(ctx);
    attachFunction<vector::MaskedLoadOp,
                   costOfVectorRead<vector::MaskedLoadOp>>(ctx);
    attachFunction<vector::TransferReadOp,
                   costOfVectorRead<vector::TransferReadOp>>(ctx);
    attachFunction<vector::StoreOp, costOfVectorWrite<vector::StoreOp>>(ctx);
    attachFunction<vector::MaskedStoreOp,
                   costOfVectorWrite<vector::MaskedStoreOp>>(ctx);
    attachFunction<vector::TransferWriteOp,
                   costOfVectorWrite<vector::TransferWriteOp>>(ctx);
    // Register shuffles, shape changes, masks and printing.
    attachFree<vector::BroadcastOp, vector::BitCastOp, vector::ShapeCastOp,
               vector::ExtractOp, vector::InsertOp,
               vector::ExtractStridedSliceOp, vector::InsertStridedSliceOp,
               vector::TransposeOp, vector::ShuffleOp, vector::FromElementsOp,
               vector::ToElementsOp, vector::InterleaveOp,
               vector::DeinterleaveOp, vector::StepOp, vector::ConstantMaskOp,
               vector::CreateMaskOp, vector::VectorScaleOp,
               vector::TypeCastOp, vector::PrintOp>(ctx);
  });
}
