//===- TensorModels.cpp - Cost models for tensor ops ----------------------===//
//
// Tensor ops do no arithmetic (except the body of tensor.generate); they
// move data. Each op that produces a new tensor from data counts the data it
// reads and the tensor it writes, as if materialised: an upper estimate that
// a later fusion or bufferization may remove. Reshape-like ops, casts and
// tensor.empty are views or metadata: 0 bytes.
//
//===----------------------------------------------------------------------===//

#include "ModelUtils.h"
#include "cost/Models/Models.h"

#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/DialectRegistry.h"

using namespace mlir;
using namespace mlir::cost;

/// Reads the slice, writes it as a new tensor.
static LogicalResult costOfExtractSlice(tensor::ExtractSliceOp op,
                                        CostContext &ctx, CostCounts &counts) {
  return copyCost(op, op.getResult(), op.getResult(), ctx, counts);
}

/// Reads the source and writes it into the destination, in place: the rest
/// of the destination is not touched.
template <typename OpTy>
static LogicalResult costOfInsertSlice(OpTy op, CostContext &ctx,
                                       CostCounts &counts) {
  return copyCost(op, op.getSource(), op.getSource(), ctx, counts);
}

/// Reads the source, writes the whole padded result.
static LogicalResult costOfPad(tensor::PadOp op, CostContext &ctx,
                               CostCounts &counts) {
  return copyCost(op, op.getSource(), op.getResult(), ctx, counts);
}

/// Reads every input, writes the result.
static LogicalResult costOfConcat(tensor::ConcatOp op, CostContext &ctx,
                                  CostCounts &counts) {
  return copyCost(op, op.getInputs(), op.getResult(), ctx, counts);
}

/// Runs the body once per element of the result and writes the result.
static LogicalResult costOfGenerate(tensor::GenerateOp op, CostContext &ctx,
                                    CostCounts &counts) {
  FailureOr<CostCounts> body = ctx.getPayloadCost(op.getBody().front());
  if (failed(body))
    return failure();
  return computePerElementCost(op, op.getResult(), *body, {}, op.getResult(),
                               ctx, counts);
}

/// Fills a new tensor from scalars (registers): writes only.
template <typename OpTy>
static LogicalResult costOfFill(OpTy op, CostContext &ctx, CostCounts &counts) {
  return copyCost(op, {}, op->getResults(), ctx, counts);
}

/// Gathers one slice per index: reads the indices and the gathered elements
/// (as many as the result holds), writes the result.
static LogicalResult costOfGather(tensor::GatherOp op, CostContext &ctx,
                                  CostCounts &counts) {
  return copyCost(op, ValueRange{op.getIndices(), op.getResult()},
                  op.getResult(), ctx, counts);
}

/// Scatters the source into the destination in place: reads the source and
/// the indices, writes as many elements as the source holds.
static LogicalResult costOfScatter(tensor::ScatterOp op, CostContext &ctx,
                                   CostCounts &counts) {
  return copyCost(op, ValueRange{op.getSource(), op.getIndices()},
                  op.getSource(), ctx, counts);
}

/// Reads one element.
static LogicalResult costOfExtract(tensor::ExtractOp op, CostContext &ctx,
                                   CostCounts &counts) {
  return elementAccessBytes(op, op.getTensor().getType(), ctx,
                            counts.bytesRead);
}

/// Writes one element in place.
static LogicalResult costOfInsert(tensor::InsertOp op, CostContext &ctx,
                                  CostCounts &counts) {
  return elementAccessBytes(op, op.getDest().getType(), ctx,
                            counts.bytesWritten);
}

void mlir::cost::registerTensorCostModels(DialectRegistry &registry) {
  registry.addExtension(+[](MLIRContext *ctx, tensor::TensorDialect *) {
    attachFree<tensor::BitcastOp, tensor::CastOp, tensor::CollapseShapeOp,
               tensor::DimOp, tensor::EmptyOp, tensor::ExpandShapeOp,
               tensor::RankOp, tensor::ReshapeOp>(ctx);
    attachFunction<tensor::ExtractSliceOp, costOfExtractSlice>(ctx);
    attachFunction<tensor::InsertSliceOp,
                   costOfInsertSlice<tensor::InsertSliceOp>>(ctx);
    attachFunction<tensor::ParallelInsertSliceOp,
                   costOfInsertSlice<tensor::ParallelInsertSliceOp>>(ctx);
    attachFunction<tensor::PadOp, costOfPad>(ctx);
    attachFunction<tensor::ConcatOp, costOfConcat>(ctx);
    attachFunction<tensor::GenerateOp, costOfGenerate>(ctx);
    attachFunction<tensor::SplatOp, costOfFill<tensor::SplatOp>>(ctx);
    attachFunction<tensor::FromElementsOp, costOfFill<tensor::FromElementsOp>>(
        ctx);
    attachFunction<tensor::GatherOp, costOfGather>(ctx);
    attachFunction<tensor::ScatterOp, costOfScatter>(ctx);
    attachFunction<tensor::ExtractOp, costOfExtract>(ctx);
    attachFunction<tensor::InsertOp, costOfInsert>(ctx);
  });
}
