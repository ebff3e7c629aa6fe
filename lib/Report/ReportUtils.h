//===- ReportUtils.h - Helpers the report writers share ---------*- C++ -*-===//
//
// Private to lib/Report: table layout for the text formats and count
// writers for the JSON one, shared by the report, the layer table and the
// pass table so that a count prints the same everywhere.
//
//===----------------------------------------------------------------------===//

#ifndef COST_LIB_REPORT_REPORTUTILS_H
#define COST_LIB_REPORT_REPORTUTILS_H

#include "cost/Interfaces/CostCounts.h"
#include "cost/Report/Report.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/JSON.h"

#include <string>
#include <vector>

namespace mlir {
namespace cost {

/// One row of a text table: its name and its cells.
struct TextRow {
  std::string name;
  std::vector<std::string> cells;
};

/// `text` with the characters that markup gives a meaning to (< > & ")
/// written as entities: for text and attribute values in HTML and SVG.
std::string escapeMarkup(StringRef text);

/// Display width of UTF-8 text (µ is two bytes, one column).
size_t displayWidth(StringRef text);
std::string padLeft(StringRef text, size_t width);
std::string padRight(StringRef text, size_t width);

/// Right-aligned columns under a header, with a rule above the last row
/// (the total) if `ruleAboveLast`.
void printTable(ArrayRef<std::string> headers, ArrayRef<TextRow> rows,
                raw_ostream &os, bool ruleAboveLast = true);

/// A count as the text report shows it: an SI-prefixed number with `unit`,
/// the exact integer with `exact`, or the formula of a symbolic count.
std::string formatCount(const Polynomial &count, StringRef unit, bool exact);

/// Formulas too wide for a table: a cell shows "[f1]" and the formula is
/// listed below the table, once per distinct formula.
class FormulaNotes {
public:
  /// Wider than this, a formula moves below the table.
  static constexpr size_t kMaxWidth = 40;

  /// The text of `count` as formatCount writes it, or "[fN]" for a formula
  /// wider than kMaxWidth.
  std::string cell(const Polynomial &count, StringRef unit, bool exact);
  /// "Formulas too wide for the table:" and one line per note; nothing if
  /// there are none.
  void print(raw_ostream &os) const;

private:
  std::vector<std::string> notes;
};

/// `key`: an integer, or {"formula": "4718592*N", "symbols": ["N"]} for a
/// count that depends on unbound shape symbols.
void writeCount(llvm::json::OStream &json, StringRef key,
                const Polynomial &count);

/// "flops": ..., "macs": ..., ... "bytes_written": ... into the current
/// object.
void writeCounts(llvm::json::OStream &json, const CostCounts &counts);

/// "vector_padding": the lanes of `fn`'s vector ops outside the data, the
/// counts spent on them, and the ops whose padding is unknown
/// (computeVectorPadding); nothing if there are none.
void writeVectorPadding(llvm::json::OStream &json, const CostAnalysis &analysis,
                        const FunctionCost &fn);

/// One note per function with vector padding lanes, one per op whose
/// padding is unknown.
void printVectorPadding(const CostAnalysis &analysis, raw_ostream &os);

/// Prints the CSV report (one row per op).
void printCsvReport(const CostAnalysis &analysis, const ReportOptions &options,
                    raw_ostream &os);

} // namespace cost
} // namespace mlir

#endif // COST_LIB_REPORT_REPORTUTILS_H
