//===- Baseline.h - Compare a report with an earlier one --------*- C++ -*-===//
//
// The regression gate: two JSON reports (cost-opt-report/1), and a failure
// when any function's FLOPs, bytes moved or estimated time grew by more than
// a given percentage, naming the function and the op kinds that changed.
//
//===----------------------------------------------------------------------===//

#ifndef COST_REPORT_BASELINE_H
#define COST_REPORT_BASELINE_H

#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"

namespace mlir {
namespace cost {

/// Compares `current` with `baseline` function by function (and the module
/// total). Returns true if nothing grew by more than `maxIncreasePercent`;
/// writes what grew (or a one-line summary) to `os`. A malformed baseline
/// is reported and fails.
bool compareWithBaseline(const llvm::json::Value &baseline,
                         const llvm::json::Value &current,
                         double maxIncreasePercent,
                         llvm::StringRef baselineName, llvm::raw_ostream &os);

} // namespace cost
} // namespace mlir

#endif // COST_REPORT_BASELINE_H
