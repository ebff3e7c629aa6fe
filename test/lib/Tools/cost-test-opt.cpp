//===- cost-test-opt.cpp - cost-opt with the test dialect -----------------===//
//
// cost-opt plus the cost_test dialect and its external models, and a test
// pass that uses the single-op API (computeOpCost): a downstream tool,
// built as a downstream project would build one (CostOptMain.h).
//
//===----------------------------------------------------------------------===//

#include "../Dialect/TestCostDialect.h"
#include "TestOpaqueLocs.h"

#include "cost/Models/Models.h"
#include "cost/Tools/CostOptMain.h"

#include "mlir/IR/DialectRegistry.h"

namespace mlir::cost::test {
void registerTestOpCostPass();
} // namespace mlir::cost::test
#include "llvm/Support/InitLLVM.h"

int main(int argc, char **argv) {
  llvm::InitLLVM y(argc, argv);
  mlir::DialectRegistry registry;
  mlir::cost::registerCostOptDialects(registry);
  mlir::cost::registerAllCostModels(registry);
  registry.insert<mlir::cost::test::CostTestDialect>();
  mlir::cost::test::registerTestCostModels(registry);
  mlir::cost::test::registerTestOpCostPass();
  mlir::cost::test::registerTestOpaqueLocsPass();
  return mlir::cost::costOptMain(argc, argv, registry, "cost-test-opt");
}
