//===- TestCostModels.cpp - External models for the test dialect ----------===//
//
// How a project attaches cost models to ops it does not own (or does not
// want to change): an external model per op, registered with the dialect.
//
//===----------------------------------------------------------------------===//

#include "TestCostDialect.h"

#include "cost/Models/Formulas.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/TypeUtilities.h"

using namespace mlir;
using namespace mlir::cost;
using namespace mlir::cost::test;

namespace {
/// relu: one max per element.
struct ReluModel : public CostOpInterface::ExternalModel<ReluModel, ReluOp> {
  LogicalResult computeCost(Operation *op, CostContext &ctx,
                            CostCounts &counts) const {
    Type element = getElementTypeOrSelf(op->getResult(0).getType());
    return computeElementwiseCost(
        op, getScalarCost(ScalarKind::ByType, element), ctx, counts);
  }
};

/// A model for cost_test.fixed that would say 1000 FLOPs: the op's own
/// implementation is registered first and wins.
struct FixedModel : public CostOpInterface::ExternalModel<FixedModel, FixedOp> {
  LogicalResult computeCost(Operation *op, CostContext &ctx,
                            CostCounts &counts) const {
    counts.flops = 1000;
    return success();
  }
};
} // namespace

void mlir::cost::test::registerTestCostModels(DialectRegistry &registry) {
  registry.addExtension(+[](MLIRContext *ctx, CostTestDialect *) {
    ReluOp::attachInterface<ReluModel>(*ctx);
    FixedOp::attachInterface<FixedModel>(*ctx);
  });
}
