//===- VectorModels.cpp - Cost models for vector memory and masks ---------===//
//
// Vectors live in registers. A vector memory op moves the bytes of the
// lanes it reads or writes: every lane, or those its mask enables, a
// broadcast dimension of a transfer reading one element. Ops that only
// rearrange lanes (broadcast, shape_cast, transpose, extract, insert,
// shuffles) move no memory and compute nothing: free. vector.mask costs the
// op it masks on the lanes its mask enables. The arithmetic ops are in
// VectorArithModels.cpp.
//
//===----------------------------------------------------------------------===//

#include "VectorModels.h"
#include "ModelUtils.h"
#include "cost/Models/Models.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/DialectRegistry.h"
#include "llvm/Support/FormatVariadic.h"
#include "mlir/IR/Matchers.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace mlir::cost;

FailureOr<SmallVector<Polynomial>>
mlir::cost::getMaskSizes(Operation *op, Value mask, CostContext &ctx) {
  // What cannot be known is said on the vector.mask, the op reports show.
  if (auto masking = dyn_cast_or_null<vector::MaskOp>(op->getParentOp()))
    op = masking;
  auto type = cast<VectorType>(mask.getType());
  FailureOr<SmallVector<Polynomial>> shape = ctx.getVectorShape(op, type);
  if (failed(shape))
    return failure();
  Operation *def = mask.getDefiningOp();
  if (auto constant = dyn_cast_or_null<vector::ConstantMaskOp>(def)) {
    if (type.isScalable())
      return ctx.unresolved(op, "a vector.constant_mask of a scalable vector");
    return llvm::map_to_vector(constant.getMaskDimSizes(),
                               [](int64_t size) { return Polynomial(size); });
  }
  if (auto create = dyn_cast_or_null<vector::CreateMaskOp>(def)) {
    SmallVector<Polynomial> sizes;
    for (auto [operand, extent] :
         llvm::zip_equal(create.getOperands(), *shape)) {
      FailureOr<Polynomial> size =
          ctx.getIndexValue(op, operand, "a size of its vector.create_mask");
      if (failed(size))
        return failure();
      // A size outside [0, extent] enables none or all of the dimension:
      // min(max(size, 0), extent), which is no formula. It is known when
      // the size is a constant <= 0, or known to be at most the extent, or
      // both are constants; otherwise the op is unresolved.
      std::optional<int64_t> value = size->getConstant();
      std::optional<int64_t> limit = extent.getConstant();
      if (value && *value <= 0) {
        size = Polynomial(0);
      } else if (value && limit) {
        size = Polynomial(std::min(*value, *limit));
      } else if (*size != extent &&
                 Polynomial::knownGreaterOrEqual(extent, *size) != true) {
        return ctx.unresolved(
            op, llvm::formatv("a size of its vector.create_mask, {0}, may "
                              "exceed the vector's extent {1} (the mask then "
                              "enables min(size, extent) lanes, which is no "
                              "formula); bind the symbols",
                              size->toString(), extent.toString())
                    .str());
      }
      sizes.push_back(std::move(*size));
    }
    return sizes;
  }
  DenseElementsAttr splat;
  if (matchPattern(mask, m_Constant(&splat)) && splat.isSplat()) {
    if (splat.getSplatValue<bool>())
      return shape;
    return SmallVector<Polynomial>(shape->size(), Polynomial(0));
  }
  return ctx.unresolved(op, "the lanes its mask enables are data (not a "
                            "vector.create_mask, vector.constant_mask or "
                            "splat constant)");
}

/// Bytes of `lanes` lanes of elements of `elementType`.
static LogicalResult laneBytes(Operation *op, ArrayRef<Polynomial> lanes,
                               Type elementType, CostContext &ctx,
                               Polynomial &bytes) {
  FailureOr<Polynomial> count = getDomainSize(op, lanes, ctx);
  if (failed(count))
    return failure();
  return addLaneBytes(op, *count, elementType, ctx, bytes);
}

/// A vector transfer moves, per lane its mask enables (all without one),
/// one element; along a broadcast dimension of a read, one element serves
/// every lane. `mask` is the transfer's own or that of the vector.mask
/// around it.
template <typename OpTy>
static LogicalResult costOfTransfer(OpTy op, Value mask, CostContext &ctx,
                                    Polynomial &bytes) {
  VectorType type = op.getVectorType();
  if (!mask)
    mask = op.getMask();
  FailureOr<SmallVector<Polynomial>> lanes;
  if (mask) {
    // The mask has the transferred shape, broadcast dimensions left out.
    lanes = getMaskSizes(op, mask, ctx);
  } else {
    lanes = ctx.getVectorShape(op, type);
    if (succeeded(lanes))
      for (unsigned dim = 0, rank = op.getTransferRank(); dim < rank; ++dim)
        if (op.isBroadcastDim(dim))
          (*lanes)[lanes->size() - rank + dim] = 1;
  }
  if (failed(lanes))
    return failure();
  return laneBytes(op, *lanes, type.getElementType(), ctx, bytes);
}

static LogicalResult costOfTransferRead(vector::TransferReadOp op, Value mask,
                                        CostContext &ctx, CostCounts &counts) {
  return costOfTransfer(op, mask, ctx, counts.bytesRead);
}

