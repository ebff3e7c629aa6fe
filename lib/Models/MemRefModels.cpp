//===- MemRefModels.cpp - Cost models for memref and bufferization ops ----===//
//
// After bufferization, data movement is explicit: loads, stores and copies
// move bytes; allocation, views and metadata move none. memref.global holds
// weights, counted from its type.
//
//===----------------------------------------------------------------------===//

#include "ModelUtils.h"
#include "cost/Models/Models.h"

#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/DialectRegistry.h"

using namespace mlir;
using namespace mlir::cost;

namespace {
/// memref.global: no work; an initialised global is a weight.
struct GlobalModel
    : public CostOpInterface::ExternalModel<GlobalModel, memref::GlobalOp> {
  LogicalResult computeCost(Operation *, CostContext &, CostCounts &) const {
    return success();
  }
  ParamFootprint getParamFootprint(Operation *op, CostContext &ctx) const {
    auto global = cast<memref::GlobalOp>(op);
    if (!global.getInitialValue() || global.isUninitialized())
      return {};
    return tensorParams(op, global.getType(), ctx);
  }
};
} // namespace

static LogicalResult costOfLoad(memref::LoadOp op, CostContext &ctx,
                                CostCounts &counts) {
  return elementAccessBytes(op, op.getMemRefType(), ctx, counts.bytesRead);
}

static LogicalResult costOfStore(memref::StoreOp op, CostContext &ctx,
                                 CostCounts &counts) {
  return elementAccessBytes(op, op.getMemRefType(), ctx, counts.bytesWritten);
}

static LogicalResult costOfCopy(memref::CopyOp op, CostContext &ctx,
                                CostCounts &counts) {
  return copyCost(op, op.getSource(), op.getTarget(), ctx, counts);
}

/// A read-modify-write of one element; the modification is its kind's
/// arithmetic (one operation).
static LogicalResult costOfAtomicRMW(memref::AtomicRMWOp op, CostContext &ctx,
                                     CostCounts &counts) {
  counts = getScalarCost(ScalarKind::ByType, op.getValue().getType());
  if (failed(elementAccessBytes(op, op.getMemRefType(), ctx, counts.bytesRead)))
    return failure();
  return elementAccessBytes(op, op.getMemRefType(), ctx, counts.bytesWritten);
}

static LogicalResult
costOfMaterialize(bufferization::MaterializeInDestinationOp op,
                  CostContext &ctx, CostCounts &counts) {
  return copyCost(op, op.getSource(), op.getSource(), ctx, counts);
}

static LogicalResult costOfClone(bufferization::CloneOp op, CostContext &ctx,
                                 CostCounts &counts) {
  return copyCost(op, op.getInput(), op.getOutput(), ctx, counts);
}

void mlir::cost::registerMemRefCostModels(DialectRegistry &registry) {
  registry.addExtension(+[](MLIRContext *ctx, memref::MemRefDialect *) {
    memref::GlobalOp::attachInterface<GlobalModel>(*ctx);
    attachFree<memref::AllocOp, memref::AllocaOp, memref::DeallocOp,
               memref::AssumeAlignmentOp, memref::CastOp,
               memref::CollapseShapeOp, memref::ExpandShapeOp, memref::DimOp,
               memref::RankOp, memref::ExtractAlignedPointerAsIndexOp,
               memref::ExtractStridedMetadataOp, memref::GetGlobalOp,
               memref::MemorySpaceCastOp, memref::ReinterpretCastOp,
               memref::ReshapeOp, memref::SubViewOp, memref::TransposeOp,
               memref::ViewOp, memref::PrefetchOp, memref::DistinctObjectsOp>(
        ctx);
    attachFunction<memref::LoadOp, costOfLoad>(ctx);
    attachFunction<memref::StoreOp, costOfStore>(ctx);
    attachFunction<memref::CopyOp, costOfCopy>(ctx);
    attachFunction<memref::AtomicRMWOp, costOfAtomicRMW>(ctx);
  });
}

void mlir::cost::registerBufferizationCostModels(DialectRegistry &registry) {
  registry.addExtension(
      +[](MLIRContext *ctx, bufferization::BufferizationDialect *) {
        attachFree<bufferization::AllocTensorOp, bufferization::DeallocOp,
                   bufferization::DeallocTensorOp, bufferization::ToBufferOp,
                   bufferization::ToTensorOp>(ctx);
        attachFunction<bufferization::MaterializeInDestinationOp,
                       costOfMaterialize>(ctx);
        attachFunction<bufferization::CloneOp, costOfClone>(ctx);
      });
}
