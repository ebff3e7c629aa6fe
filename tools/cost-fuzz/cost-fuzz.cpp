//===- cost-fuzz.cpp - libFuzzer target: parse, analyse, report -----------===//
//
// Each input is an MLIR file. It is parsed (and verified) with the dialects
// cost-opt registers; if it parses, the cost report pass runs on it: the
// analysis, the roofline and the report, in the format and convention the
// input's length picks, so every renderer sees mutated IR. Diagnostics are
// swallowed: an error is a fine outcome, a crash or a sanitizer report is
// not. Built with -fsanitize=fuzzer,address,undefined by
// -DCOST_ENABLE_FUZZER=ON (clang only); scripts/fuzz.sh runs it.
//
//===----------------------------------------------------------------------===//

#include "cost/Models/Models.h"
#include "cost/Tools/CostOptMain.h"
#include "cost/Transforms/Passes.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"

#include <cstddef>
#include <cstdint>

using namespace mlir;

static const DialectRegistry &getRegistry() {
  static DialectRegistry *registry = [] {
    auto *r = new DialectRegistry();
    cost::registerCostOptDialects(*r);
    cost::registerAllCostModels(*r);
    return r;
  }();
  return *registry;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  // A context per input: types and attributes interned by one input never
  // accumulate over a million runs.
  MLIRContext context(getRegistry(), MLIRContext::Threading::DISABLED);
  ScopedDiagnosticHandler swallow(&context,
                                  [](Diagnostic &) { return success(); });
  llvm::SourceMgr sourceMgr;
  sourceMgr.AddNewSourceBuffer(
      llvm::MemoryBuffer::getMemBufferCopy(
          llvm::StringRef(reinterpret_cast<const char *>(data), size),
          "fuzz.mlir"),
      llvm::SMLoc());
  OwningOpRef<ModuleOp> module =
      parseSourceFile<ModuleOp>(sourceMgr, &context);
  if (!module)
    return 0;

  static const char *const formats[] = {"text", "json", "csv"};
  static const char *const conventions[] = {"default", "macs-as-flops", "xla",
                                            "exact"};
  cost::CostReportPassOptions options;
  options.format = formats[size % 3];
  options.convention = conventions[(size / 3) % 4];
  options.exact = size % 2;
  std::string report;
  llvm::raw_string_ostream stream(report);
  PassManager pm(&context, module->getOperationName());
  pm.addPass(cost::createCostReportPass(options, stream));
  (void)pm.run(*module);
  return 0;
}
