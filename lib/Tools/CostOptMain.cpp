//===- CostOptMain.cpp - The cost-opt driver, as a library ----------------===//
//
// An mlir-opt-style driver. Without --flops it is MlirOptMain with the cost
// passes registered: every mlir-opt flag works. With --flops it runs the
// given pipeline (if any) followed by the cost report, and prints the report
// instead of the IR. tools/cost-opt and downstream tools (a dialect of their
// own plus its cost models) call costOptMain with their registry.
//
//===----------------------------------------------------------------------===//

#include "cost/Tools/CostOptMain.h"

#include "cost/Analysis/CostRules.h"
#include "cost/Analysis/ShapeSymbols.h"
#include "cost/Models/Models.h"
#include "cost/Report/Layers.h"
#include "cost/Report/Report.h"
#include "cost/Roofline/Roofline.h"
#include "cost/Support/Limits.h"
#include "cost/Support/OutputFile.h"
#include "cost/Support/SideFile.h"
#include "cost/Transforms/PassTracking.h"
#include "cost/Transforms/Passes.h"

#include "mlir/Conversion/Passes.h"
#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Transforms/BufferizableOpInterfaceImpl.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/Bufferization/Transforms/FuncBufferizableOpInterfaceImpl.h"
#include "mlir/Dialect/Bufferization/Transforms/Passes.h"
#include "mlir/Dialect/Complex/IR/Complex.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlow.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Index/IR/IndexDialect.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Passes.h"
#include "mlir/Dialect/Linalg/Transforms/BufferizableOpInterfaceImpl.h"
#include "mlir/Dialect/MLProgram/IR/MLProgram.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/Quant/IR/Quant.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/SCF/Transforms/BufferizableOpInterfaceImpl.h"
#include "mlir/Dialect/SparseTensor/IR/SparseTensor.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Tensor/Transforms/BufferizableOpInterfaceImpl.h"
#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "mlir/Dialect/Tosa/Transforms/Passes.h"
#include "mlir/Dialect/UB/IR/UBOps.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Support/FileUtilities.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"
#include "mlir/Transforms/Passes.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/ManagedStatic.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/ToolOutputFile.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/thread.h"

#include <deque>

using namespace mlir;

namespace mlir {
namespace cost {
#define GEN_PASS_FLAGS_COSTREPORTPASS
#include "cost/Transforms/PassFlags.h.inc"
} // namespace cost
} // namespace mlir

namespace {
/// cost-opt's flags: the tool's own (--flops, --list-targets) and one per
/// option of the cost-report pass, generated from Passes.td with that
/// option's name, description and default. Constructed, which registers
/// them, only by registerCostOptCLOptions() in costOptMain, as
/// MlirOptMainConfig::registerCLOptions does for mlir-opt's: a tool that
/// links this library without calling costOptMain keeps these names for
/// flags of its own.
struct CostOptCLOptions {
  llvm::cl::OptionCategory category{
      "Cost options",
      "cost-opt's own flags and those of the cost-report pass's options "
      "(docs/command-line.md)"};

  llvm::cl::opt<bool> flops{
      "flops",
      llvm::cl::desc("Print the cost report (FLOPs, MACs, integer OPs, "
                     "transcendentals, bytes, params) instead of the IR. The "
                     "report goes to -o (default: standard output)."),
      llvm::cl::cat(category)};

  llvm::cl::opt<bool> listTargets{
      "list-targets", llvm::cl::desc("List the built-in chips and their peaks"),
      llvm::cl::cat(category)};

  /// A driver flag, not a pass option: it instruments the pass manager.
  llvm::cl::opt<std::string> trackPasses{
      "cost-track-passes",
      llvm::cl::desc("With --flops: cost the module after every pass of the "
                     "pipeline and add a table of the totals to the report; "
                     "=fail-on-change also exits 1 if a pass changes FLOPs "
                     "or MACs"),
      llvm::cl::ValueOptional, llvm::cl::value_desc("fail-on-change"),
      llvm::cl::cat(category)};

  /// --format, --target, --bind, ...: the cost-report pass's options.
  cost::CostReportPassFlags report{category};
};
} // namespace

static llvm::ManagedStatic<CostOptCLOptions> clOptions;

/// Registers cost-opt's flags (constructs them, the first time).
static void registerCostOptCLOptions() { *clOptions; }

