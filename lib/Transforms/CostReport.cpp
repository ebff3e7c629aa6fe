//===- CostReport.cpp - Print per-function and module cost totals ---------===//

#include "PassOptions.h"
#include "cost/Analysis/CostAnalysis.h"
#include "cost/Report/Baseline.h"
#include "cost/Report/Layers.h"
#include "cost/Report/PassTable.h"
#include "cost/Report/Report.h"
#include "cost/Roofline/Roofline.h"
#include "cost/Support/Limits.h"
#include "cost/Support/OutputFile.h"
#include "cost/Support/SideFile.h"
#include "cost/Transforms/Passes.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Interfaces/FunctionInterfaces.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/ToolOutputFile.h"
#include "llvm/Support/raw_ostream.h"

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

/// True if a report holds a count written as a formula (an object with a
/// "formula" key).
static bool containsFormula(const llvm::json::Value &value) {
  if (const llvm::json::Object *object = value.getAsObject()) {
    if (object->get("formula"))
      return true;
    for (const auto &entry : *object)
      if (containsFormula(entry.second))
        return true;
  } else if (const llvm::json::Array *array = value.getAsArray()) {
    for (const llvm::json::Value &element : *array)
      if (containsFormula(element))
        return true;
  }
  return false;
}

namespace {
struct CostReportPass : public cost::impl::CostReportPassBase<CostReportPass> {
  using Base::Base;

  CostReportPass(const CostReportPassOptions &options, raw_ostream &os,
                 raw_ostream *svg, bool *regressedOut,
                 std::shared_ptr<const std::vector<PassCostRow>> passes)
      : Base(options), stream(&os), svgStream(svg), regressedOut(regressedOut),
        passes(std::move(passes)) {}

  void getDependentDialects(DialectRegistry &registry) const override {
    addCostModelDependencies(registry);
  }

