//===- CostCounts.cpp - Exact, overflow-checked cost counters -------------===//

#include "cost/Interfaces/CostCounts.h"

#include "llvm/Support/MathExtras.h"

#include <algorithm>
#include <cassert>

using namespace mlir;
using namespace mlir::cost;

std::optional<int64_t> mlir::cost::checkedMul(int64_t a, int64_t b) {
  assert(a >= 0 && b >= 0 && "counts are never negative");
  int64_t product;
  if (llvm::MulOverflow(a, b, product))
    return std::nullopt;
  return product;
}

std::optional<int64_t> mlir::cost::checkedAdd(int64_t a, int64_t b) {
  assert(a >= 0 && b >= 0 && "counts are never negative");
  int64_t sum;
  if (llvm::AddOverflow(a, b, sum))
    return std::nullopt;
  return sum;
}

static const CostField kFields[] = {
    {"flops", "cost.flops", &CostCounts::flops},
    {"macs", "cost.macs", &CostCounts::macs},
    {"int_ops", "cost.int_ops", &CostCounts::intOps},
    {"transcendentals", "cost.transcendentals", &CostCounts::transcendentals},
    {"bytes_read", "cost.bytes_read", &CostCounts::bytesRead},
    {"bytes_written", "cost.bytes_written", &CostCounts::bytesWritten},
};

ArrayRef<CostField> mlir::cost::getCostFields() { return kFields; }

/// Replaces each field of `counts` by `combine(field)`, all or nothing:
/// fails, leaving `counts` as it was, if one overflows. `combine` gives
/// std::nullopt on overflow; `combineConstant` (used when every field is a
/// plain number, the case of every static shape) writes the int64 result
/// and returns true on overflow, as llvm::AddOverflow does.
template <typename Combine, typename CombineConstant>
static LogicalResult combineFields(CostCounts &counts, bool constant,
                                   Combine combine,
                                   CombineConstant combineConstant) {
  if (constant) {
    int64_t values[std::size(kFields)];
    for (auto [i, field] : llvm::enumerate(kFields))
      if (combineConstant(field, (counts.*field.member).getConstantTerm(),
                          values[i]))
        return failure();
    for (auto [i, field] : llvm::enumerate(kFields))
      counts.*field.member = values[i];
    return success();
  }
  CostCounts result;
  for (const CostField &field : kFields) {
    std::optional<Polynomial> value = combine(field);
    if (!value)
      return failure();
    result.*field.member = std::move(*value);
  }
  counts = std::move(result);
  return success();
}

LogicalResult CostCounts::add(const CostCounts &other) {
  return combineFields(
      *this, isConstant() && other.isConstant(),
      [&](const CostField &field) {
        return Polynomial::add(this->*field.member, other.*field.member);
      },
      [&](const CostField &field, int64_t value, int64_t &sum) {
        return llvm::AddOverflow(value, (other.*field.member).getConstantTerm(),
                                 sum);
      });
}

LogicalResult CostCounts::scale(const Polynomial &factor) {
  std::optional<int64_t> by = factor.getConstant();
  return combineFields(
      *this, by && isConstant(),
      [&](const CostField &field) {
        return Polynomial::mul(this->*field.member, factor);
      },
      [&](const CostField &, int64_t value, int64_t &product) {
        return llvm::MulOverflow(value, *by, product);
      });
}

bool CostCounts::isZero() const {
  return llvm::all_of(kFields, [&](const CostField &field) {
    return this->*field.member == Polynomial(0);
  });
}

void CostCounts::getSymbols(SmallVectorImpl<std::string> &symbols) const {
  for (const CostField &field : kFields)
    (this->*field.member).getSymbols(symbols);
  // Polynomial::getSymbols keeps the list sorted and unique.
}

bool CostCounts::operator==(const CostCounts &other) const {
  return llvm::all_of(kFields, [&](const CostField &field) {
    return this->*field.member == other.*field.member;
  });
}

LogicalResult ParamFootprint::add(const ParamFootprint &other) {
  std::optional<int64_t> e = checkedAdd(elements, other.elements);
  std::optional<int64_t> b = checkedAdd(bytes, other.bytes);
  if (!e || !b)
    return failure();
  elements = *e;
  bytes = *b;
  return success();
}

std::optional<bool> mlir::cost::isCostlier(const CostCounts &b,
                                           const CostCounts &a) {
  auto operations = [](const CostCounts &c) {
    std::optional<Polynomial> sum = Polynomial::add(c.flops, c.intOps);
    return sum ? Polynomial::add(*sum, c.transcendentals) : sum;
  };
  auto bytes = [](const CostCounts &c) {
    return Polynomial::add(c.bytesRead, c.bytesWritten);
  };
  for (auto weight : {+operations, +bytes}) {
    std::optional<Polynomial> wa = weight(a), wb = weight(b);
    if (!wa || !wb)
      return std::nullopt;
    if (*wa == *wb)
      continue;
    if (wa->isConstant() && wb->isConstant())
      return *wb->getConstant() > *wa->getConstant();
    // b >= a everywhere and not equal: b is costlier.
    return Polynomial::knownGreaterOrEqual(*wb, *wa);
  }
  return false;
}
