//===- PassOptions.h - Options the cost passes share ------------*- C++ -*-===//
//
// Private to lib/Transforms.
//
//===----------------------------------------------------------------------===//

#ifndef COST_LIB_TRANSFORMS_PASSOPTIONS_H
#define COST_LIB_TRANSFORMS_PASSOPTIONS_H

#include "cost/Analysis/CostAnalysis.h"
#include "cost/Analysis/CostRules.h"

#include "mlir/IR/Diagnostics.h"
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
/// --default-dim, an unknown convention or cost-diagnostics level).
inline FailureOr<CostOptions>
buildCostOptions(Location loc, StringRef convention, bool countPaddedTaps,
                 ArrayRef<std::string> bind, int64_t defaultDim,
                 StringRef costRules, StringRef costDiagnostics) {
  CostOptions options;
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

/// Constructs a `T` from `args` as an analysis of the running pass, as
/// Pass::getAnalysis<T>() would: its instrumentation sees it, so
/// --mlir-timing shows its time as a row "(A) NAME" nested in the pass's.
/// The cost passes build CostAnalysis and Roofline themselves (both take
/// the pass's options), so they construct them with this.
template <typename T, typename... Args>
T constructAnalysis(AnalysisManager analyses, Operation *op, StringRef name,
                    Args &&...args) {
  PassInstrumentor *instrumentor = analyses.getPassInstrumentor();
  if (instrumentor)
    instrumentor->runBeforeAnalysis(name, TypeID::get<T>(), op);
  llvm::scope_exit after([&] {
    if (instrumentor)
      instrumentor->runAfterAnalysis(name, TypeID::get<T>(), op);
  });
  return T(std::forward<Args>(args)...);
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

} // namespace cost
} // namespace mlir

#endif // COST_LIB_TRANSFORMS_PASSOPTIONS_H