void mlir::cost::registerCostOptDialects(DialectRegistry &registry) {
  // complex has no models: its ops are costed by interface default.
  registry.insert<
      affine::AffineDialect, arith::ArithDialect,
      bufferization::BufferizationDialect, complex::ComplexDialect,
      cf::ControlFlowDialect, func::FuncDialect, index::IndexDialect,
      linalg::LinalgDialect, LLVM::LLVMDialect, math::MathDialect,
      memref::MemRefDialect, ml_program::MLProgramDialect, quant::QuantDialect,
      scf::SCFDialect, sparse_tensor::SparseTensorDialect,
      tensor::TensorDialect, tosa::TosaDialect, ub::UBDialect,
      vector::VectorDialect>();
  // So that one-shot-bufferize works inside cost-opt pipelines.
  arith::registerBufferizableOpInterfaceExternalModels(registry);
  bufferization::func_ext::registerBufferizableOpInterfaceExternalModels(
      registry);
  linalg::registerBufferizableOpInterfaceExternalModels(registry);
  scf::registerBufferizableOpInterfaceExternalModels(registry);
  tensor::registerBufferizableOpInterfaceExternalModels(registry);
}

void mlir::cost::registerCostOptPasses() {
  cost::registerCostPasses();
  registerTransformsPasses();
  registerLinalgPasses();
  bufferization::registerBufferizationPasses();
  registerTosaToLinalg();
  registerTosaToLinalgNamed();
  registerTosaToArithPass();
  registerTosaToTensorPass();
  registerTosaToSCFPass();
  // tosa-optional-decompositions: what runs before the lowering for the ops
  // tosa-to-linalg does not convert (transpose_conv2d).
  tosa::registerTosaOptionalDecompositionsPass();
}

/// The options of other libraries that cost-opt --help lists: mlir-opt's
/// flags that a cost-opt user reaches for, and LLVM's generic ones.
static constexpr llvm::StringLiteral shownOptionNames[] = {
    // LLVM's generic options (--help-hidden and --help-list-hidden are
    // hidden already).
    "help", "help-list", "version",
    // mlir-opt's; -o and the input file are registered while parsing.
    "allow-unregistered-dialect", "dump-pass-pipeline", "emit-bytecode",
    "list-passes", "mlir-disable-threading", "mlir-pass-statistics",
    "mlir-print-debuginfo", "mlir-print-ir-after-all",
    "mlir-print-ir-before-all", "mlir-timing", "mlir-timing-display",
    "no-implicit-module", "pass-pipeline", "show-dialects", "split-input-file",
    "verify-diagnostics"};

/// Hides from --help every registered option that is neither cost-opt's own
/// nor in shownOptionNames nor the pass list. libLLVM.so registers some 500
/// back-end options (amdgpu, polly, spirv, ...) in the General category,
/// where mlir-opt's flags and the pass list also are, so
/// llvm::cl::HideUnrelatedOptions, which keeps whole categories, would hide
/// all of those or none. Hidden options still work, and --help-hidden lists
/// them.
static void hideUnrelatedCLOptions() {
  for (auto &[name, option] : llvm::cl::getRegisteredOptions()) {
    // The pass list has no name of its own: it is registered under the
    // name of each pass.
    if (option->ArgStr.empty() ||
        llvm::is_contained(option->Categories, &clOptions->category) ||
        llvm::is_contained(shownOptionNames, option->ArgStr))
      continue;
    option->setHiddenFlag(llvm::cl::Hidden);
  }
}

namespace {
/// Last in the --flops pipeline: the report is the output, so the IR is
/// released here rather than printed to nowhere by MlirOptMain (printing a
/// large module re-verifies it and costs as much as parsing it). Destroying
/// the ops is work the tool does at exit anyway.
struct ReleaseIRPass : public PassWrapper<ReleaseIRPass, OperationPass<>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(ReleaseIRPass)
  StringRef getArgument() const override { return "cost-opt-release-ir"; }
  StringRef getName() const override { return "CostOptReleaseIR"; }
  StringRef getDescription() const override {
    return "Erase the module's body once the report is rendered";
  }
  void runOnOperation() override {
    // Only a module can stay valid with nothing in it.
    auto module = dyn_cast<ModuleOp>(getOperation());
    if (!module)
      return markAllAnalysesPreserved();
    Block *body = module.getBody();
    body->dropAllReferences();
    body->getOperations().clear();
  }
};
} // namespace

