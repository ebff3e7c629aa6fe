//===- Report.cpp - Text and JSON cost reports ----------------------------===//

#include "cost/Report/Report.h"

#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/Location.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"

#include <cmath>

using namespace mlir;
using namespace mlir::cost;

std::optional<ReportFormat> mlir::cost::parseReportFormat(StringRef name) {
  return llvm::StringSwitch<std::optional<ReportFormat>>(name)
      .Case("text", ReportFormat::Text)
      .Case("json", ReportFormat::Json)
      .Default(std::nullopt);
}

std::string mlir::cost::formatSI(int64_t value, StringRef unit) {
  if (value < 1000)
    return llvm::formatv("{0} {1}", value, unit).str();
  static const char kPrefixes[] = {'K', 'M', 'G', 'T', 'P', 'E'};
  double scaled = static_cast<double>(value);
  int exponent = -1;
  while (scaled >= 1000.0 && exponent < 5) {
    scaled /= 1000.0;
    ++exponent;
  }
  // Three significant digits; rounding may carry into the next prefix
  // (999.96 K is 1.00 M).
  int decimals = scaled < 10.0 ? 2 : scaled < 100.0 ? 1 : 0;
  double rounded =
      std::round(scaled * std::pow(10.0, decimals)) / std::pow(10.0, decimals);
  if (rounded >= 1000.0 && exponent < 5) {
    rounded /= 1000.0;
    ++exponent;
    decimals = 2;
  }
  return llvm::formatv("{0} {1}{2}",
                       llvm::format(decimals == 2   ? "%.2f"
                                    : decimals == 1 ? "%.1f"
                                                    : "%.0f",
                                    rounded),
                       kPrefixes[exponent], unit)
      .str();
}

static std::string locationToString(Location loc) {
  std::string text;
  llvm::raw_string_ostream os(text);
  if (auto fileLoc = dyn_cast<FileLineColLoc>(loc))
    os << fileLoc.getFilename().getValue() << ":" << fileLoc.getLine() << ":"
       << fileLoc.getColumn();
  else if (auto fused = dyn_cast<FusedLoc>(loc);
           fused && !fused.getLocations().empty())
    return locationToString(fused.getLocations().front());
  else if (auto name = dyn_cast<NameLoc>(loc))
    return locationToString(name.getChildLoc());
  else if (auto callSite = dyn_cast<CallSiteLoc>(loc))
    return locationToString(callSite.getCallee());
  else
    loc.print(os);
  return text;
}

//===----------------------------------------------------------------------===//
// Text
//===----------------------------------------------------------------------===//

namespace {
struct TextRow {
  std::string name;
  std::vector<std::string> cells;
};
} // namespace

static TextRow makeRow(StringRef name, const CostSummary &summary, bool exact) {
  auto number = [&](int64_t value, StringRef unit) {
    return exact ? std::to_string(value) : formatSI(value, unit);
  };
  auto params = [&](int64_t value) {
    if (exact)
      return std::to_string(value);
    std::string text = formatSI(value, "");
    // "25.6 M" reads as "25.6 M params".
    while (!text.empty() && text.back() == ' ')
      text.pop_back();
    return text + " params";
  };
  const CostCounts &c = summary.counts;
  int64_t notCosted = 0;
  for (const OpNameCount &entry : summary.uncounted)
    notCosted += entry.count;
  notCosted += summary.unresolved.size();
  return {name.str(),
          {number(c.flops, "FLOPs"), number(c.macs, "MACs"),
           number(c.intOps, "OPs"), number(c.transcendentals, ""),
           number(c.bytesRead, "B"), number(c.bytesWritten, "B"),
           params(summary.params.elements), number(summary.params.bytes, "B"),
           std::to_string(summary.opsCosted), std::to_string(notCosted)}};
}

