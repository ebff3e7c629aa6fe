//===- CostCounts.h - Exact, overflow-checked cost counters -----*- C++ -*-===//
//
// The numbers cost-opt computes for an op, a function or a module.
//
//===----------------------------------------------------------------------===//

#ifndef COST_INTERFACES_COSTCOUNTS_H
#define COST_INTERFACES_COSTCOUNTS_H

#include "cost/Interfaces/Polynomial.h"

#include "mlir/Support/LLVM.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <optional>

namespace mlir {
namespace cost {

/// The work of one op (or a sum of ops). Every count is exact: an integer in
/// [0, INT64_MAX] (the range of the `i64` attributes and JSON integers the
/// counts end up in), or, where it depends on a dynamic dimension that no
/// --bind fixed, a Polynomial over the dimension's symbols. Arithmetic that
/// would leave the int64 range fails and leaves the counters unchanged; it
/// never wraps.
///
/// Units and conventions (docs/units.md):
///  - flops: floating-point operations; one multiply-accumulate is 2 FLOPs.
///  - macs: multiplies feeding an add that accumulates over a reduction
///    dimension. Each MAC's multiply and add are also in flops (or intOps).
///  - intOps: integer and index arithmetic, kept apart from flops.
///  - transcendentals: exp, log, tanh, erf, sin, pow, sqrt, rsqrt, ...;
///    not also counted in flops.
///  - bytesRead / bytesWritten: memory traffic of tensor and buffer operands.
struct CostCounts {
  Polynomial flops;
  Polynomial macs;
  Polynomial intOps;
  Polynomial transcendentals;
  Polynomial bytesRead;
  Polynomial bytesWritten;

  /// Adds `other` field by field. Fails, leaving `*this` unchanged, if any
  /// field would exceed INT64_MAX.
  [[nodiscard]] LogicalResult add(const CostCounts &other);

  /// Multiplies every field by `factor` (>= 0: a count of elements or
  /// iterations). Fails, leaving `*this` unchanged, if any field would exceed
  /// INT64_MAX.
  [[nodiscard]] LogicalResult scale(const Polynomial &factor);

  bool isZero() const;
  /// True if no field depends on a symbol.
  bool isConstant() const {
    return flops.isConstant() && macs.isConstant() && intOps.isConstant() &&
           transcendentals.isConstant() && bytesRead.isConstant() &&
           bytesWritten.isConstant();
  }
  /// The symbols any field depends on, sorted, each once.
  void getSymbols(SmallVectorImpl<std::string> &symbols) const;
  bool operator==(const CostCounts &other) const;
  bool operator!=(const CostCounts &other) const { return !(*this == other); }
};

/// One field of CostCounts with the names it has outside C++: the JSON key
/// and the discardable attribute the annotate pass writes. The report, the
/// annotation and the JSON writer all iterate this one table.
struct CostField {
  llvm::StringLiteral key;      ///< JSON key, e.g. "flops".
  llvm::StringLiteral attrName; ///< attribute name, e.g. "cost.flops".
  Polynomial CostCounts::*member;
};

/// The fields in report order.
llvm::ArrayRef<CostField> getCostFields();

/// Weights stored in the IR (constants and globals), read from their types.
struct ParamFootprint {
  int64_t elements = 0;
  int64_t bytes = 0;

  [[nodiscard]] LogicalResult add(const ParamFootprint &other);
};

/// Whether `b` is more work than `a`: operations (FLOPs, int OPs,
/// transcendentals) first, bytes second; what a branch's larger arm is.
/// std::nullopt when that depends on the values of shape symbols.
std::optional<bool> isCostlier(const CostCounts &b, const CostCounts &a);

/// a * b, or std::nullopt if the result is negative-free but exceeds
/// INT64_MAX. Both arguments must be >= 0.
std::optional<int64_t> checkedMul(int64_t a, int64_t b);
/// a + b, or std::nullopt if it exceeds INT64_MAX. Both must be >= 0.
std::optional<int64_t> checkedAdd(int64_t a, int64_t b);

} // namespace cost
} // namespace mlir

#endif // COST_INTERFACES_COSTCOUNTS_H
