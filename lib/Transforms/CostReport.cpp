//===- CostReport.cpp - Print per-function and module cost totals ---------===//

#include "cost/Analysis/CostAnalysis.h"
#include "cost/Report/Report.h"
#include "cost/Transforms/Passes.h"

#include "mlir/IR/BuiltinOps.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/ToolOutputFile.h"

namespace mlir {
namespace cost {
#define GEN_PASS_DEF_COSTREPORTPASS
#include "cost/Transforms/Passes.h.inc"
} // namespace cost
} // namespace mlir

using namespace mlir;
using namespace mlir::cost;

/// The file the module was parsed from, for the report header.
static std::string getInputFileName(ModuleOp module) {
  Location loc = module.getLoc();
  if (auto fileLoc = dyn_cast<FileLineColLoc>(loc))
    return fileLoc.getFilename().str();
  // With --split-input-file or -no-implicit-module the module's location
  // may be unknown; use the first op's.
  for (Operation &op : module.getBody()->getOperations())
    if (auto fileLoc = dyn_cast<FileLineColLoc>(op.getLoc()))
      return fileLoc.getFilename().str();
  return "<unknown>";
}

namespace {
struct CostReportPass : public cost::impl::CostReportPassBase<CostReportPass> {
  using Base::Base;

  CostReportPass(const CostReportPassOptions &options, raw_ostream &os)
      : Base(options), stream(&os) {}

  void runOnOperation() override {
    std::optional<ReportFormat> reportFormat = parseReportFormat(format);
    if (!reportFormat) {
      getOperation().emitError()
          << "unknown report format '" << format
          << "'; expected 'text' or 'json'";
      return signalPassFailure();
    }
    CostOptions costOptions;
    costOptions.countPaddedTaps = countPaddedTaps;
    CostAnalysis analysis(getOperation(), costOptions);
    if (!analysis.succeeded())
      return signalPassFailure();

    ReportOptions options;
    options.format = *reportFormat;
    options.exact = exact;
    options.fileName = getInputFileName(getOperation());

    // Render fully before touching any output, so an error never leaves a
    // partial report behind.
    std::string text;
    llvm::raw_string_ostream os(text);
    printReport(analysis, options, os);

    if (stream) {
      *stream << text;
    } else if (reportFile == "-") {
      llvm::outs() << text;
      llvm::outs().flush();
    } else if (llvm::Error error = llvm::writeToOutput(
                   reportFile, [&](raw_ostream &out) {
                     out << text;
                     return llvm::Error::success();
                   })) {
      getOperation().emitError()
          << "cannot write report file '" << reportFile
          << "': " << llvm::toString(std::move(error));
      return signalPassFailure();
    }
    markAllAnalysesPreserved();
  }

  raw_ostream *stream = nullptr;
};
} // namespace

std::unique_ptr<Pass>
mlir::cost::createCostReportPass(const CostReportPassOptions &options,
                                 raw_ostream &os) {
  return std::make_unique<CostReportPass>(options, os);
}
