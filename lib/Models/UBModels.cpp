//===- UBModels.cpp - Cost models for ub ops ------------------------------===//
//
// The ub dialect names undefined values: ub.poison is the padding value a
// vectorizer gives a transfer_read, a constant that no instruction computes,
// so it is free.
//
//===----------------------------------------------------------------------===//

#include "ModelUtils.h"
#include "cost/Models/Models.h"

#include "mlir/Dialect/UB/IR/UBOps.h"
#include "mlir/IR/DialectRegistry.h"

using namespace mlir;
using namespace mlir::cost;

void mlir::cost::registerUBCostModels(DialectRegistry &registry) {
  registry.addExtension(+[](MLIRContext *ctx, ub::UBDialect *) {
    attachFree<ub::PoisonOp>(ctx);
  });
}
