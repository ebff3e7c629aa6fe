//===- Report.h - Text and JSON cost reports --------------------*- C++ -*-===//
//
// Renders a CostAnalysis. The report only formats the analysis results; it
// never computes a count of its own.
//
//===----------------------------------------------------------------------===//

#ifndef COST_REPORT_REPORT_H
#define COST_REPORT_REPORT_H

#include "cost/Analysis/CostAnalysis.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"

#include <string>

namespace mlir {
namespace cost {

enum class ReportFormat { Text, Json };

/// Parses "text" or "json".
std::optional<ReportFormat> parseReportFormat(llvm::StringRef name);

struct ReportOptions {
  ReportFormat format = ReportFormat::Text;
  /// Exact integers instead of SI prefixes (text format).
  bool exact = false;
  /// The input file, as shown in the header and the JSON "file" key.
  std::string fileName;
};

/// The JSON schema identifier; bumped only when a key changes meaning.
inline constexpr llvm::StringLiteral kReportSchema = "cost-opt-report/1";

void printReport(const CostAnalysis &analysis, const ReportOptions &options,
                 llvm::raw_ostream &os);

/// `value` with an SI prefix and three significant digits, followed by
/// `unit` without a space: formatSI(8210000000, "FLOPs") is "8.21 GFLOPs".
/// Values below 1000 are printed exactly: "512 FLOPs".
std::string formatSI(int64_t value, llvm::StringRef unit);

} // namespace cost
} // namespace mlir

#endif // COST_REPORT_REPORT_H
