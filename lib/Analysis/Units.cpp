//===- Units.cpp - Numbers with SI prefixes -------------------------------===//

#include "cost/Analysis/Units.h"

#include "llvm/Support/Format.h"
#include "llvm/Support/FormatVariadic.h"

#include <cmath>

using namespace mlir;
using namespace mlir::cost;

std::string mlir::cost::formatSI(int64_t value, llvm::StringRef unit) {
  if (value < 1000)
    return llvm::formatv("{0} {1}", value, unit).str();
  return formatSIReal(static_cast<double>(value), unit);
}

std::string mlir::cost::formatSIReal(double value, llvm::StringRef unit) {
  if (!(value > 0) || !std::isfinite(value))
    return llvm::formatv("{0} {1}", value == 0 ? "0" : "?", unit).str();
  // Index 4 is no prefix.
  static const char *const kPrefixes[] = {"p", "n", "µ", "m", "", "K",
                                          "M", "G", "T", "P", "E"};
  constexpr int kNone = 4, kLast = 10;
  int index = kNone;
  double scaled = value;
  while (scaled >= 1000.0 && index < kLast) {
    scaled /= 1000.0;
    ++index;
  }
  while (scaled < 1.0 && index > 0) {
    scaled *= 1000.0;
    --index;
  }
  // Three significant digits; rounding may carry into the next prefix
  // (999.96 K is 1.00 M).
  auto decimalsOf = [](double v) { return v < 10.0 ? 2 : v < 100.0 ? 1 : 0; };
  int decimals = decimalsOf(scaled);
  double rounded =
      std::round(scaled * std::pow(10.0, decimals)) / std::pow(10.0, decimals);
  if (rounded >= 1000.0 && index < kLast) {
    rounded /= 1000.0;
    ++index;
    decimals = 2;
  }
  return llvm::formatv("{0} {1}{2}",
                       llvm::format(decimals == 2   ? "%.2f"
                                    : decimals == 1 ? "%.1f"
                                                    : "%.0f",
                                    rounded),
                       kPrefixes[index], unit)
      .str();
}
