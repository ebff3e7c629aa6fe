//===- PassTable.h - The cost of the module after each pass -----*- C++ -*-===//
//
// What --cost-track-passes records (lib/Transforms/PassTracking.cpp) and the
// report prints: one row per pass of the pipeline, in pipeline order, the
// first row being the input.
//
//===----------------------------------------------------------------------===//

#ifndef COST_REPORT_PASSTABLE_H
#define COST_REPORT_PASSTABLE_H

#include "cost/Interfaces/CostCounts.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace mlir {
namespace cost {

/// The module's cost after one pass.
struct PassCostRow {
  /// The pass's argument ("canonicalize"), or "input" for the first row.
  std::string pass;
  /// The op the pass ran on: "builtin.module", or "func.func" for a pass of
  /// a nested pipeline (the row is taken once it has run on every one).
  std::string anchor;
  /// The module total (the root functions with their callees); empty if
  /// the analysis failed (a count beyond INT64_MAX).
  std::optional<CostCounts> counts;
  /// Ops without a cost model, and ops whose cost is unresolved.
  int64_t uncounted = 0;
  int64_t unresolved = 0;
  /// The roofline estimate, with a target and every shape symbol bound.
  std::optional<double> timeS;
  /// Each function's FLOPs and MACs (inclusive), to name the functions a
  /// pass changed.
  std::vector<std::pair<std::string, std::pair<Polynomial, Polynomial>>>
      functions;
};

/// True if FLOPs or MACs differ between `before` and `after` (what a pure
/// lowering must not change).
bool changesWork(const PassCostRow &before, const PassCostRow &after);

/// The functions whose FLOPs or MACs differ between the rows (or that one
/// of them lacks), in the order of `after` then `before`.
std::vector<std::string> getChangedFunctions(const PassCostRow &before,
                                             const PassCostRow &after);

/// The text table: one row per pass, the change from the previous row, and
/// '!' on the rows that change FLOPs or MACs.
void printPassTable(ArrayRef<PassCostRow> rows, bool exact, raw_ostream &os);

/// "passes": [...] into the current JSON object.
void writePassTable(llvm::json::OStream &json, ArrayRef<PassCostRow> rows);

} // namespace cost
} // namespace mlir

#endif // COST_REPORT_PASSTABLE_H
