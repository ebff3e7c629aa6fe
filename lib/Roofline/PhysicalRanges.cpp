//===- PhysicalRanges.cpp - Sane ranges of chip values
//----------------------===//

#include "cost/Roofline/PhysicalRanges.h"
#include "cost/Support/Limits.h"

#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"

#include <cmath>

using namespace mlir;
using namespace mlir::cost;

std::optional<std::string> mlir::cost::checkPhysicalRange(double value,
                                                          int quantity) {
  struct Range {
    double min, max;
    const char *unit;
  };
  static const Range kRanges[] = {{kMinPeakRate, kMaxPeakRate, "FLOP/s"},
                                  {kMinPeakRate, kMaxPeakRate, "OP/s"},
                                  {kMinBandwidth, kMaxBandwidth, "B/s"},
                                  {kMinCapacity, kMaxCapacity, "B"}};
  const Range &range = kRanges[quantity];
  if (std::isfinite(value) && value >= range.min && value <= range.max)
    return std::nullopt;
  std::string text;
  llvm::raw_string_ostream os(text);
  os << llvm::format("%g", value) << " " << range.unit
     << " is outside the physical range "
     << llvm::format("[%g, %g]", range.min, range.max) << " " << range.unit;
  return text;
}

std::optional<std::string> mlir::cost::checkEfficiency(double value) {
  if (std::isfinite(value) && value >= kMinEfficiency && value <= 1)
    return std::nullopt;
  std::string text;
  llvm::raw_string_ostream os(text);
  os << llvm::format("%g", value) << " is not in ["
     << llvm::format("%g", kMinEfficiency)
     << ", 1]: it is the fraction of the peak that is achievable";
  return text;
}
