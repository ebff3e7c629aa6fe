//===- CostPlugin.cpp - The cost passes as an mlir-opt plugin -------------===//
//
// CostPlugin.so runs cost-annotate and cost-report inside upstream mlir-opt:
//
//   mlir-opt --load-pass-plugin=CostPlugin.so \
//     --pass-pipeline='builtin.module(cost-annotate)' model.mlir
//
// gives the IR `cost-opt --cost-annotate model.mlir` gives. The library has
// both plugin entry points:
// - mlirGetPassPluginInfo registers the passes. That is all it takes: the
//   passes declare the built-in cost models in getDependentDialects, so the
//   pass manager attaches them to the tool's dialects before they run.
// - mlirGetDialectPluginInfo adds the same models to the tool's registry
//   before parsing (--load-dialect-plugin=CostPlugin.so), for a tool that
//   asks ops for CostOpInterface without running a cost pass. Passing the
//   library to both options loads it once; the models are registered once.
//
// The library links libMLIR.so, the copy mlir-opt has loaded, so the
// TypeIDs, the pass registry and the dialects are the tool's own.
//
//===----------------------------------------------------------------------===//

#include "cost/Models/Models.h"
#include "cost/Transforms/Passes.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/Tools/Plugins/DialectPlugin.h"
#include "mlir/Tools/Plugins/PassPlugin.h"

#ifndef COST_PLUGIN_VERSION
#define COST_PLUGIN_VERSION "unknown"
#endif

using namespace mlir;

extern "C" LLVM_ATTRIBUTE_WEAK PassPluginLibraryInfo mlirGetPassPluginInfo() {
  return {MLIR_PLUGIN_API_VERSION, "CostPlugin", COST_PLUGIN_VERSION,
          []() { cost::registerCostPasses(); }};
}

extern "C" LLVM_ATTRIBUTE_WEAK DialectPluginLibraryInfo
mlirGetDialectPluginInfo() {
  return {MLIR_PLUGIN_API_VERSION, "CostPlugin", COST_PLUGIN_VERSION,
          [](DialectRegistry *registry) {
            cost::registerAllCostModels(*registry);
          }};
}