/// Reads the MLIR input, bounded (docs/robustness.md), and checks that its
/// nesting stays within what the recursive parser can take.
static std::unique_ptr<llvm::MemoryBuffer>
readCheckedInput(StringRef inputFilename) {
  std::string error;
  std::unique_ptr<llvm::MemoryBuffer> input =
      cost::readInputFile(inputFilename, error);
  if (!input) {
    llvm::errs() << "cost-opt: error: cannot open input file '" << inputFilename
                 << "': " << error << "\n";
    return nullptr;
  }
  StringRef text = input->getBuffer();
  if (std::optional<size_t> offset =
          cost::findNestingBeyond(text, cost::kMaxInputNesting,
                                  /*mlirSyntax=*/true)) {
    auto [line, column] = cost::getLineAndColumn(text, *offset);
    llvm::errs() << inputFilename << ":" << line << ":" << column
                 << ": error: nesting deeper than " << cost::kMaxInputNesting
                 << " levels of '{', '[', '(' or '<'\n";
    return nullptr;
  }
  return input;
}

/// Without --flops: MlirOptMain, with the input read as --flops reads it
/// and the IR written as reports are (all or nothing, links followed).
static LogicalResult runOpt(int argc, char **argv, StringRef inputFilename,
                            StringRef outputFilename,
                            DialectRegistry &registry) {
  MlirOptMainConfig config = MlirOptMainConfig::createFromCLOptions();
  if (config.shouldShowDialects() || config.shouldListPasses())
    return MlirOptMain(argc, argv, inputFilename, outputFilename, registry);
  std::unique_ptr<llvm::MemoryBuffer> input = readCheckedInput(inputFilename);
  if (!input)
    return failure();
  cost::OutputBatch outputs;
  outputs.addInput(inputFilename);
  outputs.add(outputFilename, "", "output");
  if (llvm::Error error = outputs.check()) {
    llvm::errs() << "cost-opt: error: " << llvm::toString(std::move(error))
                 << "\n";
    return failure();
  }
  std::string text;
  llvm::raw_string_ostream os(text);
  if (failed(MlirOptMain(os, std::move(input), registry, config)))
    return failure();
  cost::OutputBatch finalOutputs;
  finalOutputs.addInput(inputFilename);
  finalOutputs.add(outputFilename, std::move(text), "output");
  if (llvm::Error error = finalOutputs.commit()) {
    llvm::errs() << "cost-opt: error: " << llvm::toString(std::move(error))
                 << "\n";
    return failure();
  }
  return success();
}

