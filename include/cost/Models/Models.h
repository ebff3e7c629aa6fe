//===- Models.h - Cost models for upstream dialects -------------*- C++ -*-===//
//
// Each function attaches CostOpInterface external models to the ops of one
// dialect, through a registry extension: the models load with the dialect.
//
//===----------------------------------------------------------------------===//

#ifndef COST_MODELS_MODELS_H
#define COST_MODELS_MODELS_H

namespace mlir {
class DialectRegistry;
namespace cost {

void registerAffineCostModels(DialectRegistry &registry);
void registerArithCostModels(DialectRegistry &registry);
void registerBufferizationCostModels(DialectRegistry &registry);
void registerControlFlowCostModels(DialectRegistry &registry);
void registerIndexCostModels(DialectRegistry &registry);
void registerLinalgCostModels(DialectRegistry &registry);
void registerLLVMCostModels(DialectRegistry &registry);
void registerMathCostModels(DialectRegistry &registry);
void registerMemRefCostModels(DialectRegistry &registry);
void registerMLProgramCostModels(DialectRegistry &registry);
void registerSCFCostModels(DialectRegistry &registry);
void registerTensorCostModels(DialectRegistry &registry);
void registerTosaCostModels(DialectRegistry &registry);
void registerUBCostModels(DialectRegistry &registry);
void registerVectorCostModels(DialectRegistry &registry);

/// All of the above.
void registerAllCostModels(DialectRegistry &registry);

} // namespace cost
} // namespace mlir

#endif // COST_MODELS_MODELS_H
