//===- cost-own-flags-opt.cpp - A downstream tool with flags of its own ---===//
//
// The mlir-opt of a downstream project: it links cost-opt's libraries, the
// driver library (MLIRCostTool) included, for the dialects, the cost models
// and the passes, but has a main of its own, with flags named --format and
// --target like two of cost-opt's. It runs because cost-opt's flags are
// registered only when costOptMain runs; were they static objects of the
// library, LLVM would abort with "Option 'format' registered more than
// once!".
//
//===----------------------------------------------------------------------===//

#include "cost/Models/Models.h"
#include "cost/Tools/CostOptMain.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/raw_ostream.h"

static llvm::cl::opt<std::string>
    format("format", llvm::cl::desc("This tool's own output format"),
           llvm::cl::init("mlir"));

static llvm::cl::opt<std::string>
    target("target", llvm::cl::desc("This tool's own target"),
           llvm::cl::init("cpu"));

int main(int argc, char **argv) {
  llvm::InitLLVM y(argc, argv);
  mlir::DialectRegistry registry;
  mlir::cost::registerCostOptDialects(registry);
  mlir::cost::registerAllCostModels(registry);
  mlir::cost::registerCostOptPasses();
  auto [inputFilename, outputFilename] = mlir::registerAndParseCLIOptions(
      argc, argv, "cost-own-flags-opt", registry);
  llvm::errs() << "cost-own-flags-opt: --format=" << format
               << " --target=" << target << "\n";
  return mlir::asMainReturnCode(
      mlir::MlirOptMain(argc, argv, inputFilename, outputFilename, registry));
}
