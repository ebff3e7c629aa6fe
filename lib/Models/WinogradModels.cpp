//===- WinogradModels.cpp - Cost models for the winograd transforms -------===//
//
// The three linalg winograd ops are costed as MLIR's own decomposition
// (Linalg/Transforms/WinogradConv2D.cpp) computes them: one or two small
// matmuls with constant transform matrices per (F, C) pair or per tile. The
// derivation is in docs/ops/linalg.md. With F(m, r) and alpha = m + r - 1:
//
//   filter: per (f, c):   [KH != 1] alpha*r*KW + [KW != 1] rows*r*alpha MACs
//   input:  per tile:     [aH != 1] alpha^2*aW + [aW != 1] rows*alpha^2 MACs
//   output: per tile:     [aH != 1] m*alpha*aW + [aW != 1] rows*alpha*m MACs,
//           plus, when the output matrices carry a scalar factor (F(4,3),
//           F(2,5)), one multiply and one add per output element of the tile.
//
// where rows is alpha (input: alpha; output: m) if the left transform ran, 1
// otherwise. Each MAC is 2 FLOPs.
//
//===----------------------------------------------------------------------===//

#include "ModelUtils.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"

using namespace mlir;
using namespace mlir::cost;

/// counts = macs MACs (2 FLOPs each, CountingConvention::opsPerMac) +
/// extraFlops, times `instances`, then
/// the bytes of reading `input` and writing `output`.
static LogicalResult finish(Operation *op, int64_t macsPerInstance,
                            int64_t extraFlopsPerInstance,
                            ArrayRef<int64_t> instanceDims, Value input,
                            Value output, CostContext &ctx,
                            CostCounts &counts) {
  if (llvm::any_of(instanceDims, ShapedType::isDynamic))
    return ctx.unresolved(op, "dynamic size of a winograd tile dimension");
  SmallVector<Polynomial> dims(instanceDims.begin(), instanceDims.end());
  FailureOr<Polynomial> instances = getDomainSize(op, dims, ctx);
  if (failed(instances))
    return failure();
  counts.macs = macsPerInstance;
  counts.flops = ctx.getOptions().convention.opsPerMac * macsPerInstance +
                 extraFlopsPerInstance;
  if (failed(counts.scale(*instances)))
    return ctx.overflow(op, "winograd transform count");
  return copyCost(op, input, output, ctx, counts);
}

static LogicalResult costOfFilterTransform(linalg::WinogradFilterTransformOp op,
                                           CostContext &ctx,
                                           CostCounts &counts) {
  auto [m, r] = linalg::getFmrFromWinogradConv2DFmr(op.getFmr());
  int64_t alpha = m + r - 1;
  // filter: F x KH x KW x C.
  ArrayRef<int64_t> shape = op.getFilter().getType().getShape();
  int64_t kh = shape[1], kw = shape[2];
  if (ShapedType::isDynamic(kh) || ShapedType::isDynamic(kw))
    return ctx.unresolved(op, "dynamic kernel size");
  bool left = kh != 1, right = kw != 1;
  int64_t macs = 0;
  if (left)
    macs += alpha * r * kw;
  if (right)
    macs += (left ? alpha : 1) * r * alpha;
  return finish(op, macs, 0, {shape[0], shape[3]}, op.getFilter(),
                op.getOutput(), ctx, counts);
}

static LogicalResult costOfInputTransform(linalg::WinogradInputTransformOp op,
                                          CostContext &ctx,
                                          CostCounts &counts) {
  auto [m, r] = linalg::getFmrFromWinogradConv2DFmr(op.getFmr());
  int64_t alpha = m + r - 1;
  // output: alphaH x alphaW x tileH x tileW x N x C.
  ArrayRef<int64_t> shape = op.getOutput().getType().getShape();
  bool left = shape[0] != 1, right = shape[1] != 1;
  int64_t alphaW = right ? alpha : 1;
  int64_t macs = 0;
  if (left)
    macs += alpha * alpha * alphaW;
  if (right)
    macs += (left ? alpha : 1) * alpha * alpha;
  return finish(op, macs, 0, shape.drop_front(2), op.getInput(),
                op.getOutput(), ctx, counts);
}

static LogicalResult
costOfOutputTransform(linalg::WinogradOutputTransformOp op, CostContext &ctx,
                      CostCounts &counts) {
  auto [m, r] = linalg::getFmrFromWinogradConv2DFmr(op.getFmr());
  int64_t alpha = m + r - 1;
  // value: alphaH x alphaW x tileH x tileW x N x F.
  ArrayRef<int64_t> shape = op.getValue().getType().getShape();
  bool left = shape[0] != 1, right = shape[1] != 1;
  int64_t alphaW = right ? alpha : 1;
  int64_t macs = 0;
  if (left)
    macs += m * alpha * alphaW;
  if (right)
    macs += (left ? m : 1) * alpha * m;
  // F(2,3)'s output matrices have no scalar factor: the last matmul
  // accumulates into the output. The others are scaled and then added to the
  // output by a separate elementwise op: 2 FLOPs per output element.
  int64_t extra = 0;
  if (op.getFmr() != linalg::WinogradConv2DFmr::F_2_3)
    extra = 2 * (left ? m : 1) * (right ? m : 1);
  if (failed(finish(op, macs, extra, shape.drop_front(2), op.getValue(),
                    op.getOutput(), ctx, counts)))
    return failure();
  // The output is also read: the transform accumulates into it.
  return addMemoryBytes(op, op.getOutput(), ctx, counts.bytesRead);
}

void mlir::cost::registerWinogradCostModels(MLIRContext *ctx) {
  attachFunction<linalg::WinogradFilterTransformOp, costOfFilterTransform>(
      ctx);
  attachFunction<linalg::WinogradInputTransformOp, costOfInputTransform>(ctx);
  attachFunction<linalg::WinogradOutputTransformOp, costOfOutputTransform>(
      ctx);
}
