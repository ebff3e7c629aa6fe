//===- RegisterAll.cpp - Register every built-in cost model ---------------===//

#include "cost/Models/Models.h"

void mlir::cost::registerAllCostModels(DialectRegistry &registry) {
  registerAffineCostModels(registry);
  registerArithCostModels(registry);
  registerBufferizationCostModels(registry);
  registerControlFlowCostModels(registry);
  registerIndexCostModels(registry);
  registerLinalgCostModels(registry);
  registerLLVMCostModels(registry);
  registerMathCostModels(registry);
  registerMemRefCostModels(registry);
  registerMLProgramCostModels(registry);
  registerSCFCostModels(registry);
  registerTensorCostModels(registry);
  registerTosaCostModels(registry);
  registerUBCostModels(registry);
  registerVectorCostModels(registry);
}
