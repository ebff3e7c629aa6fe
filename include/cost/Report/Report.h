//===- Report.h - Text and JSON cost reports --------------------*- C++ -*-===//
//
// Renders a CostAnalysis. The report only formats the analysis results; it
// never computes a count of its own.
//
//===----------------------------------------------------------------------===//

#ifndef COST_REPORT_REPORT_H
#define COST_REPORT_REPORT_H

#include "cost/Analysis/CostAnalysis.h"
#include "cost/Analysis/Units.h"
#include "cost/Roofline/Roofline.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"

#include <string>
#include <vector>

namespace mlir {
namespace cost {

class LayerTable;
struct PassCostRow;

enum class ReportFormat { Text, Json, Csv };

/// Parses "text", "json" or "csv".
std::optional<ReportFormat> parseReportFormat(llvm::StringRef name);

struct ReportOptions {
  ReportFormat format = ReportFormat::Text;
  /// Exact integers instead of SI prefixes (text format).
  bool exact = false;
  /// The input file, as shown in the header and the JSON "file" key.
  std::string fileName;
  /// The roofline estimate on a chip; null for counts only.
  const Roofline *roofline = nullptr;
  /// Why a roofline that was asked for was not estimated (shape symbols
  /// without values); empty otherwise.
  std::string rooflineSkipped;
  /// The cost by layer (--layers, --group-by), or null for none. The CSV
  /// report names each op's layer either way.
  const LayerTable *layers = nullptr;
  /// The cost after each pass (--cost-track-passes), or null.
  const std::vector<PassCostRow> *passes = nullptr;
};

/// The JSON schema identifier; bumped only when a key changes meaning.
inline constexpr llvm::StringLiteral kReportSchema = "cost-opt-report/1";

void printReport(const CostAnalysis &analysis, const ReportOptions &options,
                 llvm::raw_ostream &os);

/// One self-contained HTML page (inline CSS, JS and SVG): the summary, the
/// per-function table, the layer tree (when `options.layers` is set), the
/// op table, the roofline chart (with a roofline) and the pass table (with
/// `options.passes`). docs/where-the-cost-is.md.
void printHtmlReport(const CostAnalysis &analysis, const ReportOptions &options,
                     llvm::raw_ostream &os);

/// A roofline plot (SVG) of the leaf ops of `analysis` on the chip of
/// `roofline`: log-log axes, the memory roof and one compute ceiling per
/// precision used, one point per op (per op kind above 200 ops).
void printRooflineSvg(const CostAnalysis &analysis, const Roofline &roofline,
                      llvm::raw_ostream &os);

} // namespace cost
} // namespace mlir

#endif // COST_REPORT_REPORT_H
