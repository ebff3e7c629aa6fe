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
#include "cost/Report/Report.h"
#include "cost/Roofline/Roofline.h"
#include "cost/Support/Limits.h"
#include "cost/Support/OutputFile.h"
#include "cost/Support/SideFile.h"
#include "cost/Transforms/Passes.h"

#include "mlir/Conversion/Passes.h"
#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Transforms/BufferizableOpInterfaceImpl.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/Bufferization/Transforms/FuncBufferizableOpInterfaceImpl.h"
#include "mlir/Dialect/Bufferization/Transforms/Passes.h"
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
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Support/FileUtilities.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"
#include "mlir/Transforms/Passes.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/ToolOutputFile.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/thread.h"

#include <deque>

using namespace mlir;

static llvm::cl::OptionCategory costCategory("cost-opt report options");

static llvm::cl::opt<bool> flops(
    "flops",
    llvm::cl::desc("Print the cost report (FLOPs, MACs, integer OPs, "
                   "transcendentals, bytes, params) instead of the IR. The "
                   "report goes to -o (default: standard output)."),
    llvm::cl::cat(costCategory));

static llvm::cl::opt<std::string>
    format("format",
           llvm::cl::desc("Report format for --flops: text, json or csv"),
           llvm::cl::init("text"), llvm::cl::cat(costCategory));

static llvm::cl::opt<std::string> target(
    "target",
    llvm::cl::desc("Chip for the roofline estimate of --flops (default: "
                   "h100-sxm; --list-targets names them; 'none' for counts "
                   "only)"),
    llvm::cl::init("h100-sxm"), llvm::cl::value_desc("name"),
    llvm::cl::cat(costCategory));

static llvm::cl::opt<std::string> targetFile(
    "target-file",
    llvm::cl::desc("Chip description of your own (YAML, docs/targets.md); "
                   "overrides --target"),
    llvm::cl::value_desc("path"), llvm::cl::cat(costCategory));

static llvm::cl::opt<bool>
    listTargets("list-targets",
                llvm::cl::desc("List the built-in chips and their peaks"),
                llvm::cl::cat(costCategory));

static llvm::cl::opt<double> computeEfficiency(
    "compute-efficiency",
    llvm::cl::desc("Fraction of the peak compute rate that is achievable, "
                   "in (0, 1] (default 1)"),
    llvm::cl::init(1.0), llvm::cl::cat(costCategory));

static llvm::cl::opt<double> bandwidthEfficiency(
    "bandwidth-efficiency",
    llvm::cl::desc("Fraction of the peak memory bandwidth that is "
                   "achievable, in (0, 1] (default 1)"),
    llvm::cl::init(1.0), llvm::cl::cat(costCategory));

static llvm::cl::opt<bool> allowTF32(
    "allow-tf32",
    llvm::cl::desc("Run f32 contractions at the chip's TF32 tensor-core peak"),
    llvm::cl::cat(costCategory));

static llvm::cl::opt<std::string> rooflineSvg(
    "roofline-svg",
    llvm::cl::desc("With --flops: also write a roofline plot (SVG) here"),
    llvm::cl::value_desc("path"), llvm::cl::cat(costCategory));

static llvm::cl::opt<std::string> baseline(
    "baseline",
    llvm::cl::desc("With --flops: compare with this earlier JSON report and "
                   "fail if a function's FLOPs, bytes or time grew by more "
                   "than --max-increase percent"),
    llvm::cl::value_desc("report.json"), llvm::cl::cat(costCategory));

static llvm::cl::opt<double> maxIncrease(
    "max-increase",
    llvm::cl::desc("Allowed growth over --baseline, in percent (default 0)"),
    llvm::cl::init(0.0), llvm::cl::value_desc("percent"),
    llvm::cl::cat(costCategory));

static llvm::cl::opt<bool>
    exact("exact",
          llvm::cl::desc("Print exact integers in the text report instead "
                         "of SI-prefixed numbers"),
          llvm::cl::cat(costCategory));

