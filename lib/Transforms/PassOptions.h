//===- PassOptions.h - Options the cost passes share ------------*- C++ -*-===//
//
// Private to lib/Transforms.
//
//===----------------------------------------------------------------------===//

#ifndef COST_LIB_TRANSFORMS_PASSOPTIONS_H
#define COST_LIB_TRANSFORMS_PASSOPTIONS_H

#include "cost/Analysis/CostAnalysis.h"
#include "cost/Analysis/CostRules.h"
#include "cost/Models/Models.h"

#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/Pass/AnalysisManager.h"
#include "mlir/Pass/PassInstrumentation.h"
#include "llvm/ADT/ScopeExit.h"
#include "llvm/ADT/StringExtras.h"

namespace mlir {
namespace cost {

/// Emits `text` ("error: ..." lines) as one error at `loc`.
inline void emitErrorText(Location loc, StringRef text) {
  StringRef message = text.trim();
  message.consume_front("error: ");
  mlir::emitError(loc) << message;
}

/// The CostOptions of a cost pass's options (costCountingOptions in
/// Passes.td), or failure after an error at `loc` (a malformed --bind, a bad
/// --default-dim, an unknown convention or cost-diagnostics level; an
/// unknown --entry name is the analysis's error).
inline FailureOr<CostOptions>
buildCostOptions(Location loc, StringRef convention, bool countPaddedTaps,
                 ArrayRef<std::string> bind, int64_t defaultDim,
                 StringRef costRules, StringRef costDiagnostics,
                 ArrayRef<std::string> entry) {
  CostOptions options;
  options.entries.assign(entry.begin(), entry.end());
  std::optional<CostDiagnostics> diagnostics =
      getCostDiagnostics(costDiagnostics);
  if (!diagnostics) {
    mlir::emitError(loc) << "unknown cost-diagnostics '" << costDiagnostics
                         << "'; expected 'all', 'warnings' or 'none'";
    return failure();
  }
  options.diagnostics = *diagnostics;
  if (!costRules.empty()) {
    // Each problem of the rules file is an error at its line in that file.
    options.rules = CostRules::load(
        costRules, [&](unsigned line, unsigned column, const Twine &message) {
          mlir::emitError(
              FileLineColLoc::get(loc.getContext(), costRules, line, column))
              << message;
        });
    if (!options.rules)
      return failure();
  }
  std::optional<CountingConvention> preset = getConvention(convention);
  if (!preset) {
    mlir::emitError(loc) << "unknown convention '" << convention
                         << "'; expected one of: "
                         << llvm::join(getConventionNames(), ", ");
    return failure();
  }
  options.convention = *preset;
  // count-padded-taps=false narrows any convention to the taps inside.
  if (!countPaddedTaps)
    options.convention.countPaddedTaps =
        options.convention.countPaddedPoolTaps = false;
  std::string text;
  llvm::raw_string_ostream diag(text);
  if (failed(parseBindings(bind, options.bindings, diag)) ||
      failed(verifyDefaultDim(defaultDim, diag))) {
    emitErrorText(loc, text);
    return failure();
  }
  if (defaultDim >= 0)
    options.defaultDim = defaultDim;
  return options;
}

/// Runs `compute` (which builds a `T`) as an analysis of the running pass,
/// as Pass::getAnalysis<T>() would: its instrumentation sees it, so
/// --mlir-timing shows its time as a row "(A) NAME" nested in the pass's.
/// For the analyses the cost passes build themselves because they take the
/// pass's options (Roofline; CostAnalysis with other than the default
/// counting options).
template <typename T, typename Fn>
auto runAsAnalysis(AnalysisManager analyses, Operation *op, StringRef name,
                   Fn &&compute) {
  PassInstrumentor *instrumentor = analyses.getPassInstrumentor();
  if (instrumentor)
    instrumentor->runBeforeAnalysis(name, TypeID::get<T>(), op);
  llvm::scope_exit after([&] {
    if (instrumentor)
      instrumentor->runAfterAnalysis(name, TypeID::get<T>(), op);
  });
  return compute();
}

/// Constructs a `T` from `args` with runAsAnalysis.
template <typename T, typename... Args>
T constructAnalysis(AnalysisManager analyses, Operation *op, StringRef name,
                    Args &&...args) {
  return runAsAnalysis<T>(analyses, op, name,
                          [&] { return T(std::forward<Args>(args)...); });
}

/// True if `options` count as the defaults do (no rules file, the default
/// convention, no bound symbols): the analysis the AnalysisManager caches
/// is then the one wanted.
inline bool hasDefaultCounting(const CostOptions &options) {
  return !options.rules && options.convention == CountingConvention() &&
         options.bindings.empty() && !options.defaultDim &&
         options.entries.empty();
}

/// The cost analysis of `op` under `options`, or null after an error. With
/// the default counting options it is the AnalysisManager's
/// (getAnalysis<CostAnalysis>(): cached, shared with the passes before and
/// after, preserved by the cost passes); otherwise it is computed for this
/// pass into `storage`, announced to the instrumentation as an analysis so
/// that --mlir-timing shows its time in a row of its own.
inline const CostAnalysis *
getCostAnalysis(AnalysisManager analyses, Operation *op,
                const CostOptions &options,
                std::optional<CostAnalysis> &storage) {
  if (hasDefaultCounting(options)) {
    const CostAnalysis &cached = analyses.getAnalysis<CostAnalysis>();
    return cached.hasErrors() ? nullptr : &cached;
  }
  FailureOr<CostAnalysis> computed =
      runAsAnalysis<CostAnalysis>(analyses, op, "cost::CostAnalysis", [&] {
        return CostAnalysis::compute(op, options);
      });
  if (failed(computed))
    return nullptr;
  storage.emplace(std::move(*computed));
  return &*storage;
}

/// Checks the bound names against the analysed module (an error at `loc`
/// for a name no function defines).
inline LogicalResult verifyBindingsAt(Location loc,
                                      const CostAnalysis &analysis) {
  std::string text;
  llvm::raw_string_ostream diag(text);
  if (succeeded(analysis.verifyBindings(diag)))
    return success();
  emitErrorText(loc, text);
  return failure();
}

/// What both passes declare in getDependentDialects: the built-in cost
/// models, as registry extensions. A tool that registered them already
/// (cost-opt) sees no change; one that did not (upstream mlir-opt with only
/// --load-pass-plugin=CostPlugin.so) gets them attached to the dialects it
/// has loaded when the pass manager starts, and to the others as they load.
/// Models the tool attached first, its own or a downstream dialect's, win:
/// MLIR keeps the first model of an interface.
inline void addCostModelDependencies(DialectRegistry &registry) {
  registerAllCostModels(registry);
}

} // namespace cost
} // namespace mlir

#endif // COST_LIB_TRANSFORMS_PASSOPTIONS_H
