//===- TypeSizes.cpp - Bytes of element types, in memory ------------------===//

#include "TypeSizes.h"

#include "cost/Interfaces/CostCounts.h"
#include "mlir/Dialect/Quant/IR/QuantTypes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/Interfaces/DataLayoutInterfaces.h"

using namespace mlir;
using namespace mlir::cost;

std::string mlir::cost::detail::typeToString(Type type) {
  std::string text;
  llvm::raw_string_ostream os(text);
  type.print(os);
  return text;
}

int64_t mlir::cost::detail::elementBytes(const DataLayout &layout, Type type) {
  if (auto quant = dyn_cast<quant::QuantizedType>(type))
    type = quant.getStorageType();
  if (type.isIntOrIndexOrFloat() || isa<ComplexType, VectorType>(type) ||
      isa<DataLayoutTypeInterface>(type))
    return std::max<int64_t>(1, layout.getTypeSize(type).getFixedValue());
  // A type the data layout knows nothing about (an opaque dialect type):
  // count it as one byte rather than guessing a wider size.
  return 1;
}

std::optional<int64_t>
mlir::cost::detail::bytesOfElements(const DataLayout &layout, int64_t elements,
                                    Type element) {
  if (auto quant = dyn_cast<quant::QuantizedType>(element))
    element = quant.getStorageType();
  unsigned bits = element.isIntOrFloat() ? element.getIntOrFloatBitWidth() : 0;
  if (bits > 1 && bits < 8) {
    // The bits may pass 2^63 while the bytes do not (2^61 i4 is 2^60
    // bytes): count in 128 bits.
    __int128 totalBits = __int128(elements) * bits;
    __int128 bytes = totalBits / 8 + (totalBits % 8 != 0);
    if (bytes > INT64_MAX || bytes < INT64_MIN)
      return std::nullopt;
    return static_cast<int64_t>(bytes);
  }
  return checkedMul(elements, elementBytes(layout, element));
}

std::optional<Polynomial>
mlir::cost::detail::bytesOfElements(const DataLayout &layout,
                                    const Polynomial &elements, Type element) {
  if (std::optional<int64_t> constant = elements.getConstant()) {
    std::optional<int64_t> bytes = bytesOfElements(layout, *constant, element);
    if (!bytes)
      return std::nullopt;
    return Polynomial(*bytes);
  }
  if (auto quant = dyn_cast<quant::QuantizedType>(element))
    element = quant.getStorageType();
  unsigned bits = element.isIntOrFloat() ? element.getIntOrFloatBitWidth() : 0;
  if (bits > 1 && bits < 8) {
    std::optional<Polynomial> totalBits = Polynomial::mul(elements, bits);
    return totalBits ? Polynomial::ceilDiv(*totalBits, 8) : std::nullopt;
  }
  return Polynomial::mul(elements, elementBytes(layout, element));
}
