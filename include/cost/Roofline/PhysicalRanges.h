//===- PhysicalRanges.h - Sane ranges of chip values ------------*- C++ -*-===//
//
// A chip file or a roofline option can hold any number; the roofline needs
// ones that keep every time and every plot axis finite. The ranges are
// named in cost/Support/Limits.h and listed in docs/robustness.md.
//
//===----------------------------------------------------------------------===//

#ifndef COST_ROOFLINE_PHYSICALRANGES_H
#define COST_ROOFLINE_PHYSICALRANGES_H

#include <optional>
#include <string>

namespace mlir {
namespace cost {

/// Checks a chip value in its base unit against its range. `quantity` is
/// 0 (floating-point rate), 1 (integer rate), 2 (bandwidth) or 3
/// (capacity), the order of Target.cpp's Quantity. Returns why it is out
/// of range, or std::nullopt.
std::optional<std::string> checkPhysicalRange(double value, int quantity);

/// Checks an efficiency (--compute-efficiency, --bandwidth-efficiency).
std::optional<std::string> checkEfficiency(double value);

} // namespace cost
} // namespace mlir

#endif // COST_ROOFLINE_PHYSICALRANGES_H
