//===- TypeSizes.h - Bytes of element types, in memory ----------*- C++ -*-===//
//
// Private to lib/Analysis: how many bytes elements of a type occupy, as the
// cost context answers getElementBytes and getMemoryBytes.
//
//===----------------------------------------------------------------------===//

#ifndef COST_LIB_ANALYSIS_TYPESIZES_H
#define COST_LIB_ANALYSIS_TYPESIZES_H

#include "cost/Interfaces/Polynomial.h"

#include "mlir/IR/Types.h"

#include <optional>
#include <string>

namespace mlir {
class DataLayout;
namespace cost {
namespace detail {

/// `type` as MLIR prints it.
std::string typeToString(Type type);

/// Bytes one element of `type` occupies: its DataLayout size, at least 1 (an
/// i1 or i4 element takes a byte); a quantized type its storage type's size.
int64_t elementBytes(const DataLayout &layout, Type type);

/// Bytes `elements` values of `element` occupy in memory, or std::nullopt
/// if that exceeds INT64_MAX. Sub-byte types other than i1 (i2, i4, f4, f6
/// ...) are stored packed, as quantized weights are: ceil(elements * bits /
/// 8). i1 (bool) tensors take a byte per element, as frameworks store them.
std::optional<int64_t> bytesOfElements(const DataLayout &layout,
                                       int64_t elements, Type element);

/// bytesOfElements for a count that may depend on symbols.
std::optional<Polynomial> bytesOfElements(const DataLayout &layout,
                                          const Polynomial &elements,
                                          Type element);

} // namespace detail
} // namespace cost
} // namespace mlir

#endif // COST_LIB_ANALYSIS_TYPESIZES_H