static llvm::cl::opt<std::string> reportFile(
    "report-file",
    llvm::cl::desc("Write the --flops report to this file instead of -o"),
    llvm::cl::value_desc("path"), llvm::cl::cat(costCategory));

static llvm::cl::opt<std::string> convention(
    "convention",
    llvm::cl::desc("With --flops: the counting convention, 'default' (1 MAC "
                   "= 2 FLOPs, every tap), 'macs-as-flops' (thop / ptflops / "
                   "fvcore), 'xla' (XLA's HloCostAnalysis) or 'exact' (no "
                   "first add per output); docs/conventions.md"),
    llvm::cl::init("default"), llvm::cl::value_desc("name"),
    llvm::cl::cat(costCategory));

static llvm::cl::opt<std::string> costRules(
    "cost-rules",
    llvm::cl::desc("With --flops: costs by op name from a rules file (YAML or "
                   "JSON, docs/rules.md), for ops without a cost model or to "
                   "override one"),
    llvm::cl::value_desc("path"), llvm::cl::cat(costCategory));

static llvm::cl::opt<bool> countPaddedTaps(
    "count-padded-taps",
    llvm::cl::desc("With --flops: =false counts only the taps of convolution "
                   "and pooling windows that land inside the input, under "
                   "any convention"),
    llvm::cl::init(true), llvm::cl::cat(costCategory));

static llvm::cl::list<std::string> bind(
    "bind",
    llvm::cl::desc("Values of shape symbols: --bind N=8,S=128. A dynamic "
                   "dimension traced to a bound symbol counts as that size"),
    llvm::cl::value_desc("NAME=VALUE"), llvm::cl::CommaSeparated,
    llvm::cl::cat(costCategory));

static llvm::cl::opt<int64_t> defaultDim(
    "default-dim",
    llvm::cl::desc("Value of every shape symbol --bind leaves unbound "
                   "(default -1: leave them, and report formulas)"),
    llvm::cl::init(-1), llvm::cl::value_desc("K"), llvm::cl::cat(costCategory));

static llvm::cl::opt<std::string> costDiagnostics(
    "cost-diagnostics",
    llvm::cl::desc("Cost diagnostics emitted on ops: 'all' (ops not costed or "
                   "unresolved as warnings; rule overrides as remarks), "
                   "'warnings' (no remarks) or 'none' (docs/diagnostics.md)"),
    llvm::cl::init("all"), llvm::cl::value_desc("level"),
    llvm::cl::cat(costCategory));