  void runOnOperation() override {
    std::optional<ReportFormat> reportFormat = parseReportFormat(format);
    if (!reportFormat) {
      mlir::emitError(getOperation().getLoc())
          << "unknown report format '" << format
          << "'; expected 'text', 'json' or 'csv'";
      return signalPassFailure();
    }
    std::optional<LayerGrouping> grouping = parseLayerGrouping(
        groupBy.empty() ? StringRef("layer") : StringRef(groupBy));
    if (!grouping) {
      mlir::emitError(getOperation().getLoc())
          << "unknown group-by '" << groupBy
          << "'; expected 'layer' or 'source'";
      return signalPassFailure();
    }
    std::optional<int64_t> layerDepth = parseLayerDepth(layers);
    if (!layerDepth) {
      mlir::emitError(getOperation().getLoc())
          << "layers=" << layers
          << ": expected 'none', 'all' or a depth >= 0 (0: every level)";
      return signalPassFailure();
    }
    // The chip first: a bad target is reported before any work.
    RooflineOptions rooflineOptions;
    rooflineOptions.computeEfficiency = computeEfficiency;
    rooflineOptions.bandwidthEfficiency = bandwidthEfficiency;
    rooflineOptions.allowTF32 = allowTF32;
    FailureOr<std::optional<Target>> chip = selectTargetAt(
        getOperation().getLoc(), target, targetFile, rooflineOptions);
    if (failed(chip))
      return signalPassFailure();
    if (!rooflineSvg.empty() && !*chip) {
      mlir::emitError(getOperation().getLoc())
          << "roofline-svg needs a target (it is 'none')";
      return signalPassFailure();
    }

    FailureOr<CostOptions> costOptions =
        buildCostOptions(getOperation().getLoc(), convention, countPaddedTaps,
                         bind, defaultDim, costRules, costDiagnostics, entry);
    if (failed(costOptions))
      return signalPassFailure();
    std::optional<CostAnalysis> computed;
    const CostAnalysis *found = getCostAnalysis(
        getAnalysisManager(), getOperation(), *costOptions, computed);
    if (!found || failed(verifyBindingsAt(getOperation().getLoc(), *found)))
      return signalPassFailure();
    const CostAnalysis &analysis = *found;
    emitCostDiagnostics(analysis, costOptions->diagnostics);
    emitEncodingWarnings(getOperation(), costOptions->diagnostics);
    // Nothing to cost is worth saying: a module of declarations only (the
    // signatures of a model whose bodies live elsewhere) or no function.
    if (analysis.getFunctions().empty()) {
      Operation *declaration = nullptr;
      getOperation().walk([&](FunctionOpInterface fn) {
        if (!declaration && fn.isExternal())
          declaration = fn;
      });
      if (declaration)
        mlir::emitWarning(declaration->getLoc())
            << "no function has a body: nothing is costed ('@"
            << cast<SymbolOpInterface>(declaration).getName()
            << "' is a declaration)";
      else
        mlir::emitWarning(getOperation().getLoc())
            << "the module has no function: nothing is costed";
    }
    // A time needs numbers: with unbound symbols the report gives formulas
    // and says which values the roofline needs.
    SmallVector<std::string> unbound = analysis.getUnboundSymbols();
    if (!unbound.empty() && !rooflineSvg.empty()) {
      mlir::emitError(getOperation().getLoc())
          << "roofline-svg needs a value for every shape symbol; unbound: "
          << llvm::join(unbound, ", ");
      return signalPassFailure();
    }
    if (!unbound.empty() && !baseline.empty()) {
      mlir::emitError(getOperation().getLoc())
          << "the baseline gate compares numbers; give a value to every "
             "shape symbol (unbound: "
          << llvm::join(unbound, ", ") << ")";
      return signalPassFailure();
    }
    std::optional<Roofline> roofline;
    if (*chip && unbound.empty())
      roofline.emplace(constructAnalysis<Roofline>(
          getAnalysisManager(), getOperation(), "Roofline", analysis, **chip,
          rooflineOptions));

    ReportOptions options;
    options.format = *reportFormat;
    options.exact = exact;
    options.fileName = getInputFileName(getOperation());
    options.roofline = roofline ? &*roofline : nullptr;
    if (*chip && !unbound.empty())
      options.rooflineSkipped =
          "the counts depend on shape symbols without a value (" +
          llvm::join(unbound, ", ") + "); --bind gives them values";

    std::optional<LayerTable> layerTable;
    if (*layerDepth >= 0 || !groupBy.empty() || !reportHtml.empty()) {
      LayerOptions layerOptions;
      layerOptions.grouping = *grouping;
      layerOptions.separators = layerSeparators;
      layerOptions.depth = std::max<int64_t>(*layerDepth, 0);
      layerTable.emplace(analysis, options.roofline, layerOptions);
      // The HTML page always has the layer tree; the text and JSON reports
      // only when asked.
      if (*layerDepth >= 0 || !groupBy.empty())
        options.layers = &*layerTable;
    }

    options.passes = passes.get();

    // Render fully before touching any output, so an error never leaves a
    // partial report behind.
    std::string text;
    llvm::raw_string_ostream os(text);
    printReport(analysis, options, os);
    // Programs read JSON and CSV: never a damaged document.
    if (*reportFormat != ReportFormat::Text)
      if (std::optional<std::string> problem =
              checkMachineOutput(text, *reportFormat == ReportFormat::Json)) {
        mlir::emitError(getOperation().getLoc()) << *problem;
        return signalPassFailure();
      }

    std::string html;
    if (!reportHtml.empty()) {
      llvm::raw_string_ostream htmlStream(html);
      ReportOptions htmlOptions = options;
      htmlOptions.layers = &*layerTable;
      printHtmlReport(analysis, htmlOptions, htmlStream);
    }

    std::string svg;
    if (!rooflineSvg.empty()) {
      llvm::raw_string_ostream svgOut(svg);
      printRooflineSvg(analysis, *roofline, svgOut);
    }

    // The regression gate compares JSON reports, whatever the format.
    bool regressed = false;
    if (!baseline.empty()) {
      std::string current;
      llvm::raw_string_ostream currentStream(current);
      ReportOptions jsonOptions = options;
      jsonOptions.format = ReportFormat::Json;
      printReport(analysis, jsonOptions, currentStream);
      FailureOr<llvm::json::Value> before = loadBaseline();
      if (failed(before))
        return signalPassFailure();
      llvm::Expected<llvm::json::Value> now = llvm::json::parse(current);
      assert(now && "our own JSON parses");
      regressed = !compareWithBaseline(*before, *now, maxIncrease, baseline,
                                       llvm::errs());
    }

    // Nothing is written before this point: on any error above, no output
    // of the run exists or changed. The driver writes its own outputs.
    if (stream) {
      *stream << text;
      if (svgStream)
        *svgStream << svg;
    }
    OutputBatch outputs;
    if (!stream) {
      if (reportFile == "-") {
        llvm::outs() << text;
        llvm::outs().flush();
      } else {
        outputs.add(reportFile, std::move(text), "report");
      }
    }
    if (!rooflineSvg.empty() && !svgStream)
      outputs.add(rooflineSvg, std::move(svg), "roofline plot");
    if (!reportHtml.empty())
      outputs.add(reportHtml, std::move(html), "HTML report");
    if (llvm::Error error = outputs.commit()) {
      mlir::emitError(getOperation().getLoc())
          << llvm::toString(std::move(error));
      return signalPassFailure();
    }
    if (regressed) {
      if (regressedOut)
        *regressedOut = true;
      return signalPassFailure();
    }
    markAllAnalysesPreserved();
  }