static LogicalResult costOfTransferWrite(vector::TransferWriteOp op, Value mask,
                                         CostContext &ctx, CostCounts &counts) {
  return costOfTransfer(op, mask, ctx, counts.bytesWritten);
}

/// A load or store of a whole vector, or, with a mask, of the lanes it
/// enables (maskedload/store, gather/scatter, expandload/compressstore:
/// each enabled lane moves one element; the pass-through and index vectors
/// are registers).
template <typename OpTy>
static LogicalResult costOfMaskableAccess(OpTy op, Value mask, VectorType type,
                                          CostContext &ctx, Polynomial &bytes) {
  FailureOr<SmallVector<Polynomial>> lanes =
      mask ? getMaskSizes(op, mask, ctx) : ctx.getVectorShape(op, type);
  if (failed(lanes))
    return failure();
  return laneBytes(op, *lanes, type.getElementType(), ctx, bytes);
}

template <typename OpTy>
static LogicalResult costOfRead(OpTy op, CostContext &ctx, CostCounts &counts) {
  Value mask;
  if constexpr (!std::is_same_v<OpTy, vector::LoadOp>)
    mask = op.getMask();
  return costOfMaskableAccess(op, mask, op.getVectorType(), ctx,
                              counts.bytesRead);
}

template <typename OpTy>
static LogicalResult costOfWrite(OpTy op, CostContext &ctx,
                                 CostCounts &counts) {
  Value mask;
  if constexpr (!std::is_same_v<OpTy, vector::StoreOp>)
    mask = op.getMask();
  return costOfMaskableAccess(op, mask, op.getVectorType(), ctx,
                              counts.bytesWritten);
}

/// vector.mask: the op it masks, on the lanes the mask enables; an empty
/// body (only a yield) is free.
static LogicalResult costOfMask(vector::MaskOp op, CostContext &ctx,
                                CostCounts &counts) {
  Operation *masked = op.getMaskableOp();
  if (!masked)
    return success();
  Value mask = op.getMask();
  return TypeSwitch<Operation *, LogicalResult>(masked)
      .Case([&](vector::TransferReadOp read) {
        return costOfTransferRead(read, mask, ctx, counts);
      })
      .Case([&](vector::TransferWriteOp write) {
        return costOfTransferWrite(write, mask, ctx, counts);
      })
      .Case([&](vector::ContractionOp contract) {
        return costOfContract(contract, mask, ctx, counts);
      })
      .Case([&](vector::OuterProductOp outer) {
        return costOfOuterProduct(outer, mask, ctx, counts);
      })
      .Case([&](vector::MultiDimReductionOp reduction) {
        return costOfMultiReduction(reduction, mask, ctx, counts);
      })
      .Case([&](vector::ReductionOp reduction) {
        return costOfReduction(reduction, mask, ctx, counts);
      })
      .Default([&](Operation *other) {
        return ctx.unresolved(op, "no model of a masked '" +
                                      other->getName().getStringRef() + "'");
      });
}

void mlir::cost::registerVectorCostModels(DialectRegistry &registry) {
  registry.addExtension(+[](MLIRContext *ctx, vector::VectorDialect *) {
    registerVectorArithCostModels(ctx);
    attachFunction<vector::TransferReadOp,
                   costUnmasked<vector::TransferReadOp, costOfTransferRead>>(
        ctx);
    attachFunction<vector::TransferWriteOp,
                   costUnmasked<vector::TransferWriteOp, costOfTransferWrite>>(
        ctx);
    attachFunction<vector::LoadOp, costOfRead<vector::LoadOp>>(ctx);
    attachFunction<vector::MaskedLoadOp, costOfRead<vector::MaskedLoadOp>>(ctx);
    attachFunction<vector::GatherOp, costOfRead<vector::GatherOp>>(ctx);
    attachFunction<vector::ExpandLoadOp, costOfRead<vector::ExpandLoadOp>>(ctx);
    attachFunction<vector::StoreOp, costOfWrite<vector::StoreOp>>(ctx);
    attachFunction<vector::MaskedStoreOp, costOfWrite<vector::MaskedStoreOp>>(
        ctx);
    attachFunction<vector::ScatterOp, costOfWrite<vector::ScatterOp>>(ctx);
    attachFunction<vector::CompressStoreOp,
                   costOfWrite<vector::CompressStoreOp>>(ctx);
    attachFunction<vector::MaskOp, costOfMask>(ctx);
    // Register shuffles, shape changes, masks and printing.
    attachFree<vector::BroadcastOp, vector::BitCastOp, vector::ShapeCastOp,
               vector::ExtractOp, vector::InsertOp,
               vector::ExtractStridedSliceOp, vector::InsertStridedSliceOp,
               vector::ScalableExtractOp, vector::ScalableInsertOp,
               vector::TransposeOp, vector::ShuffleOp, vector::FromElementsOp,
               vector::ToElementsOp, vector::InterleaveOp,
               vector::DeinterleaveOp, vector::StepOp, vector::ConstantMaskOp,
               vector::CreateMaskOp, vector::VectorScaleOp, vector::TypeCastOp,
               vector::PrintOp>(ctx);
  });
}