void mlir::cost::registerCostOptDialects(DialectRegistry &registry) {
  registry.insert<affine::AffineDialect, arith::ArithDialect,
                  bufferization::BufferizationDialect, cf::ControlFlowDialect,
                  func::FuncDialect, index::IndexDialect, linalg::LinalgDialect,
                  LLVM::LLVMDialect, math::MathDialect, memref::MemRefDialect,
                  ml_program::MLProgramDialect, quant::QuantDialect,
                  scf::SCFDialect, sparse_tensor::SparseTensorDialect,
                  tensor::TensorDialect, tosa::TosaDialect,
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
  if (!cost::parseReportFormat(format)) {
    llvm::errs() << "cost-opt: error: unknown --format '" << format
                 << "'; expected 'text', 'json' or 'csv'\n";
    return failure();
  }
  // The chip and the roofline settings are checked before the model is
  // read: a typo fails fast, with the file, line and field of the problem.
  cost::RooflineOptions rooflineOptions;
  rooflineOptions.computeEfficiency = computeEfficiency;
  rooflineOptions.bandwidthEfficiency = bandwidthEfficiency;
  if (failed(cost::selectTarget(target, targetFile, llvm::errs())) ||
      failed(cost::verifyRooflineOptions(rooflineOptions, llvm::errs())))
    return failure();
  if (!cost::getConvention(convention)) {
    llvm::errs() << "cost-opt: error: unknown --convention '" << convention
                 << "'; expected one of: "
                 << llvm::join(cost::getConventionNames(), ", ") << "\n";
    return failure();
  }
  // A bad rules file fails before the model is read, each problem at its
  // line.
  if (!costRules.empty() &&
      !cost::CostRules::load(costRules, [](unsigned line, unsigned column,
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
  if (failed(cost::parseBindings(bind, bindings, llvm::errs())) ||
      failed(cost::verifyDefaultDim(defaultDim, llvm::errs())))
    return failure();
  if (maxIncrease.getNumOccurrences() && baseline.empty()) {
    llvm::errs() << "cost-opt: error: --max-increase needs --baseline\n";
    return failure();
  }

  if (!std::isfinite(maxIncrease) || maxIncrease < 0) {
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
       {StringRef(targetFile), StringRef(costRules), StringRef(baseline)})
    if (!side.empty())
      outputs.addInput(side);
  StringRef destination = reportFile.empty() ? outputFilename : reportFile;
  outputs.add(destination, "", "report");
  if (!rooflineSvg.empty())
    outputs.add(rooflineSvg, "", "roofline plot");
  if (llvm::Error error = outputs.check()) {
    llvm::errs() << "cost-opt: error: " << llvm::toString(std::move(error))
                 << "\n";
    return failure();
  }
  cost::CostReportPassOptions options;
  options.format = format;
  options.exact = exact;
  options.convention = convention;
  options.costRules = costRules;
  options.countPaddedTaps = countPaddedTaps;
  options.target = target;
  options.targetFile = targetFile;
  options.computeEfficiency = computeEfficiency;
  options.bandwidthEfficiency = bandwidthEfficiency;
  options.allowTF32 = allowTF32;
  options.costDiagnostics = costDiagnostics;
  options.rooflineSvg = rooflineSvg;
  options.baseline = baseline;
  options.maxIncrease = maxIncrease;
  options.bind.assign(bind.begin(), bind.end());
  options.defaultDim = defaultDim;

  MlirOptMainConfig config = MlirOptMainConfig::createFromCLOptions();
  MlirOptMainConfig userConfig = config;
  // One report per chunk of --split-input-file (the setup runs per chunk).
  std::deque<std::string> reports;
  std::deque<llvm::raw_string_ostream> reportStreams;
  std::string svg;
  llvm::raw_string_ostream svgStream(svg);
  bool badAnchor = false;
  bool regressed = false;
  config.setPassPipelineSetupFn([&](PassManager &pm) -> LogicalResult {
    if (failed(userConfig.setupPassPipeline(pm)))
      return failure();
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
                                          &svgStream, &regressed));
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

  // With --split-input-file, a JSON report is one document: an array of
  // the chunks' reports. Text and CSV are concatenated.
  std::string report;
  if (reports.size() > 1 && format == "json") {
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
  if (!rooflineSvg.empty())
    finalOutputs.add(rooflineSvg, std::move(svg), "roofline plot");
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
  auto [inputFilename, outputFilename] = registerAndParseCLIOptions(
      argc, argv,
      (toolName + ": FLOPs, MACs, bytes and parameters of MLIR models").str(),
      registry);

  if (listTargets) {
    cost::printTargetList(llvm::outs());
    return 0;
  }
  // Parsing and the passes run on a thread with a large stack: MLIR's parser
  // and verifier recurse once per nesting level (kMaxInputNesting bounds the
  // levels, this stack makes room for them).
  LogicalResult result = failure();
  llvm::thread worker(std::optional<unsigned>(cost::kDriverStackBytes), [&] {
    result = flops
                 ? runReport(inputFilename, outputFilename, registry)
                 : runOpt(argc, argv, inputFilename, outputFilename, registry);
  });
  worker.join();
  return asMainReturnCode(result);
}