  /// Reads and parses --baseline: bounded in size and nesting, and with no
  /// formula in it.
  FailureOr<llvm::json::Value> loadBaseline() {
    Location loc = getOperation().getLoc();
    std::string error;
    std::optional<StringRef> text = readSideFile(baseline, error);
    if (!text) {
      mlir::emitError(loc) << "cannot read baseline '" << baseline
                           << "': " << error;
      return failure();
    }
    // llvm::json's parser recurses per level: check the depth first.
    if (std::optional<size_t> offset =
            findNestingBeyond(*text, kMaxJsonNesting, /*mlirSyntax=*/false)) {
      auto [line, column] = getLineAndColumn(*text, *offset);
      mlir::emitError(
          FileLineColLoc::get(&getContext(), baseline, line, column))
          << "baseline nests deeper than " << kMaxJsonNesting << " levels";
      return failure();
    }
    llvm::Expected<llvm::json::Value> before = llvm::json::parse(*text);
    if (!before) {
      // llvm::json says "[LINE:COL, byte=N]: what": point at the file.
      std::string message = llvm::toString(before.takeError());
      unsigned line = 0, column = 0;
      StringRef rest = message;
      if (rest.consume_front("[") && !rest.consumeInteger(10, line) &&
          rest.consume_front(":") && !rest.consumeInteger(10, column)) {
        auto [_, what] = rest.split("]: ");
        mlir::emitError(
            FileLineColLoc::get(&getContext(), baseline, line, column))
            << "baseline is not JSON: " << what;
      } else {
        mlir::emitError(loc)
            << "baseline '" << baseline << "' is not JSON: " << message;
      }
      return failure();
    }
    if (containsFormula(*before)) {
      mlir::emitError(loc)
          << "baseline '" << baseline
          << "' holds formulas (it was written with unbound shape "
             "symbols); write it with --bind values to compare numbers";
      return failure();
    }
    return std::move(*before);
  }

  raw_ostream *stream = nullptr;
  /// The cost after each pass, recorded by the driver's instrumentation.
  std::shared_ptr<const std::vector<PassCostRow>> passes;
  raw_ostream *svgStream = nullptr;
  bool *regressedOut = nullptr;
};
} // namespace

std::unique_ptr<Pass> mlir::cost::createCostReportPass(
    const CostReportPassOptions &options, raw_ostream &os, raw_ostream *svg,
    bool *regressed, std::shared_ptr<const std::vector<PassCostRow>> passes) {
  return std::make_unique<CostReportPass>(options, os, svg, regressed,
                                          std::move(passes));
}
