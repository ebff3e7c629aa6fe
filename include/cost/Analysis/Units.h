//===- Units.h - Numbers with SI prefixes -----------------------*- C++ -*-===//
//
// How cost-opt prints quantities: three significant digits and an SI prefix
// (K, M, G, T, P, E; m, µ, n, p below one), then the unit without a space
// between prefix and unit: "8.21 GFLOPs" (a count), "989 TFLOP/s" (a rate),
// "1.11 ms". docs/units.md explains the vocabulary.
//
//===----------------------------------------------------------------------===//

#ifndef COST_ANALYSIS_UNITS_H
#define COST_ANALYSIS_UNITS_H

#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <string>

namespace mlir {
namespace cost {

/// A count: values below 1000 exactly ("512 FLOPs"), larger ones with a
/// prefix ("8.21 GFLOPs").
std::string formatSI(int64_t value, llvm::StringRef unit);

/// Any non-negative quantity, with a prefix from p to E: "989 TFLOP/s",
/// "3.35 TB/s", "35.2 µs", "0 s".
std::string formatSIReal(double value, llvm::StringRef unit);

} // namespace cost
} // namespace mlir

#endif // COST_ANALYSIS_UNITS_H
