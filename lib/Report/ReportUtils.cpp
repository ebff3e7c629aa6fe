//===- ReportUtils.cpp - Helpers the report writers share -----------------===//

#include "ReportUtils.h"

#include "cost/Analysis/Units.h"

using namespace mlir;
using namespace mlir::cost;

/// Display width of UTF-8 text (µ is two bytes, one column).
size_t mlir::cost::displayWidth(StringRef text) {
  return llvm::count_if(text, [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  });
}

std::string mlir::cost::padLeft(StringRef text, size_t width) {
  size_t shown = displayWidth(text);
  return std::string(width > shown ? width - shown : 0, ' ') + text.str();
}

std::string mlir::cost::padRight(StringRef text, size_t width) {
  size_t shown = displayWidth(text);
  return text.str() + std::string(width > shown ? width - shown : 0, ' ');
}

/// Right-aligned columns under a header, with a rule above the last row.
void mlir::cost::printTable(ArrayRef<std::string> headers,
                            ArrayRef<TextRow> rows, raw_ostream &os,
                            bool ruleAboveLast) {
  size_t nameWidth = displayWidth(headers.front());
  std::vector<size_t> widths;
  for (const std::string &header : headers.drop_front())
    widths.push_back(displayWidth(header));
  for (const TextRow &row : rows) {
    nameWidth = std::max(nameWidth, displayWidth(row.name));
    for (auto [i, cell] : llvm::enumerate(row.cells))
      widths[i] = std::max(widths[i], displayWidth(cell));
  }
  auto printLine = [&](StringRef name, ArrayRef<std::string> cells) {
    os << padRight(name, nameWidth);
    for (auto [i, cell] : llvm::enumerate(cells))
      os << "  " << padLeft(cell, widths[i]);
    os << "\n";
  };
  printLine(headers.front(), headers.drop_front());
  for (auto [i, row] : llvm::enumerate(rows)) {
    if (ruleAboveLast && i + 1 == rows.size()) {
      size_t total = nameWidth;
      for (size_t width : widths)
        total += 2 + width;
      os << std::string(total, '-') << "\n";
    }
    printLine(row.name, row.cells);
  }
}

std::string mlir::cost::formatCount(const Polynomial &count, StringRef unit,
                                    bool exact) {
  std::optional<int64_t> value = count.getConstant();
  if (!value) // A formula over shape symbols, exact in both modes.
    return exact || unit.empty() ? count.toString()
                                 : count.toString() + " " + unit.str();
  return exact ? std::to_string(*value) : formatSI(*value, unit);
}

/// `key`: an integer, or {"formula": "4718592*N", "symbols": ["N"]} for a
/// count that depends on unbound shape symbols.
void mlir::cost::writeCount(llvm::json::OStream &json, StringRef key,
                            const Polynomial &count) {
  if (std::optional<int64_t> value = count.getConstant()) {
    json.attribute(key, *value);
    return;
  }
  json.attributeObject(key, [&] {
    json.attribute("formula", count.toString());
    SmallVector<std::string> symbols;
    count.getSymbols(symbols);
    json.attributeArray("symbols", [&] {
      for (const std::string &symbol : symbols)
        json.value(symbol);
    });
  });
}

/// "flops": ..., "macs": ..., ... "bytes_written": ... into the current
/// object.
void mlir::cost::writeCounts(llvm::json::OStream &json,
                             const CostCounts &counts) {
  for (const CostField &field : getCostFields())
    writeCount(json, field.key, counts.*field.member);
}

std::string FormulaNotes::cell(const Polynomial &count, StringRef unit,
                               bool exact) {
  std::string text = formatCount(count, unit, exact);
  if (count.isConstant() || text.size() <= kMaxWidth)
    return text;
  auto it = llvm::find(notes, text);
  size_t index = it - notes.begin();
  if (it == notes.end())
    notes.push_back(text);
  return "[f" + std::to_string(index + 1) + "]";
}

void FormulaNotes::print(raw_ostream &os) const {
  if (notes.empty())
    return;
  os << "Formulas too wide for the table:\n";
  for (auto [i, text] : llvm::enumerate(notes))
    os << "  [f" << i + 1 << "] " << text << "\n";
}

std::string mlir::cost::escapeMarkup(StringRef text) {
  std::string out;
  for (char c : text) {
    switch (c) {
    case '<':
      out += "&lt;";
      break;
    case '>':
      out += "&gt;";
      break;
    case '&':
      out += "&amp;";
      break;
    case '"':
      out += "&quot;";
      break;
    default:
      out += c;
    }
  }
  return out;
}
