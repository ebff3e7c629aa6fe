//===- PassTable.cpp - The cost of the module after each pass -------------===//

#include "cost/Report/PassTable.h"

#include "ReportUtils.h"

#include "cost/Analysis/Units.h"

#include "llvm/Support/FormatVariadic.h"

using namespace mlir;
using namespace mlir::cost;

bool mlir::cost::changesWork(const PassCostRow &before,
                             const PassCostRow &after) {
  if (!before.counts || !after.counts)
    return before.counts.has_value() != after.counts.has_value();
  return before.counts->flops != after.counts->flops ||
         before.counts->macs != after.counts->macs;
}

std::vector<std::string>
mlir::cost::getChangedFunctions(const PassCostRow &before,
                                const PassCostRow &after) {
  std::vector<std::string> names;
  auto find = [](const PassCostRow &row, StringRef name) {
    return llvm::find_if(
        row.functions, [&](const auto &entry) { return entry.first == name; });
  };
  for (const auto &entry : after.functions) {
    auto it = find(before, entry.first);
    if (it == before.functions.end() || it->second != entry.second)
      names.push_back(entry.first);
  }
  for (const auto &entry : before.functions)
    if (find(after, entry.first) == after.functions.end())
      names.push_back(entry.first);
  return names;
}

/// The change of one count from the previous row: "+1.02 KB" or, for
/// formulas, the new value.
static std::string describeChange(const Polynomial &before,
                                  const Polynomial &after, StringRef unit,
                                  bool exact) {
  std::optional<int64_t> a = before.getConstant(), b = after.getConstant();
  if (!a || !b)
    return "-> " + formatCount(after, unit, exact);
  int64_t delta = *b >= *a ? *b - *a : *a - *b;
  // "-128", not "-128 " (an SI count without a unit ends in a space).
  std::string text =
      (*b >= *a ? "+" : "-") +
      StringRef(formatCount(Polynomial(delta), unit, exact)).rtrim().str();
  if (*a != 0)
    text += llvm::formatv(" ({0}{1:P1})", *b >= *a ? "+" : "-",
                          double(delta) / double(*a));
  return text;
}

void mlir::cost::printPassTable(ArrayRef<PassCostRow> rows, bool exact,
                                raw_ostream &os) {
  if (rows.empty())
    return;
  bool withTimes = llvm::all_of(
      rows, [](const PassCostRow &row) { return row.timeS.has_value(); });
  std::vector<std::string> headers = {
      "pass",    "on",   "FLOPs",   "MACs",      "int OPs",
      "transc.", "read", "written", "uncounted", "unresolved"};
  if (withTimes)
    headers.push_back("time");
  headers.push_back("change");

  static constexpr std::pair<Polynomial CostCounts::*, const char *> kFields[] =
      {{&CostCounts::flops, "FLOPs"}, {&CostCounts::macs, "MACs"},
       {&CostCounts::intOps, "OPs"},  {&CostCounts::transcendentals, ""},
       {&CostCounts::bytesRead, "B"}, {&CostCounts::bytesWritten, "B"}};
  static constexpr const char *kNames[] = {
      "FLOPs", "MACs", "int OPs", "transcendentals", "read", "written"};
  std::vector<TextRow> lines;
  FormulaNotes notes;
  bool anyChange = false;
  for (auto [i, row] : llvm::enumerate(rows)) {
    bool changed = i > 0 && changesWork(rows[i - 1], row);
    anyChange |= changed;
    TextRow line{(changed ? "! " : "  ") + row.pass, {row.anchor}};
    for (auto [member, unit] : kFields)
      line.cells.push_back(row.counts
                               ? notes.cell((*row.counts).*member, unit, exact)
                               : std::string("overflow"));
    line.cells.push_back(std::to_string(row.uncounted));
    line.cells.push_back(std::to_string(row.unresolved));
    if (withTimes)
      line.cells.push_back(formatSIReal(*row.timeS, "s"));
    // What changed since the previous row, field by field.
    std::string change;
    if (i > 0 && row.counts && rows[i - 1].counts) {
      for (auto [field, name] : llvm::zip(kFields, kNames)) {
        const Polynomial &before = (*rows[i - 1].counts).*field.first;
        const Polynomial &after = (*row.counts).*field.first;
        if (before != after)
          change +=
              (change.empty() ? "" : ", ") + std::string(name) + " " +
              describeChange(before, after,
                             StringRef(field.second) == "B" ? "B" : "", exact);
      }
      if (row.uncounted != rows[i - 1].uncounted)
        change += (change.empty() ? "" : ", ") + std::string("uncounted ") +
                  std::to_string(rows[i - 1].uncounted) + " -> " +
                  std::to_string(row.uncounted);
      if (row.unresolved != rows[i - 1].unresolved)
        change += (change.empty() ? "" : ", ") + std::string("unresolved ") +
                  std::to_string(rows[i - 1].unresolved) + " -> " +
                  std::to_string(row.unresolved);
    }
    line.cells.push_back(i == 0 ? "" : change.empty() ? "-" : change);
    lines.push_back(std::move(line));
  }
  os << "\nCost after each pass (--cost-track-passes; the module total after "
        "the pass has run on every op it is anchored on):\n";
  printTable(headers, lines, os, /*ruleAboveLast=*/false);
  notes.print(os);
  if (anyChange)
    os << "note: '!' marks a pass that changed FLOPs or MACs; a pure lowering "
          "keeps both.\n";
}

void mlir::cost::writePassTable(llvm::json::OStream &json,
                                ArrayRef<PassCostRow> rows) {
  json.attributeArray("passes", [&] {
    for (auto [i, row] : llvm::enumerate(rows))
      json.object([&] {
        json.attribute("pass", row.pass);
        json.attribute("anchor", row.anchor);
        for (const CostField &field : getCostFields()) {
          if (row.counts)
            writeCount(json, field.key, (*row.counts).*field.member);
          else
            json.attribute(field.key, nullptr);
        }
        json.attribute("ops_uncounted", row.uncounted);
        json.attribute("ops_unresolved", row.unresolved);
        if (row.timeS)
          json.attribute("time_s", *row.timeS);
        else
          json.attribute("time_s", nullptr);
        json.attribute("changes_work", i > 0 && changesWork(rows[i - 1], row));
      });
  });
}
