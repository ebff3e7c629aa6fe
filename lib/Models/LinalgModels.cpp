//===- LinalgModels.cpp - Cost models for linalg ops ----------------------===//
//
// Every linalg structured op (named, generic, elementwise, contract, conv,
// pooling, ...) is costed by one formula: iteration-domain size x payload
// cost (computeStructuredOpCost). The ops that are not structured get
// explicit models: softmax, the winograd transforms, pack and unpack.
//
//===----------------------------------------------------------------------===//

#include "ModelUtils.h"
#include "cost/Models/Models.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/IR/DialectRegistry.h"

using namespace mlir;
using namespace mlir::cost;

namespace {
/// Any op implementing linalg::LinalgOp.
template <typename OpTy>
struct StructuredOpModel
    : public CostOpInterface::ExternalModel<StructuredOpModel<OpTy>, OpTy> {
  LogicalResult computeCost(Operation *op, CostContext &ctx,
                            CostCounts &counts) const {
    return computeStructuredOpCost(cast<linalg::LinalgOp>(op), ctx, counts);
  }
  /// The ops of a model repeat (every layer's matmul): a structured op's
  /// counts follow from its signature and payload, and ops of one signature
  /// and payload share them.
  Block *getCostSharingPayload(Operation *op) const {
    return cast<linalg::LinalgOp>(op).getBlock();
  }
};

template <typename... OpTys>
void attachStructured(MLIRContext *ctx) {
  (OpTys::template attachInterface<StructuredOpModel<OpTys>>(*ctx), ...);
}
} // namespace

/// linalg.softmax, as its upstream decomposition computes it: per input
/// element a max-reduction step (1 FLOP), x - max (1 FLOP), exp (1
/// transcendental), a sum-reduction step (1 FLOP) and the division (1 FLOP).
static LogicalResult costOfSoftmax(linalg::SoftmaxOp op, CostContext &ctx,
                                   CostCounts &counts) {
  CostCounts perElement;
  perElement.flops = 4;
  perElement.transcendentals = 1;
  return computePerElementCost(op, op.getInput(), perElement, op.getInput(),
                               op.getOutput(), ctx, counts);
}

/// linalg.pack / linalg.unpack: a relayout. Reads the source and writes the
/// destination (including padding); no arithmetic.
template <typename OpTy>
static LogicalResult costOfRelayout(OpTy op, CostContext &ctx,
                                    CostCounts &counts) {
  return copyCost(op, op.getSource(), op.getDest(), ctx, counts);
}

void mlir::cost::registerLinalgCostModels(DialectRegistry &registry) {
  registry.addExtension(+[](MLIRContext *ctx, linalg::LinalgDialect *) {
    attachStructured<
#define GET_OP_LIST
#include "mlir/Dialect/Linalg/IR/LinalgStructuredOps.cpp.inc"
        >(ctx);
    // linalg.index only names an iteration index inside a payload.
    attachFree<linalg::IndexOp>(ctx);
    attachFunction<linalg::SoftmaxOp, costOfSoftmax>(ctx);
    attachFunction<linalg::PackOp, costOfRelayout<linalg::PackOp>>(ctx);
    attachFunction<linalg::UnPackOp, costOfRelayout<linalg::UnPackOp>>(ctx);
    registerWinogradCostModels(ctx);
  });
}