/// --flops: run the user's pipeline, then the report, and print the report.
static LogicalResult runReport(StringRef inputFilename,
                               StringRef outputFilename,
                               DialectRegistry &registry) {
  const cost::CostReportPassFlags &flags = clOptions->report;
  cost::CostReportPassOptions options;
  flags.copyTo(options);
  if (!cost::parseReportFormat(options.format)) {
    llvm::errs() << "cost-opt: error: unknown --format '" << options.format
                 << "'; expected 'text', 'json' or 'csv'\n";
    return failure();
  }
  // The chip and the roofline settings are checked before the model is
  // read: a typo fails fast, with the file, line and field of the problem.
  cost::RooflineOptions rooflineOptions;
  rooflineOptions.computeEfficiency = options.computeEfficiency;
  rooflineOptions.bandwidthEfficiency = options.bandwidthEfficiency;
  if (failed(cost::selectTarget(options.target, options.targetFile,
                                llvm::errs())) ||
      failed(cost::verifyRooflineOptions(rooflineOptions, llvm::errs())))
    return failure();
  if (!cost::getConvention(options.convention)) {
    llvm::errs() << "cost-opt: error: unknown --convention '"
                 << options.convention << "'; expected one of: "
                 << llvm::join(cost::getConventionNames(), ", ") << "\n";
    return failure();
  }
  if (!cost::getCostDiagnostics(options.costDiagnostics)) {
    llvm::errs() << "cost-opt: error: unknown --cost-diagnostics '"
                 << options.costDiagnostics
                 << "'; expected 'all', 'warnings' or 'none'\n";
    return failure();
  }
  // A bad rules file fails before the model is read, each problem at its
  // line.
  StringRef costRules = options.costRules;
  if (!costRules.empty() &&
      !cost::CostRules::load(costRules, [&](unsigned line, unsigned column,
                                            const llvm::Twine &message) {
        if (line == 0)
          llvm::errs() << "cost-opt: error: " << costRules << ": " << message
                       << "\n";
        else
          llvm::errs() << costRules << ":" << line << ":" << column
                       << ": error: " << message << "\n";
      }))
    return failure();
  // --bind is checked for its syntax here, and against the symbols of the
  // module once it is read.
  llvm::StringMap<int64_t> bindings;
  if (failed(cost::parseBindings(options.bind, bindings, llvm::errs())) ||
      failed(cost::verifyDefaultDim(options.defaultDim, llvm::errs())))
    return failure();
  if (!cost::parseLayerDepth(options.layers)) {
    llvm::errs() << "cost-opt: error: --layers=" << options.layers
                 << ": expected 'none', 'all' or a depth >= 0 (0: every "
                    "level)\n";
    return failure();
  }
  if (!options.groupBy.empty() && !cost::parseLayerGrouping(options.groupBy)) {
    llvm::errs() << "cost-opt: error: unknown --group-by '" << options.groupBy
                 << "'; expected 'layer' or 'source'\n";
    return failure();
  }
  const llvm::cl::opt<std::string> &trackPasses = clOptions->trackPasses;
  if (trackPasses.getNumOccurrences() && !trackPasses.empty() &&
      trackPasses != "fail-on-change") {
    llvm::errs() << "cost-opt: error: --cost-track-passes=" << trackPasses
                 << ": expected no value or 'fail-on-change'\n";
    return failure();
  }
  if (flags.maxIncrease.getNumOccurrences() && options.baseline.empty()) {
    llvm::errs() << "cost-opt: error: --max-increase needs --baseline\n";
    return failure();
  }

  if (!std::isfinite(options.maxIncrease) || options.maxIncrease < 0) {
    llvm::errs() << "cost-opt: error: --max-increase must be a finite "
                    "number of percent >= 0\n";
    return failure();
  }

  std::unique_ptr<llvm::MemoryBuffer> input = readCheckedInput(inputFilename);
  if (!input)
    return failure();

  // Every output is checked (a directory, two outputs naming one file, an
  // output naming the input) before any work, and written at the end.
  cost::OutputBatch outputs;
  outputs.addInput(inputFilename);
  for (StringRef side :
       {StringRef(options.targetFile), StringRef(options.costRules),
        StringRef(options.baseline)})
    if (!side.empty())
      outputs.addInput(side);
  // --report-file when given (its default, '-', is the pass's), else -o.
  StringRef destination =
      flags.reportFile.getNumOccurrences() && !options.reportFile.empty()
          ? StringRef(options.reportFile)
          : outputFilename;
  outputs.add(destination, "", "report");
  if (!options.rooflineSvg.empty())
    outputs.add(options.rooflineSvg, "", "roofline plot");
  if (!options.reportHtml.empty())
    outputs.add(options.reportHtml, "", "HTML report");
  if (llvm::Error error = outputs.check()) {
    llvm::errs() << "cost-opt: error: " << llvm::toString(std::move(error))
                 << "\n";
    return failure();
  }

  MlirOptMainConfig config = MlirOptMainConfig::createFromCLOptions();
  MlirOptMainConfig userConfig = config;
  // One report per chunk of --split-input-file (the setup runs per chunk).
  std::deque<std::string> reports;
  std::deque<llvm::raw_string_ostream> reportStreams;
  std::string svg;
  llvm::raw_string_ostream svgStream(svg);
  bool badAnchor = false;
  bool regressed = false;
  // --cost-track-passes: the rows of each chunk.
  std::vector<std::shared_ptr<std::vector<cost::PassCostRow>>> tracked;
  config.setPassPipelineSetupFn([&](PassManager &pm) -> LogicalResult {
    std::shared_ptr<std::vector<cost::PassCostRow>> rows;
    if (trackPasses.getNumOccurrences()) {
      rows = std::make_shared<std::vector<cost::PassCostRow>>();
      if (failed(cost::addTrackedPipeline(
              pm, FileLineColLoc::get(pm.getContext(), inputFilename, 0, 0),
              [&](PassManager &user) {
                return userConfig.setupPassPipeline(user);
              },
              options, rows)))
        return failure();
      tracked.push_back(rows);
    } else if (failed(userConfig.setupPassPipeline(pm))) {
      return failure();
    }
    // The report runs on the module: a pipeline anchored elsewhere
    // ('func.func(...)' at the top) cannot be followed by it.
    StringRef anchor = pm.getOpAnchorName();
    if (anchor != ModuleOp::getOperationName() &&
        anchor != OpPassManager::getAnyOpAnchorName()) {
      badAnchor = true;
      if (userConfig.shouldUseExplicitModule())
        llvm::errs() << "cost-opt: error: with --no-implicit-module the "
                        "input's top-level op is '"
                     << anchor
                     << "', not a 'builtin.module'; --flops reports on a "
                        "module: wrap the input in 'module { ... }' or drop "
                        "--no-implicit-module\n";
      else
        llvm::errs() << "cost-opt: error: with --flops the pipeline must run "
                        "on the module; it is anchored on '"
                     << anchor << "' (write 'builtin.module(" << anchor
                     << "(...))')\n";
      return failure();
    }
    reports.emplace_back();
    reportStreams.emplace_back(reports.back());
    svg.clear();
    pm.addPass(cost::createCostReportPass(options, reportStreams.back(),
                                          &svgStream, &regressed, rows));
    pm.addPass(std::make_unique<ReleaseIRPass>());
    return success();
  });

  // The IR is not the output of --flops: discard it.
  llvm::raw_null_ostream discardIR;
  bool ok =
      succeeded(MlirOptMain(discardIR, std::move(input), registry, config));
  // Any failure but the --baseline gate's leaves every output untouched.
  if (badAnchor || (!ok && !regressed))
    return failure();
  // The report pass renders its report last, after every check that can
  // fail, so a report exists only if it is complete.
  if (reports.empty() ||
      llvm::any_of(reports, [](const std::string &r) { return r.empty(); }))
    return failure();
  // --cost-track-passes=fail-on-change: the report is written, and the run
  // fails naming each pass that changed FLOPs or MACs.
  if (trackPasses == "fail-on-change")
    for (const auto &rows : tracked)
      if (failed(cost::checkPassesKeepWork(*rows, llvm::errs())))
        ok = false;

  // With --split-input-file, a JSON report is one document: an array of
  // the chunks' reports. Text and CSV are concatenated.
  std::string report;
  if (reports.size() > 1 && options.format == "json") {
    report = "[\n";
    for (auto [i, chunk] : llvm::enumerate(reports))
      report += StringRef(chunk).rtrim().str() +
                (i + 1 < reports.size() ? ",\n" : "\n");
    report += "]\n";
  } else {
    for (const std::string &chunk : reports)
      report += chunk;
  }

  // Written only now, all or nothing. The one failure that comes after the
  // report is rendered is the --baseline gate: the report is still
  // written, and the run fails.
  cost::OutputBatch finalOutputs;
  finalOutputs.addInput(inputFilename);
  finalOutputs.add(destination, std::move(report), "report");
  if (!options.rooflineSvg.empty())
    finalOutputs.add(options.rooflineSvg, std::move(svg), "roofline plot");
  if (llvm::Error error = finalOutputs.commit()) {
    llvm::errs() << "cost-opt: error: " << llvm::toString(std::move(error))
                 << "\n";
    return failure();
  }
  return success(ok);
}

