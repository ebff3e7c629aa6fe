//===- cost-opt.cpp - mlir-opt with cost analysis and reports -------------===//
//
// The dialects of ML models, the built-in cost models, and the driver of
// lib/Tools (CostOptMain.h).
//
//===----------------------------------------------------------------------===//

#include "cost/Models/Models.h"
#include "cost/Tools/CostOptMain.h"

#include "mlir/IR/DialectRegistry.h"
#include "llvm/Support/InitLLVM.h"

int main(int argc, char **argv) {
  llvm::InitLLVM y(argc, argv);
  mlir::DialectRegistry registry;
  mlir::cost::registerCostOptDialects(registry);
  mlir::cost::registerAllCostModels(registry);
  return mlir::cost::costOptMain(argc, argv, registry);
}
