//===- PassTracking.cpp - The cost of the module after each pass ----------===//
//
// The instrumentation sees every pass twice: once per op it runs on, and,
// for a nested pipeline, once more for the adaptor that runs it on every
// op of its anchor. Only the passes run on the top-level op (the module,
// and the adaptors) give rows: after them the whole module is in the state
// the pass left it in. Each adaptor holds one pass (addTrackedPipeline
// splits nested pipelines), so each row names one pass.
//
//===----------------------------------------------------------------------===//

#include "cost/Transforms/PassTracking.h"

#include "PassOptions.h"
#include "cost/Analysis/CostAnalysis.h"
#include "cost/Roofline/Roofline.h"

#include "mlir/Pass/PassInstrumentation.h"
#include "mlir/Pass/PassRegistry.h"

using namespace mlir;
using namespace mlir::cost;

//===----------------------------------------------------------------------===//
// Pipeline text
//===----------------------------------------------------------------------===//

/// Splits "a, b{x=1,2}, func.func(c, d)" at its top-level commas (not those
/// inside options, nested pipelines or quotes), each part trimmed.
static SmallVector<StringRef> splitTopLevel(StringRef list) {
  SmallVector<StringRef> parts;
  int depth = 0;
  bool quoted = false;
  size_t start = 0;
  for (size_t i = 0; i < list.size(); ++i) {
    char c = list[i];
    if (c == '"')
      quoted = !quoted;
    else if (quoted)
      continue;
    else if (c == '(' || c == '{')
      ++depth;
    else if (c == ')' || c == '}')
      --depth;
    else if (c == ',' && depth == 0) {
      parts.push_back(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  if (StringRef last = list.drop_front(start).trim(); !last.empty())
    parts.push_back(last);
  return parts;
}

/// For "func.func(a, b)": "func.func" and "a, b". None for a pass ("a" or
/// "a{x=1}").
static std::optional<std::pair<StringRef, StringRef>>
splitNested(StringRef element) {
  size_t paren = element.find('(');
  if (paren == StringRef::npos || element.find('{') < paren ||
      !element.ends_with(")"))
    return std::nullopt;
  return std::pair(element.take_front(paren).trim(),
                   element.slice(paren + 1, element.size() - 1));
}

/// "a{x=1}" -> "a"; "a, func.func(b)" -> "a, func.func(b)" without options.
static std::string stripOptions(StringRef text) {
  std::string out;
  int depth = 0;
  for (char c : text) {
    if (c == '{')
      ++depth;
    else if (c == '}')
      --depth;
    else if (depth == 0)
      out += c;
  }
  return out;
}

//===----------------------------------------------------------------------===//
// The instrumentation
//===----------------------------------------------------------------------===//

namespace {
/// Keeps two nested pipelines apart: the pass manager merges adjacent
/// ones into one, which would run both passes on each function in turn.
struct TrackBoundaryPass
    : public PassWrapper<TrackBoundaryPass, OperationPass<>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(TrackBoundaryPass)
  StringRef getArgument() const override { return "cost-opt-track-boundary"; }
  StringRef getName() const override { return "CostOptTrackBoundary"; }
  StringRef getDescription() const override {
    return "Keep the nested pipelines of --cost-track-passes apart";
  }
  void runOnOperation() override { markAllAnalysesPreserved(); }
};

class CostTracker : public PassInstrumentation {
public:
  CostTracker(CostOptions costOptions, std::optional<Target> target,
              RooflineOptions rooflineOptions,
              std::shared_ptr<std::vector<PassCostRow>> rows)
      : costOptions(std::move(costOptions)), target(std::move(target)),
        rooflineOptions(rooflineOptions), rows(std::move(rows)) {}

  void runBeforePass(Pass *pass, Operation *op) override {
    if (rows->empty() && !op->getParentOp())
      record("input", op->getName().getStringRef(), op);
  }

  void runAfterPass(Pass *pass, Operation *op) override {
    // A pass of a nested pipeline on one function: its adaptor gives the
    // row once every function is done.
    if (op->getParentOp() || isa<TrackBoundaryPass>(pass))
      return;
    StringRef argument = pass->getArgument();
    if (argument == "cost-report" || argument == "cost-opt-release-ir")
      return;
    if (!argument.empty())
      return record(argument, op->getName().getStringRef(), op);
    // An adaptor prints as "func.func(pass{options})".
    std::string text;
    llvm::raw_string_ostream os(text);
    pass->printAsTextualPipeline(os);
    if (auto nested = splitNested(text))
      return record(stripOptions(nested->second), nested->first, op);
    record(pass->getName(), op->getName().getStringRef(), op);
  }

private:
  void record(StringRef pass, StringRef anchor, Operation *op) {
    PassCostRow row;
    row.pass = pass.str();
    row.anchor = anchor.str();
    // The errors of a costing that fails (a count beyond INT64_MAX) are
    // emitted on the ops; the row then has no counts.
    FailureOr<CostAnalysis> analysis = CostAnalysis::compute(op, costOptions);
    if (failed(analysis)) {
      rows->push_back(std::move(row));
      return;
    }
    const CostSummary &total = analysis->getTotal();
    row.counts = total.counts;
    for (const OpNameCount &entry : total.uncounted)
      row.uncounted += entry.count;
    row.unresolved = total.unresolved.size();
    if (target && analysis->getUnboundSymbols().empty())
      row.timeS =
          Roofline(*analysis, *target, rooflineOptions).getTotal().timeS;
    for (const FunctionCost &fn : analysis->getFunctions())
      row.functions.push_back(
          {fn.name, {fn.inclusive.flops, fn.inclusive.macs}});
    rows->push_back(std::move(row));
  }

  CostOptions costOptions;
  std::optional<Target> target;
  RooflineOptions rooflineOptions;
  std::shared_ptr<std::vector<PassCostRow>> rows;
};
} // namespace

LogicalResult mlir::cost::addTrackedPipeline(
    PassManager &pm, Location loc,
    llvm::function_ref<LogicalResult(PassManager &)> setupUserPipeline,
    const CostReportPassOptions &options,
    std::shared_ptr<std::vector<PassCostRow>> rows) {
  FailureOr<CostOptions> costOptions =
      buildCostOptions(loc, options.convention, options.countPaddedTaps,
                       options.bind, options.defaultDim, options.costRules,
                       options.costDiagnostics, options.entry);
  if (failed(costOptions))
    return failure();
  RooflineOptions rooflineOptions;
  rooflineOptions.computeEfficiency = options.computeEfficiency;
  rooflineOptions.bandwidthEfficiency = options.bandwidthEfficiency;
  rooflineOptions.allowTF32 = options.allowTF32;
  FailureOr<std::optional<Target>> target =
      selectTargetAt(loc, options.target, options.targetFile, rooflineOptions);
  if (failed(target))
    return failure();

  // The user's pipeline, as its text, rebuilt with one pass per nested
  // pipeline.
  PassManager user(pm.getContext(), pm.getOpAnchorName(),
                   OpPassManager::Nesting::Implicit);
  if (failed(setupUserPipeline(user)))
    return failure();
  std::string text;
  llvm::raw_string_ostream os(text);
  user.printAsTextualPipeline(os);
  std::optional<std::pair<StringRef, StringRef>> top = splitNested(text);
  if (!top) {
    mlir::emitError(loc) << "--cost-track-passes: cannot read the pipeline '"
                         << text << "'";
    return failure();
  }
  std::string errors;
  llvm::raw_string_ostream errorStream(errors);
  for (StringRef element : splitTopLevel(top->second)) {
    std::optional<std::pair<StringRef, StringRef>> nested =
        splitNested(element);
    SmallVector<StringRef> passes =
        nested ? splitTopLevel(nested->second) : SmallVector<StringRef>();
    if (!nested || passes.empty()) {
      if (failed(parsePassPipeline(element, pm, errorStream)))
        break;
      continue;
    }
    for (StringRef pass : passes) {
      if (failed(parsePassPipeline(pass, pm.nest(nested->first), errorStream)))
        break;
      pm.addPass(std::make_unique<TrackBoundaryPass>());
    }
  }
  if (!errors.empty()) {
    mlir::emitError(loc) << "--cost-track-passes: cannot rebuild the "
                            "pipeline '"
                         << text << "': " << StringRef(errors).trim();
    return failure();
  }
  pm.addInstrumentation(
      std::make_unique<CostTracker>(std::move(*costOptions), std::move(*target),
                                    rooflineOptions, std::move(rows)));
  return success();
}

LogicalResult mlir::cost::checkPassesKeepWork(ArrayRef<PassCostRow> rows,
                                              raw_ostream &os) {
  bool kept = true;
  auto show = [](const PassCostRow &row, Polynomial CostCounts::*field) {
    return row.counts ? ((*row.counts).*field).toString()
                      : std::string("overflow");
  };
  for (size_t i = 1; i < rows.size(); ++i) {
    const PassCostRow &before = rows[i - 1], &after = rows[i];
    if (!changesWork(before, after))
      continue;
    os << "cost-opt: error: --cost-track-passes=fail-on-change: pass '"
       << after.pass << "' on " << after.anchor << " changed FLOPs "
       << show(before, &CostCounts::flops) << " -> "
       << show(after, &CostCounts::flops) << ", MACs "
       << show(before, &CostCounts::macs) << " -> "
       << show(after, &CostCounts::macs) << "; functions:";
    for (const std::string &name : getChangedFunctions(before, after))
      os << " @" << name;
    os << "\n";
    kept = false;
  }
  return success(kept);
}