static void printTextReport(const CostAnalysis &analysis,
                            const ReportOptions &options, raw_ostream &os) {
  os << "cost-opt report: " << options.fileName << "\n";
  os << "FLOPs count floating-point operations (1 MAC = 2 FLOPs); integer "
        "OPs and transcendentals are counted apart.\n\n";

  static const char *const kHeaders[] = {
      "FLOPs",   "MACs",   "int OPs",     "transcendentals", "read",
      "written", "params", "param bytes", "costed",          "not costed"};
  std::vector<TextRow> rows;
  bool anyCallees = false;
  for (const FunctionCost &fn : analysis.getFunctions()) {
    rows.push_back(makeRow("@" + fn.name, fn.summary, options.exact));
    if (!fn.hasCallees)
      continue;
    // The function with the functions it calls: counts only.
    CostSummary inclusive;
    inclusive.counts = fn.inclusive;
    TextRow row = makeRow("  + callees", inclusive, options.exact);
    for (size_t i = 6; i < row.cells.size(); ++i)
      row.cells[i].clear();
    rows.push_back(std::move(row));
    anyCallees = true;
  }
  if (anyCallees)
    os << "Function rows are exclusive (calls cost nothing); '+ callees' rows "
          "add each callee's inclusive cost per call. The total counts every "
          "function through its callers, as often as it is called.\n\n";
  rows.push_back(makeRow("total", analysis.getTotal(), options.exact));

  size_t nameWidth = std::string("function").size();
  std::vector<size_t> widths;
  for (const char *header : kHeaders)
    widths.push_back(StringRef(header).size());
  for (const TextRow &row : rows) {
    nameWidth = std::max(nameWidth, row.name.size());
    for (auto [i, cell] : llvm::enumerate(row.cells))
      widths[i] = std::max(widths[i], cell.size());
  }
  auto printLine = [&](StringRef name, ArrayRef<std::string> cells) {
    os << llvm::left_justify(name, nameWidth);
    for (auto [i, cell] : llvm::enumerate(cells))
      os << "  " << llvm::right_justify(cell, widths[i]);
    os << "\n";
  };
  printLine("function",
            std::vector<std::string>(std::begin(kHeaders), std::end(kHeaders)));
  for (auto [i, row] : llvm::enumerate(rows)) {
    if (i + 1 == rows.size()) {
      size_t total = nameWidth;
      for (size_t width : widths)
        total += 2 + width;
      os << std::string(total, '-') << "\n";
    }
    printLine(row.name, row.cells);
  }

  // Nothing is silently zero: list what was left out, per function.
  for (const FunctionCost &fn : analysis.getFunctions()) {
    for (const OpNameCount &entry : fn.summary.uncounted)
      os << "warning: @" << fn.name << ": " << entry.count << " x "
         << entry.name << " not costed ("
         << (StringRef(entry.name).contains(" @")
                 ? "a call to a function without a body"
                 : "no cost model")
         << ")\n";
    for (const UnresolvedOp &entry : fn.summary.unresolved)
      os << "warning: @" << fn.name << ": " << entry.name << " at "
         << locationToString(entry.loc) << " unresolved: " << entry.reason
         << "\n";
  }
  const CostSummary &total = analysis.getTotal();
  if (!total.uncounted.empty() || !total.unresolved.empty())
    os << "note: totals leave out the ops listed above; they are lower "
          "bounds.\n";
}

//===----------------------------------------------------------------------===//
// JSON
//===----------------------------------------------------------------------===//

/// "flops": ..., "macs": ..., ... "bytes_written": ... into the current
/// object.
static void writeCounts(llvm::json::OStream &json, const CostCounts &counts) {
  for (const CostField &field : getCostFields())
    json.attribute(field.key, counts.*field.member);
}

static void writeSummary(llvm::json::OStream &json,
                         const CostSummary &summary) {
  writeCounts(json, summary.counts);
  json.attribute("param_elements", summary.params.elements);
  json.attribute("param_bytes", summary.params.bytes);
  json.attribute("ops_costed", summary.opsCosted);
  json.attributeArray("uncounted", [&] {
    for (const OpNameCount &entry : summary.uncounted)
      json.object([&] {
        json.attribute("op", entry.name);
        json.attribute("count", entry.count);
      });
  });
  json.attributeArray("unresolved", [&] {
    for (const UnresolvedOp &entry : summary.unresolved)
      json.object([&] {
        json.attribute("op", entry.name);
        json.attribute("loc", locationToString(entry.loc));
        json.attribute("reason", entry.reason);
      });
  });
  json.attributeArray("branches", [&] {
    for (const BranchCost &entry : summary.branches)
      json.object([&] {
        json.attribute("op", entry.name);
        json.attribute("loc", locationToString(entry.loc));
        json.attribute("counted", entry.counted);
        json.attributeArray("regions", [&] {
          for (const CostCounts &region : entry.regions)
            json.object([&] { writeCounts(json, region); });
        });
      });
  });
}

static void printJsonReport(const CostAnalysis &analysis,
                            const ReportOptions &options, raw_ostream &os) {
  llvm::json::OStream json(os, /*IndentSize=*/2);
  json.object([&] {
    json.attribute("schema", kReportSchema);
    json.attribute("file", options.fileName);
    json.attributeArray("functions", [&] {
      for (const FunctionCost &fn : analysis.getFunctions())
        json.object([&] {
          json.attribute("name", fn.name);
          writeSummary(json, fn.summary);
          json.attributeObject("inclusive",
                               [&] { writeCounts(json, fn.inclusive); });
        });
    });
    json.attributeObject("total",
                         [&] { writeSummary(json, analysis.getTotal()); });
  });
  os << "\n";
}

void mlir::cost::printReport(const CostAnalysis &analysis,
                             const ReportOptions &options, raw_ostream &os) {
  switch (options.format) {
  case ReportFormat::Text:
    printTextReport(analysis, options, os);
    return;
  case ReportFormat::Json:
    printJsonReport(analysis, options, os);
    return;
  }
}
