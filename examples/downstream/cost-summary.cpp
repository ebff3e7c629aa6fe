//===- cost-summary.cpp - A tool of a downstream project ------------------===//
//
// Links the installed analysis (find_package(MLIRCost)), costs a model and
// prints one line per function and the module total, as exact integers.
//
//===----------------------------------------------------------------------===//

#include "cost/Analysis/CostAnalysis.h"
#include "cost/Models/Models.h"
#include "cost/Tools/CostOptMain.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;

int main(int argc, char **argv) {
  if (argc != 2) {
    llvm::errs() << "usage: cost-summary MODEL.mlir\n";
    return 2;
  }
  DialectRegistry registry;
  cost::registerCostOptDialects(registry);
  cost::registerAllCostModels(registry);
  MLIRContext context(registry);
  OwningOpRef<ModuleOp> module = parseSourceFile<ModuleOp>(argv[1], &context);
  if (!module)
    return 1;

  FailureOr<cost::CostAnalysis> computed = cost::CostAnalysis::compute(*module);
  if (failed(computed))
    return 1;
  const cost::CostAnalysis &analysis = *computed;
  auto print = [](StringRef name, const cost::CostCounts &counts) {
    llvm::outs() << name << " flops " << counts.flops.toString() << " macs "
                 << counts.macs.toString() << " bytes_read "
                 << counts.bytesRead.toString() << "\n";
  };
  for (const cost::FunctionCost &fn : analysis.getFunctions())
    print("@" + fn.name, fn.inclusive);
  print("total", analysis.getTotal().counts);
  return 0;
}
