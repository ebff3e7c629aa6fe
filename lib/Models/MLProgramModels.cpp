//===- MLProgramModels.cpp - Cost models for ml_program ops ---------------===//

#include "ModelUtils.h"
#include "cost/Models/Models.h"

#include "mlir/Dialect/MLProgram/IR/MLProgram.h"
#include "mlir/IR/DialectRegistry.h"

using namespace mlir;
using namespace mlir::cost;

namespace {
/// ml_program.global: no work; a tensor global is a weight, counted from its
/// type whatever its value (dense, splat, dense_resource, elided).
struct GlobalModel
    : public CostOpInterface::ExternalModel<GlobalModel,
                                           ml_program::GlobalOp> {
  LogicalResult computeCost(Operation *, CostContext &, CostCounts &) const {
    return success();
  }
  ParamFootprint getParamFootprint(Operation *op, CostContext &ctx) const {
    Type type = cast<ml_program::GlobalOp>(op).getType();
    if (!isa<RankedTensorType>(type))
      return {};
    return tensorParams(op, type, ctx);
  }
};
} // namespace

/// Writes the whole value into the global.
static LogicalResult costOfGlobalStore(ml_program::GlobalStoreOp op,
                                       CostContext &ctx, CostCounts &counts) {
  return copyCost(op, {}, op.getValue(), ctx, counts);
}

void mlir::cost::registerMLProgramCostModels(DialectRegistry &registry) {
  registry.addExtension(
      +[](MLIRContext *ctx, ml_program::MLProgramDialect *) {
        ml_program::GlobalOp::attachInterface<GlobalModel>(*ctx);
        // A load names the global's value; the ops that use it count the
        // bytes they read.
        attachFree<ml_program::GlobalLoadOp, ml_program::GlobalLoadConstOp>(
            ctx);
        attachFunction<ml_program::GlobalStoreOp, costOfGlobalStore>(ctx);
      });
}