int mlir::cost::costOptMain(int argc, char **argv, DialectRegistry &registry,
                            StringRef toolName) {
  registerCostOptPasses();
  registerCostOptCLOptions();
  std::string helpHeader = registerCLIOptions(
      (toolName + ": FLOPs, MACs, bytes and parameters of MLIR models").str(),
      registry);
  hideUnrelatedCLOptions();
  auto [inputFilename, outputFilename] =
      parseCLIOptions(argc, argv, helpHeader);

  if (clOptions->listTargets) {
    cost::printTargetList(llvm::outs());
    return 0;
  }
  // The report's own flags mean nothing without the report.
  if (!clOptions->flops) {
    llvm::cl::Option *reportOnly[] = {
        &clOptions->report.layers, &clOptions->report.groupBy,
        &clOptions->trackPasses, &clOptions->report.reportHtml};
    for (llvm::cl::Option *option : reportOnly)
      if (option->getNumOccurrences()) {
        llvm::errs() << "cost-opt: error: --" << option->ArgStr
                     << " needs --flops\n";
        return 1;
      }
  }
  // Parsing and the passes run on a thread with a large stack: MLIR's parser
  // and verifier recurse once per nesting level (kMaxInputNesting bounds the
  // levels, this stack makes room for them).
  LogicalResult result = failure();
  llvm::thread worker(std::optional<unsigned>(cost::kDriverStackBytes), [&] {
    result = clOptions->flops
                 ? runReport(inputFilename, outputFilename, registry)
                 : runOpt(argc, argv, inputFilename, outputFilename, registry);
  });
  worker.join();
  return asMainReturnCode(result);
}
